import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../../shared/scene/palette';
import type { ColorToken } from '../../../../shared/scene/types';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
const SEVERITY: ColorToken[] = ['thread.ok', 'thread.info', 'thread.warning', 'thread.critical'];

describe('PALETTES', () => {
  it('light and dark define the same tokens, each a #rrggbb colour', () => {
    expect(Object.keys(PALETTES.dark).sort()).toEqual(Object.keys(PALETTES.light).sort());
    for (const palette of [PALETTES.light, PALETTES.dark]) {
      for (const value of Object.values(palette)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  for (const name of ['light', 'dark'] as const) {
    it(`${name}: thread colours stand out from the skin (WCAG non-text contrast >= 3:1)`, () => {
      const p = PALETTES[name];
      for (const token of [...SEVERITY, 'thread.smooth', 'highlight'] as ColorToken[]) {
        expect(contrast(p[token], p['face.skin']), token).toBeGreaterThanOrEqual(3);
      }
    });

    it(`${name}: severity colours all differ from one another`, () => {
      const values = SEVERITY.map((t) => PALETTES[name][t]);
      expect(new Set(values).size).toBe(SEVERITY.length);
    });

    it(`${name}: entry captions read on the entry fill (>= 4.5:1)`, () => {
      const p = PALETTES[name];
      expect(contrast(p['entry.text'], p['entry.fill'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p['label.text'], p['label.halo'])).toBeGreaterThanOrEqual(4.5);
    });
  }
});
