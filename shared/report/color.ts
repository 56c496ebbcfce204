/**
 * Colours for the PDF: DeviceRGB components 0..1. The palette gives CSS colour strings; this
 * reads the forms it uses (#rgb, #rrggbb, #rrggbbaa, rgb(), rgba()). An alpha channel is
 * returned separately because PDF sets opacity through the graphics state, not the colour.
 */

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export interface ParsedColor {
  readonly rgb: Rgb;
  readonly alpha: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNC = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i;

export function parseColor(css: string): ParsedColor {
  const text = css.trim();
  const hex = HEX.exec(text);
  if (hex) {
    let digits = hex[1]!;
    if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
    const byte = (i: number): number => parseInt(digits.slice(i, i + 2), 16) / 255;
    return { rgb: { r: byte(0), g: byte(2), b: byte(4) }, alpha: digits.length === 8 ? byte(6) : 1 };
  }
  const fn = FUNC.exec(text);
  if (fn) {
    const channel = (v: string): number => Math.min(255, Number(v)) / 255;
    return {
      rgb: { r: channel(fn[1]!), g: channel(fn[2]!), b: channel(fn[3]!) },
      alpha: fn[4] === undefined ? 1 : Math.min(1, Number(fn[4])),
    };
  }
  throw new Error(`report: cannot read colour "${css}"`);
}

export const rgbOf = (css: string): Rgb => parseColor(css).rgb;

/** The colour `css` would show at `alpha` over white paper (for tints that need no blending). */
export function tintOnWhite(css: string, alpha: number): Rgb {
  const { r, g, b } = rgbOf(css);
  const mix = (c: number): number => 1 - alpha + c * alpha;
  return { r: mix(r), g: mix(g), b: mix(b) };
}
