import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { describeChange, describeEntryMoved, describeThreadMoved, diffPlans, type ThreadChangeDetail } from '../../../../shared/training';
import { DIFF_TEXT_EN } from '../../../../shared/training/diff-text/en';
import { diffTextTranslator } from '../../../../shared/training/diff-text';
import { fanPlan, libraryPlan, withThread } from './fixtures';

const names = { atlas: CANONICAL_ATLAS };
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();

describe('the what-changed lines per language', () => {
  it('every Korean and Russian template fills the same parameters as the English one', () => {
    for (const locale of ['ko', 'ru'] as const) {
      const t = diffTextTranslator(locale);
      for (const key of Object.keys(DIFF_TEXT_EN) as (keyof typeof DIFF_TEXT_EN)[]) {
        // Korean writes the point count once in its own words; the plural's count is still {to}.
        expect(placeholders(t(key)).filter((p) => p !== 'plural'), `${locale} ${key}`).toEqual(placeholders(DIFF_TEXT_EN[key]).filter((p) => p !== 'plural'));
      }
    }
  });

  it('every language writes a change with the one arrow "→", never "->"', () => {
    for (const locale of ['en', 'ko', 'ru'] as const) {
      const t = diffTextTranslator(locale);
      for (const key of Object.keys(DIFF_TEXT_EN) as (keyof typeof DIFF_TEXT_EN)[]) expect(t(key), `${locale} ${key}`).not.toContain('->');
    }
    const d = diffPlans(withThread(fanPlan(), 't2', (t) => ({ ...t, tensionN: 2.4 })), fanPlan(), CANONICAL_ATLAS);
    expect(describeThreadMoved(d.threadsMoved[0]!, 'en', names)).toBe("Thread 2 (patient's right): tension 2.4 N → 1 N");
  });

  it('in Russian a tension change writes decimal commas and the thread and side in Russian', () => {
    const d = diffPlans(withThread(fanPlan(), 't2', (t) => ({ ...t, tensionN: 2.5 })), fanPlan(), CANONICAL_ATLAS);
    const moved = d.threadsMoved[0]!;
    expect(describeThreadMoved(moved, 'ru', names)).toBe('Нить 2 (справа у пациента): натяжение 2,5 Н → 1 Н');
    expect(describeThreadMoved(moved, 'ko', names)).toBe('실 2 (환자 오른쪽): 장력 2.5 N → 1 N');
    // English is the line plan-diff keeps, byte for byte what it was.
    expect(describeThreadMoved(moved, 'en', names)).toBe(moved.description);
  });

  it('in Russian the library case with thread depths reads depths with commas', () => {
    const d = diffPlans(libraryPlan('midface-threads-in-dermis', 'poor'), libraryPlan('midface-threads-in-dermis', 'corrected'), CANONICAL_ATLAS);
    for (const m of d.threadsMoved) expect(describeThreadMoved(m, 'ru', names)).toMatch(/^Нить \d \((слева|справа) у пациента\): глубина 1,8 мм → 4,5 мм$/);
  });

  it('a redrawn path counts its points with the Russian plural forms', () => {
    const reshaped = (from: number, to: number): ThreadChangeDetail => ({ kind: 'path', start: null, end: null, points: { from, to }, lengthMm: null });
    expect(describeChange(reshaped(3, 1), 'ru', names)).toBe('траектория: изменена форма (3 → 1 точка)');
    expect(describeChange(reshaped(3, 4), 'ru', names)).toBe('траектория: изменена форма (3 → 4 точки)');
    expect(describeChange(reshaped(3, 5), 'ru', names)).toBe('траектория: изменена форма (3 → 5 точек)');
    expect(describeChange(reshaped(3, 21), 'ru', names)).toBe('траектория: изменена форма (3 → 21 точка)');
    expect(describeChange(reshaped(3, 12), 'ru', names)).toBe('траектория: изменена форма (3 → 12 точек)');
    expect(describeChange(reshaped(4, 1), 'en', names)).toBe('path reshaped (4 → 1 point)');
    expect(describeChange(reshaped(4, 3), 'en', names)).toBe('path reshaped (4 → 3 points)');
  });

  it('shifts, barbs and fixation read in Russian, with the zone named from the atlas tables', () => {
    const shift = { distanceMm: 0.456, vertical: 'up', horizontal: 'outward' } as const;
    expect(describeEntryMoved({ label: 'A', shift }, 'ru')).toBe('Точка вкола A: смещена на 0,46 мм вверх и латерально');
    expect(describeEntryMoved({ label: 'A', shift }, 'en')).toBe('Entry point A: moved 0.46 mm up and outward');
    expect(describeChange({ kind: 'barbs', from: { startMm: 0, endMm: 27.5 }, to: null }, 'ru', names)).toBe('участок с насечками 0–27,5 мм → нет');
    const fixation: ThreadChangeDetail = { kind: 'fixation', from: { end: 'distal', zoneId: null }, to: { end: 'entry', zoneId: 'deep-temporal-fascia-left' } };
    expect(describeChange(fixation, 'ru', names)).toBe('фиксация: дальний конец — вне зоны фиксации → конец у точки вкола — глубокая височная фасция');
    expect(describeChange(fixation, 'en', names)).toBe('fixation far end in no fixation zone → entry end in the deep temporal fascia');
    expect(describeChange({ kind: 'side', to: 'left' }, 'ru', names)).toBe('перенесена на левую сторону пациента');
  });
});
