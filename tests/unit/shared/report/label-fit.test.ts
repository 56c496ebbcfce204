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
    // Two spaces equally far from the middle: the earlier one, which gives the more even lines.
    expect(twoLines('ab c d')).toEqual(['ab', 'c d']);
    expect(twoLines('Lower face and neck')).toEqual(['Lower face', 'and neck']);
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

  it('keeps half a font size between neighbours, and labels that fit exactly are left as they are', () => {
    // Size 2 at scale 1: four characters are 4 pt wide, so two such labels centred 5 pt apart
    // have exactly the 1 pt gap between them; 4.9 pt apart they have room for the text but not the gap.
    const small = (text: string, x: number, y = 0): SceneText => ({ ...label(text, x, y), sizeMm: 2 });
    expect(fitLabels([small('ab c', 0), small('de f', 5)], 1, measure).size).toBe(0);
    expect(fitLabels([small('ab c', 0), small('de f', 4.9)], 1, measure).size).toBe(2);
    // Exactly one font size apart in height: on different lines, never colliding.
    expect(fitLabels([small('ab c', 0, 0), small('de f', 1, 2)], 1, measure).size).toBe(0);
    expect(fitLabels([small('ab c', 0, 0), small('de f', 1, 1.9)], 1, measure).size).toBe(2);
  });

  it('gives the same fits at any page scale (sizes and distances scale alike), and measures at the larger of two sizes', () => {
    // Anchors side by side, or 2 mm apart in height (less than the 2.6 mm size: the same line).
    const pair = (dx: number, dy: number) => [label('Периоральная область (справа)', -dx), label('Периоральная область (слева)', dx, dy)];
    for (const dx of [60, 15, 8, 1]) {
      for (const dy of [0, 2]) {
        const atOne = [...fitLabels(pair(dx, dy), 1, measure).values()];
        if (dx < 60) expect(atOne, `${dx}, ${dy}`).toHaveLength(2);
        for (const pageScale of [0.5, 2.835]) {
          const scaled = [...fitLabels(pair(dx, dy), pageScale, measure).values()];
          expect(scaled.map((f) => f.lines), `${dx}, ${dy} at ${pageScale}`).toEqual(atOne.map((f) => f.lines));
          scaled.forEach((f, i) => expect(f.scale, `${dx}, ${dy} at ${pageScale}`).toBeCloseTo(atOne[i]!.scale, 9));
        }
      }
    }
    // A large label and a small one whose anchors are further apart in height than the small
    // size but not the large: they share a line, so they collide.
    const big: SceneText = { ...label('Периоральная область (справа)', -8), sizeMm: 5 };
    const little: SceneText = { ...label('Периоральная область (слева)', 8, 3), sizeMm: 2 };
    expect(fitLabels([big, little], 1, measure).size).toBe(2);
  });

  it('shrinks both labels of a pair by the same factor, so their wrapped lines end the gap apart', () => {
    const a = label('Периоральная область (справа)', -8);
    const b = label('Нос (слева)', 8);
    const fits = fitLabels([a, b], 1, measure);
    const fa = fits.get(a)!;
    const fb = fits.get(b)!;
    expect(fa.scale).toBeLessThan(1);
    expect(fb.scale).toBeCloseTo(fa.scale, 12);
    // Wrapped and scaled, half of each label's widest line fills the room between the anchors less the gap.
    const size = 2.6;
    const widest = (lines: readonly string[], scale: number) => Math.max(...lines.map((l) => measure(l, size * scale)));
    expect((widest(fa.lines, fa.scale) + widest(fb.lines, fb.scale)) / 2).toBeCloseTo(16 - 0.5 * size, 9);
  });
});
