import { describe, expect, it } from 'vitest';
import { fitLabels, twoLines } from '../../../../shared/report/label-fit';
import type { SceneText } from '../../../../shared/scene/types';

/** Diagram labels that meet side by side (the perioral pair in Russian) are wrapped, then shrunk. */

const label = (text: string, x: number, y = 0): SceneText => ({ type: 'text', at: { x, y }, text, sizeMm: 2.6, align: 'center', color: 'region.label', bold: false, halo: true });
// A fixed-pitch measure: half the font size per character.
const measure = (text: string, size: number) => text.length * size * 0.5;

describe('fitting diagram labels', () => {
  it('breaks before the side, else at the space nearest the middle', () => {
    expect(twoLines('Периоральная область (справа)')).toEqual(['Периоральная область', '(справа)']);
    expect(twoLines('Forehead and frontal scalp')).toEqual(['Forehead and', 'frontal scalp']);
    expect(twoLines('Подбородок')).toEqual(['Подбородок']);
  });

  it('leaves labels with room as they are and wraps a colliding pair, shrinking only what still does not fit', () => {
    const far = [label('Периоральная область (справа)', -60), label('Периоральная область (слева)', 60)];
    expect(fitLabels(far, 1, measure).size).toBe(0);
    // 29 characters at 1.3 pt each is about 38 pt wide; anchors 30 pt apart collide, and the
    // wrapped lines (20 characters, 26 pt) fit without shrinking.
    const near = [label('Периоральная область (справа)', -15), label('Периоральная область (слева)', 15)];
    const fits = fitLabels(near, 1, measure);
    expect(fits.get(near[0]!)).toEqual({ lines: ['Периоральная область', '(справа)'], scale: 1 });
    // Closer still: wrapped and drawn smaller, never below the legible minimum.
    const tight = [label('Периоральная область (справа)', -8), label('Периоральная область (слева)', 8)];
    const scale = fitLabels(tight, 1, measure).get(tight[0]!)!.scale;
    expect(scale).toBeLessThan(1);
    expect(scale).toBeGreaterThanOrEqual(0.6);
    // Labels on different lines never collide.
    expect(fitLabels([label('Периоральная область (справа)', -8, 0), label('Подбородок', 8, 10)], 1, measure).size).toBe(0);
  });
});
