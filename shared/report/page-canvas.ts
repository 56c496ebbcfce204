import type { Rgb } from './color';
import type { ReportFont } from './report-font';
import { FONT_METRICS } from './report-font';
import { ENGLISH_REPORT, type ReportLanguage } from './report-language';

/**
 * Drawing on one PDF page, in points from the top-left corner (y down). Every report part and
 * the scene back-end draw through this, so there is one place that writes PDF operators, flips
 * y and formats numbers (two decimals: 1/7200 inch, far below what a printer resolves, and it
 * keeps content streams small and byte-stable).
 *
 * Operators are collected as text and written as one compressed content stream when the page is
 * finished (pdf-document.ts), which is faster than building an object per operator.
 */

export type TextAlign = 'left' | 'center' | 'right';

export interface TextStyle {
  readonly size: number;
  readonly color: Rgb;
  readonly bold?: boolean;
  readonly align?: TextAlign;
}

export interface PaintStyle {
  readonly fill?: Rgb;
  readonly stroke?: Rgb;
  readonly lineWidth?: number;
  readonly dash?: readonly number[];
  /** 0..1, applies to fill and stroke */
  readonly opacity?: number;
  readonly lineCap?: 'butt' | 'round';
  readonly lineJoin?: 'miter' | 'round';
}

/** Graphics-state resources a page needs, named by the document (see pdf-document.ts). */
export interface CanvasResources {
  readonly fontName: string;
  /** Resource name of an ExtGState with this opacity (registered on first use). */
  opacityState(alpha: number): string;
}

/** Bézier control distance for a quarter circle of radius 1. */
const QUARTER_ARC = 0.5523;

/** The decimals of a hundredth: '' for none, '.5' for 50, '.05' for 5 (no trailing zero). */
const HUNDREDTHS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i === 0 ? '' : i % 10 === 0 ? `.${i / 10}` : `.${String(i).padStart(2, '0')}`));

/**
 * A number rounded to hundredths as the shortest decimal, -0 as 0: the text String() gives for
 * Math.round(v * 100) / 100, written from the integer count of hundredths. Every path point
 * goes through here, and converting a fraction with String() (shortest round-trip digits) was
 * about five times slower than joining two small integers' digits. Below 1e15 hundredths
 * (15 digits) the two agree exactly: distinct decimals of up to 15 significant digits are
 * distinct doubles, so the shortest text of i / 100 is the decimal itself.
 */
const num = (v: number): string => {
  const i = Math.round(v * 100);
  if (!(i > -1e15 && i < 1e15)) {
    const r = i / 100;
    return Object.is(r, -0) ? '0' : String(r);
  }
  if (i === 0) return '0';
  const a = i < 0 ? -i : i;
  const cents = a % 100;
  return `${i < 0 ? '-' : ''}${(a - cents) / 100}${HUNDREDTHS[cents]!}`;
};
const rgbOp = (c: Rgb, op: 'rg' | 'RG'): string => `${num3(c.r)} ${num3(c.g)} ${num3(c.b)} ${op}`;
const num3 = (v: number): string => String(Math.round(v * 1000) / 1000);

/** Synthetic bold: outline stroke width as a share of the font size (design choice, by eye). */
const BOLD_STROKE_EM = 0.045;

export class PageCanvas {
  private readonly ops: string[] = [];
  /** The language of the document this page belongs to (set by ReportDocument.addPage). */
  language: ReportLanguage = ENGLISH_REPORT;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly font: ReportFont,
    private readonly resources: CanvasResources,
  ) {}

  /** The page's operators as one content stream (ASCII). */
  content(): string {
    return this.ops.join('\n');
  }

  // ---- paths -------------------------------------------------------------------------------

  /** Builds a path with `draw` and paints it with `style` in one graphics-state block. */
  path(draw: (path: PathBuilder) => void, style: PaintStyle): this {
    const builder = new PathBuilder(this.height);
    draw(builder);
    if (builder.ops.length === 0) return this;
    const fill = style.fill !== undefined;
    const stroke = style.stroke !== undefined && (style.lineWidth ?? 1) > 0;
    if (!fill && !stroke) return this;
    const state: string[] = ['q'];
    if (style.opacity !== undefined && style.opacity < 1) state.push(`/${this.resources.opacityState(style.opacity)} gs`);
    if (fill) state.push(rgbOp(style.fill!, 'rg'));
    if (stroke) {
      state.push(rgbOp(style.stroke!, 'RG'), `${num(style.lineWidth ?? 1)} w`);
      if (style.dash && style.dash.length > 0) state.push(`[${style.dash.map(num).join(' ')}] 0 d`);
      if (style.lineCap === 'round') state.push('1 J');
      if (style.lineJoin === 'round') state.push('1 j');
    }
    this.ops.push(state.join(' '), ...builder.ops, fill && stroke ? 'B Q' : fill ? 'f Q' : 'S Q');
    return this;
  }

  rect(x: number, y: number, w: number, h: number, style: PaintStyle & { radius?: number }): this {
    return this.path((p) => p.rect(x, y, w, h, style.radius ?? 0), style);
  }

  line(x1: number, y1: number, x2: number, y2: number, style: PaintStyle): this {
    return this.path((p) => p.moveTo(x1, y1).lineTo(x2, y2), { ...style, fill: undefined });
  }

  circle(cx: number, cy: number, r: number, style: PaintStyle): this {
    return this.path((p) => p.circle(cx, cy, r), style);
  }

  /** An image XObject the document registered on this page (`name`), drawn into the box. */
  image(name: string, x: number, y: number, w: number, h: number): this {
    this.ops.push('q', `${num(w)} 0 0 ${num(h)} ${num(x)} ${num(this.height - y - h)} cm`, `/${name} Do`, 'Q');
    return this;
  }

  /** Runs `draw` with everything clipped to the rectangle. */
  clipped(box: { x: number; y: number; width: number; height: number }, draw: () => void): this {
    this.ops.push('q', `${num(box.x)} ${num(this.height - box.y - box.height)} ${num(box.width)} ${num(box.height)} re W n`);
    draw();
    this.ops.push('Q');
    return this;
  }

  // ---- text --------------------------------------------------------------------------------

  measure(text: string, size: number): number {
    return this.font.widthOf(text, size);
  }

  /**
   * One line of text with its baseline at y. Returns the width drawn. `halo` strokes the glyph
   * outlines wide in the halo colour first, so labels read over the diagram's lines.
   */
  text(text: string, x: number, y: number, style: TextStyle & { halo?: { color: Rgb; width: number } }): number {
    if (text === '') return 0;
    const width = this.measure(text, style.size);
    const left = style.align === 'center' ? x - width / 2 : style.align === 'right' ? x - width : x;
    const hex = this.font.encode(text);
    const at = `${num(left)} ${num(this.height - y)} Td`;
    const font = `/${this.resources.fontName} ${num(style.size)} Tf`;
    if (style.halo) {
      this.ops.push(
        'q',
        rgbOp(style.halo.color, 'RG'),
        `${num(style.halo.width)} w 1 j 1 J`,
        `BT ${font} 1 Tr ${at} ${hex} Tj ET`,
        'Q',
      );
    }
    if (style.bold) {
      this.ops.push(
        'q',
        rgbOp(style.color, 'rg'),
        rgbOp(style.color, 'RG'),
        `${num(style.size * BOLD_STROKE_EM)} w 1 j`,
        `BT ${font} 2 Tr ${at} ${hex} Tj ET`,
        'Q',
      );
    } else {
      this.ops.push('q', rgbOp(style.color, 'rg'), `BT ${font} ${at} ${hex} Tj ET`, 'Q');
    }
    return width;
  }

  /** Baseline that centres capital letters of `size` on y (for labels inside circles, badges, rows). */
  static centredBaseline(y: number, size: number): number {
    return y + (FONT_METRICS.capHeight * size) / 2;
  }
}

/** Path construction in top-left points; flips y for PDF. */
export class PathBuilder {
  readonly ops: string[] = [];

  constructor(private readonly pageHeight: number) {}

  moveTo(x: number, y: number): this {
    this.ops.push(`${num(x)} ${num(this.pageHeight - y)} m`);
    return this;
  }

  lineTo(x: number, y: number): this {
    this.ops.push(`${num(x)} ${num(this.pageHeight - y)} l`);
    return this;
  }

  curveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): this {
    const h = this.pageHeight;
    this.ops.push(`${num(x1)} ${num(h - y1)} ${num(x2)} ${num(h - y2)} ${num(x)} ${num(h - y)} c`);
    return this;
  }

  close(): this {
    this.ops.push('h');
    return this;
  }

  /** A full circle as four Bézier quarter arcs. */
  circle(cx: number, cy: number, r: number): this {
    const k = QUARTER_ARC * r;
    this.moveTo(cx + r, cy);
    this.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    this.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    this.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    this.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    return this.close();
  }

  rect(x: number, y: number, w: number, h: number, radius = 0): this {
    if (radius <= 0) {
      this.ops.push(`${num(x)} ${num(this.pageHeight - y - h)} ${num(w)} ${num(h)} re`);
      return this;
    }
    const r = Math.min(radius, w / 2, h / 2);
    const k = QUARTER_ARC * r;
    this.moveTo(x + r, y);
    this.lineTo(x + w - r, y);
    this.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
    this.lineTo(x + w, y + h - r);
    this.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
    this.lineTo(x + r, y + h);
    this.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
    this.lineTo(x, y + r);
    this.curveTo(x, y + r - k, x + r - k, y, x + r, y);
    return this.close();
  }
}
