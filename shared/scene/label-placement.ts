/**
 * Area labels placed apart: each label wants to sit at its area's centre on one line, but
 * neighbouring areas have close centres, and a name twice as long in another language (Russian
 * "Периоральная область" for "Perioral") then covers its neighbour. Placement goes in the order
 * given: a label whose box would overlap one already placed is first wrapped onto two lines at
 * its centre, then moved away from its centre (up or down first, then sideways) on one or two
 * lines, while its anchor stays inside its own area; the first clear place wins. A label with no
 * clear place in its area keeps its centre (the caller's test says no atlas label comes to that).
 *
 * Every size is in face millimetres and the canvas and the PDF draw text at its size in
 * millimetres, so a layout clear at one zoom is clear at every zoom.
 */
import { pointInPolygon } from '../geometry/polyline';
import type { FacePoint } from '../geometry/types';

export interface LabelRequest {
  readonly text: string;
  /** Where the label wants its centre. */
  readonly anchor: FacePoint;
  /** The area the label names: a moved label's centre stays inside it. */
  readonly area: readonly FacePoint[];
  readonly sizeMm: number;
}

export interface PlacedLabel {
  /** Centre of the label's box. */
  readonly at: FacePoint;
  /** One or two lines, top to bottom, each centred on `at.x`. */
  readonly lines: readonly string[];
  /** The box the lines take, halo included (face millimetres). */
  readonly box: LabelBox;
}

export interface LabelBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Advance of one character in ems, an upper bound for the faces the labels are drawn in
 * (the system sans-serif for Latin, Noto Sans KR for Hangul and Cyrillic). Widths checked against
 * the browser's own measurement of every atlas name in tests/e2e/i18n-scan.spec.ts. Wide letters
 * (m, w, ж, ш, щ, ю, м, ы and capitals) get more than the rest; Hangul syllables are a full em.
 */
function charEm(c: string): number {
  if (c === ' ') return 0.3;
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3000-\u9fff]/.test(c)) return 1;
  if (/[mwMWжшщюмыЖШЩЮМЫДФ]/.test(c)) return 0.9;
  if (/[A-ZА-ЯЁ]/.test(c)) return 0.75;
  if (/[ijlI.,:;'!|()/-]/.test(c)) return 0.35;
  return 0.6;
}

/** Width of one line of text at `sizeMm`, an upper bound (charEm). */
export function textWidthMm(text: string, sizeMm: number): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * sizeMm;
}

/** Line height as a share of the size: the canvas and the PDF centre each line on its anchor. */
const LINE_HEIGHT_EM = 1.2;
/**
 * The halo stroked behind the text is 0.32 em wide (draw-item.ts), half of it outside the
 * glyphs; a little air on top keeps neighbouring halos from touching.
 */
const HALO_EM = 0.2;

function boxOf(at: FacePoint, lines: readonly string[], sizeMm: number): LabelBox {
  const halfW = Math.max(...lines.map((l) => textWidthMm(l, sizeMm))) / 2 + HALO_EM * sizeMm;
  const halfH = (lines.length * LINE_HEIGHT_EM * sizeMm) / 2 + HALO_EM * sizeMm;
  return { minX: at.x - halfW, minY: at.y - halfH, maxX: at.x + halfW, maxY: at.y + halfH };
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** The text on two lines at the space that makes the longer line shortest; itself when it has no space. */
export function wrapInTwo(text: string): readonly string[] {
  let best: readonly string[] = [text];
  let bestWidth = textWidthMm(text, 1);
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const lines = [text.slice(0, i), text.slice(i + 1)];
    const width = Math.max(textWidthMm(lines[0]!, 1), textWidthMm(lines[1]!, 1));
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best;
}

/** Offsets tried from the centre, in line heights: nearest first, up and down before sideways. */
const STEPS = [0.5, 1, 1.5, 2, 2.5, 3, 4];
const OFFSETS: readonly FacePoint[] = [
  { x: 0, y: 0 },
  ...STEPS.flatMap((s) => [
    { x: 0, y: -s },
    { x: 0, y: s },
    { x: -s, y: 0 },
    { x: s, y: 0 },
  ]),
];

export function placeLabels(requests: readonly LabelRequest[]): PlacedLabel[] {
  const placed: LabelBox[] = [];
  return requests.map(({ text, anchor, area, sizeMm }) => {
    const oneLine = [text];
    const wrapped = wrapInTwo(text);
    const step = LINE_HEIGHT_EM * sizeMm;
    let chosen: PlacedLabel | null = null;
    search: for (const offset of OFFSETS) {
      const at = { x: anchor.x + offset.x * step, y: anchor.y + offset.y * step };
      if (offset.x !== 0 || offset.y !== 0) {
        if (!pointInPolygon(at, area)) continue;
      }
      for (const lines of wrapped.length > 1 ? [oneLine, wrapped] : [oneLine]) {
        const box = boxOf(at, lines, sizeMm);
        if (placed.every((p) => !boxesOverlap(p, box))) {
          chosen = { at, lines, box };
          break search;
        }
      }
    }
    const result = chosen ?? { at: anchor, lines: oneLine, box: boxOf(anchor, oneLine, sizeMm) };
    placed.push(result.box);
    return result;
  });
}

/** Centres of each line of a placed label, top to bottom. */
export function lineCentres(label: PlacedLabel, sizeMm: number): FacePoint[] {
  const step = LINE_HEIGHT_EM * sizeMm;
  const top = label.at.y - ((label.lines.length - 1) * step) / 2;
  return label.lines.map((_, i) => ({ x: label.at.x, y: top + i * step }));
}
