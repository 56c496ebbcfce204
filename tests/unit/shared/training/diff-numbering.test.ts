import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { describeNumbering, describeThreadAdded, describeThreadMoved, describeThreadRemoved, diffPlans } from '../../../../shared/training';
import { libraryPlan } from './fixtures';

/**
 * The compare view names every thread by its number in the poor design (the design its resolved
 * findings are about); a thread's number in the corrected design is given only beside it, named
 * as the corrected design's. Before, "Added Thread 2" (corrected numbering) sat next to the
 * resolved finding "Thread 2 carries all the midface pull on the patient's left" (poor numbering),
 * two different threads.
 */

const names = { atlas: CANONICAL_ATLAS };
const CASES = readdirSync(new URL('../../../../assets/cases/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

function compare(caseId: string) {
  const poor = libraryPlan(caseId, 'poor');
  const corrected = libraryPlan(caseId, 'corrected');
  return { poor, corrected, diff: diffPlans(poor, corrected, CANONICAL_ATLAS) };
}

/** The number a line names its thread by first ("Thread 5 (...", "Нить 5 (...", "실 5 (..."). */
const leadingNumber = (line: string): number => Number(/^(?:Thread|Нить|실) (\d+) \(/.exec(line)?.[1]);

describe('thread numbers in the compare view', () => {
  it('midface-one-thread-does-all: an added thread is named as the corrected design\'s, never by a bare number a finding uses', () => {
    const { diff } = compare('midface-one-thread-does-all');
    const added = diff.threadsAdded.map((r) => describeThreadAdded(r, 'en'));
    expect(added).toContain("Thread 2 of the corrected design (patient's right)");
    expect(added.every((l) => l.includes('of the corrected design'))).toBe(true);
    expect(describeThreadAdded(diff.threadsAdded[0]!, 'ru')).toBe('Нить 2 исправленной схемы (справа у пациента)');
    expect(describeThreadAdded(diff.threadsAdded[0]!, 'ko')).toBe('수정한 설계의 실 2 (환자 오른쪽)');
    // The changed left thread is thread 2 of the poor design (the one its findings call thread 2).
    const left = diff.threadsMoved.find((m) => m.side === 'left')!;
    expect(describeThreadMoved(left, 'en', names)).toMatch(/^Thread 2 \(patient's left; thread 4 in the corrected design\): tension /);
  });

  it('midface-converging-on-cheekbone: a redrawn thread is named by its poor number, its corrected number beside it', () => {
    const { diff } = compare('midface-converging-on-cheekbone');
    const lines = diff.threadsMoved.map((m) => describeThreadMoved(m, 'en', names));
    expect(lines[0]).toMatch(/^Thread 5 \(patient's right; thread 1 in the corrected design\): /);
    expect(describeThreadMoved(diff.threadsMoved[0]!, 'ru', names)).toMatch(/^Нить 5 \(справа у пациента; в исправленной схеме — нить 1\): /);
    expect(describeThreadMoved(diff.threadsMoved[0]!, 'ko', names)).toMatch(/^실 5 \(환자 오른쪽; 수정한 설계에서는 실 1\): /);
    // In an exercise the other design is the trainee's plan.
    expect(describeThreadMoved(diff.threadsMoved[0]!, 'en', names, 'yours')).toMatch(/^Thread 5 \(patient's right; thread 1 in your plan\): /);
  });

  it('a thread whose number did not change is not told "was thread N" with the same N', () => {
    const { diff } = compare('brow-anchored-below');
    for (const m of diff.threadsMoved) {
      expect(m.number).toBe(m.beforeNumber);
      expect(describeThreadMoved(m, 'en', names)).toMatch(/^Thread \d \(patient's (left|right)\): /);
    }
  });

  it.each(CASES)('%s: every changed or removed line names a poor-design thread of that side and number', (caseId) => {
    const { poor, diff } = compare(caseId);
    for (const locale of ['en', 'ru', 'ko'] as const) {
      const named = [
        ...diff.threadsMoved.map((m) => ({ line: describeThreadMoved(m, locale, names), id: m.beforeId })),
        ...diff.threadsRemoved.map((r) => ({ line: describeThreadRemoved(r, locale), id: r.id })),
      ];
      for (const { line, id } of named) {
        const n = leadingNumber(line);
        expect(poor.threads[n - 1]?.id, `${locale}: ${line}`).toBe(id);
      }
    }
    // The resolved findings are the poor design's, so they use the same numbers.
    for (const f of diff.findingsResolved) for (const id of f.threads) expect(poor.threads.some((t) => t.id === id)).toBe(true);
  });

  it('says which numbering it uses, in every language', () => {
    expect(describeNumbering('en')).toMatch(/numbered as in the poor design/);
    expect(describeNumbering('en', 'yours')).toMatch(/design you started from/);
    expect(describeNumbering('ru')).toMatch(/как в неудачной схеме/);
    expect(describeNumbering('ko')).toMatch(/잘못된 설계/);
  });
});
