import { afterEach, describe, expect, it } from 'vitest';
import { displayKeyPattern, matchesKey, parseKeyPattern } from '../../../renderer/editor/keys';
import { ACTUAL_SIZE_ZOOM, MAX_ZOOM, MIN_ZOOM, fitBounds, toFace, toStage, zoomBy } from '../../../renderer/editor/view-transform';
import { en } from '../../../renderer/i18n/en';
import { isMessageKey, setLanguage, t } from '../../../renderer/i18n';
import { keyInput } from './harness';

describe('key patterns', () => {
  it('parses modifiers and the + key', () => {
    expect(parseKeyPattern('Mod+Shift+Z')).toMatchObject({ key: 'Z', mod: true, shift: true, alt: false });
    expect(parseKeyPattern('Mod++')).toMatchObject({ key: '+', mod: true, shift: false });
    expect(parseKeyPattern('+')).toMatchObject({ key: '+', mod: false });
    expect(() => parseKeyPattern('Hyper+Z')).toThrow(/modifier/);
  });

  it('matches letters case-insensitively but modifiers exactly', () => {
    const undo = parseKeyPattern('Mod+Z');
    expect(matchesKey(undo, keyInput('Mod+z'))).toBe(true);
    expect(matchesKey(undo, { key: 'Z', modKey: true, shiftKey: false, altKey: false })).toBe(true); // caps lock
    expect(matchesKey(undo, keyInput('Mod+Shift+Z'))).toBe(false);
    expect(matchesKey(undo, keyInput('z'))).toBe(false);
    expect(matchesKey(undo, keyInput('Mod+Alt+Z'))).toBe(false);
  });

  it('ignores Shift for symbols that need it on common layouts', () => {
    expect(matchesKey(parseKeyPattern('?'), { key: '?', shiftKey: true, altKey: false, modKey: false })).toBe(true);
    expect(matchesKey(parseKeyPattern('+'), { key: '+', shiftKey: true, altKey: false, modKey: false })).toBe(true);
  });

  it('named keys compare Shift (arrows with and without Shift are different shortcuts)', () => {
    expect(matchesKey(parseKeyPattern('ArrowLeft'), keyInput('Shift+ArrowLeft'))).toBe(false);
    expect(matchesKey(parseKeyPattern('Shift+ArrowLeft'), keyInput('Shift+ArrowLeft'))).toBe(true);
  });

  it('displays for Windows/Linux and macOS', () => {
    expect(displayKeyPattern(parseKeyPattern('Mod+Shift+S'), false)).toBe('Ctrl+Shift+S');
    expect(displayKeyPattern(parseKeyPattern('Mod+Shift+S'), true)).toBe('⌘⇧S');
    expect(displayKeyPattern(parseKeyPattern('Escape'), false)).toBe('Esc');
    expect(displayKeyPattern(parseKeyPattern('Shift+ArrowUp'), false)).toBe('Shift+↑');
  });
});

describe('view transform', () => {
  it('face and stage conversions are inverse', () => {
    const view = { zoom: 2.5, panX: 100, panY: -40 };
    const p = { x: 12.5, y: -30 };
    expect(toStage(view, p)).toEqual({ x: 131.25, y: -115 });
    expect(toFace(view, toStage(view, p))).toEqual(p);
  });

  it('zooming keeps the face point under the pointer in place', () => {
    const view = { zoom: 3, panX: 50, panY: 60 };
    const about = { x: 300, y: 200 };
    const under = toFace(view, about);
    const next = zoomBy(view, 1.7, about);
    const back = toStage(next, under);
    expect(back.x).toBeCloseTo(300);
    expect(back.y).toBeCloseTo(200);
  });

  it('clamps zoom and returns the same view when already at the limit', () => {
    const max = zoomBy({ zoom: 30, panX: 0, panY: 0 }, 10, { x: 0, y: 0 });
    expect(max.zoom).toBe(MAX_ZOOM);
    expect(zoomBy(max, 2, { x: 0, y: 0 })).toBe(max);
    expect(zoomBy({ zoom: 1, panX: 0, panY: 0 }, 0.01, { x: 0, y: 0 }).zoom).toBe(MIN_ZOOM);
  });

  it('fit centres the bounds with a margin', () => {
    const v = fitBounds({ minX: -50, minY: -100, maxX: 50, maxY: 100 }, 1000, 400);
    expect(v.zoom).toBeCloseTo((400 * 0.9) / 200);
    expect(toStage(v, { x: 0, y: 0 })).toEqual({ x: 500, y: 200 });
  });

  it('100% is CSS millimetres', () => {
    expect(ACTUAL_SIZE_ZOOM * 25.4).toBeCloseTo(96);
  });
});

describe('string table', () => {
  afterEach(() => setLanguage('en'));

  it('fills placeholders and leaves missing ones visible', () => {
    expect(t('status.opened', { name: 'k.vlift' })).toBe('Opened k.vlift.');
    expect(t('status.opened')).toBe('Opened {name}.');
    expect(t('status.saveFailed', { error: '$& {name}' })).toBe('Could not save: $& {name}');
  });

  it('falls back to English for languages without a table', () => {
    setLanguage('de-DE');
    expect(t('tool.thread')).toBe('Thread');
    setLanguage('ko-KR');
    expect(t('tool.thread')).toBe('실');
  });

  it('knows its own keys', () => {
    expect(isMessageKey('tool.thread')).toBe(true);
    expect(isMessageKey('tool.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });

  it('has no empty strings', () => {
    for (const key of Object.keys(en)) expect(en[key as keyof typeof en].trim(), key).not.toBe('');
  });
});

describe('counts in the interface language', () => {
  it('one plural template per count, the form chosen by the count', async () => {
    const { describeCount } = await import('../../../renderer/editor/commands/edit-delete');
    expect(describeCount(1, 0)).toBe('1 thread');
    expect(describeCount(3, 0)).toBe('3 threads');
    expect(describeCount(2, 1)).toBe('2 threads and 1 entry point');
  });
});
