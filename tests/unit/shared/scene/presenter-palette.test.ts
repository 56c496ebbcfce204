import { describe, expect, it } from 'vitest';
import { PALETTES, PRESENTER_PALETTE } from '../../../../shared/scene/palette';
import type { ColorToken } from '../../../../shared/scene/types';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('PRESENTER_PALETTE (high contrast for projectors)', () => {
  it('defines every token as #rrggbb', () => {
    expect(Object.keys(PRESENTER_PALETTE).sort()).toEqual(Object.keys(PALETTES.light).sort());
    for (const value of Object.values(PRESENTER_PALETTE)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('draws threads, lines and labels at >= 4.5:1 against the skin, higher than the normal themes', () => {
    const p = PRESENTER_PALETTE;
    const tokens: ColorToken[] = ['thread.ok', 'thread.info', 'thread.warning', 'thread.critical', 'thread.smooth', 'face.line', 'label.text', 'entry.line'];
    for (const token of tokens) {
      expect(contrast(p[token], p['face.skin']), token).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p[token], p['face.skin']), token).toBeGreaterThanOrEqual(contrast(PALETTES.dark[token], PALETTES.dark['face.skin']));
    }
    const severity = ['thread.ok', 'thread.info', 'thread.warning', 'thread.critical'].map((t) => p[t as ColorToken]);
    expect(new Set(severity).size).toBe(4);
  });
});
