import { describe, expect, it } from 'vitest';
import { PALETTES, PRESENTER_PALETTE, type Palette } from '../../../../shared/scene/palette';
import { STRUCTURE_DASH } from '../../../../shared/scene/layers/danger-zones';
import type { ColorToken } from '../../../../shared/scene/types';

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** CIE L*a*b* of an sRGB colour (D65), for the CIE76 colour difference. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: string, b: string): number => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));
const DANGER: ColorToken[] = ['danger.artery', 'danger.nerve', 'danger.duct'];
const THREAD: ColorToken[] = ['thread.ok', 'thread.info', 'thread.warning', 'thread.critical', 'thread.smooth'];
/** Design choice: ΔE76 of 2.3 is just noticeable; 30 keeps hues plainly apart at a glance. */
const MIN_DANGER_THREAD_DELTA_E = 30;

const SEVERITY: ColorToken[] = ['thread.ok', 'thread.info', 'thread.warning', 'thread.critical'];
const OVERLAY: ColorToken[] = [...DANGER, 'muscle.fill', 'muscle.line', 'muscle.arrow'];
const chroma = (hex: string): number => Math.hypot(lab(hex)[1], lab(hex)[2]);
/**
 * Design choice: overlays are background for the threads. CIE LCh chroma 55 is a clear but
 * quiet colour on white paper (the old artery magenta was 76); on the dark skin 42 keeps the
 * hues apart without the neon of light, saturated colours (the old nerve yellow was 72).
 */
const OVERLAY_MAX_CHROMA = { light: 55, dark: 42, presenter: 42 } as const;

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

    it(`${name}: danger-zone colours differ clearly from every thread colour`, () => {
      expectDangerApartFromThreads(PALETTES[name]);
    });

    it(`${name}: entry captions read on the entry fill (>= 4.5:1)`, () => {
      const p = PALETTES[name];
      expect(contrast(p['entry.text'], p['entry.fill'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p['label.text'], p['label.halo'])).toBeGreaterThanOrEqual(4.5);
    });
  }

  for (const [name, palette] of [['light', PALETTES.light], ['dark', PALETTES.dark], ['presenter', PRESENTER_PALETTE]] as const) {
    it(`${name}: danger-zone and muscle colours are muted, not neon (chroma <= ${OVERLAY_MAX_CHROMA[name]})`, () => {
      for (const token of OVERLAY) expect(chroma(palette[token]), token).toBeLessThanOrEqual(OVERLAY_MAX_CHROMA[name]);
    });
  }

  it('presenter: danger-zone colours differ clearly from every thread colour', () => {
    expectDangerApartFromThreads(PRESENTER_PALETTE);
  });

  it('the colour difference measures what it should (red vs red is close, red vs magenta is not)', () => {
    expect(deltaE('#c8102e', '#c0392b')).toBeLessThan(MIN_DANGER_THREAD_DELTA_E); // the old artery red
    expect(deltaE('#c8102e', '#b0179b')).toBeGreaterThan(MIN_DANGER_THREAD_DELTA_E);
  });

  it('no structure course is a solid line (threads are)', () => {
    for (const dash of Object.values(STRUCTURE_DASH)) expect(dash.length).toBeGreaterThan(0);
  });
});

function expectDangerApartFromThreads(p: Palette): void {
  for (const danger of DANGER) {
    for (const thread of THREAD) {
      expect(deltaE(p[danger], p[thread]), `${danger} vs ${thread}`).toBeGreaterThanOrEqual(MIN_DANGER_THREAD_DELTA_E);
    }
  }
}
