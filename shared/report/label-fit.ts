import type { SceneItem, SceneText } from '../scene/types';

/**
 * Centred labels side by side on the diagram (the two perioral regions' names meet at the
 * midline) may be wider than the room between their anchors: Russian and Korean names are
 * longer than the English the atlas was laid out with. Such a label is broken over two lines
 * (before its side, "(справа)", or at the space nearest its middle) and, only if that is still
 * too wide, drawn smaller, just enough to end a small gap short of its neighbour. Labels that do
 * not collide are drawn as they are. Design choice: wrapping, then shrinking, keeps each label on
 * its region and a pair symmetric, where moving one would put it over another region.
 */

/** Space kept between two labels, as a share of the font size. */
const GAP_EM = 0.5;
/** Smallest scale a label is shrunk to, so it stays legible. */
const MIN_SCALE = 0.6;

/** Text measure in page points at a font size. */
export type Measure = (text: string, size: number) => number;

/** How a colliding label is drawn: its lines (one or two) and the factor its size is scaled by. */
export interface LabelFit {
  readonly lines: readonly string[];
  readonly scale: number;
}

/** A label in two lines: before the side in brackets when it has one, else at the space nearest its middle. */
export function twoLines(text: string): readonly string[] {
  const bracket = text.lastIndexOf(' (');
  if (bracket > 0) return [text.slice(0, bracket), text.slice(bracket + 1)];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [text];
  const cut = spaces.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best));
  return [text.slice(0, cut), text.slice(cut + 1)];
}

/** For each centred text item that collides with a neighbour on its line, how to draw it. */
export function fitLabels(items: readonly SceneItem[], pageScale: number, measure: Measure): Map<SceneText, LabelFit> {
  const labels = items.filter((i): i is SceneText => i.type === 'text' && i.align === 'center');
  const width = (lines: readonly string[], label: SceneText) => Math.max(...lines.map((l) => measure(l, label.sizeMm * pageScale)));
  const fits = new Map<SceneText, LabelFit>();
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      const size = Math.max(a.sizeMm, b.sizeMm) * pageScale;
      // Only labels on about one line of text collide side by side.
      if (Math.abs(a.at.y - b.at.y) * pageScale >= size) continue;
      const room = Math.abs(a.at.x - b.at.x) * pageScale - GAP_EM * size;
      if ((width([a.text], a) + width([b.text], b)) / 2 <= room) continue;
      for (const label of [a, b]) {
        const lines = twoLines(label.text);
        const other = label === a ? b : a;
        const half = (width(lines, label) + width(twoLines(other.text), other)) / 2;
        const scale = half <= room ? 1 : Math.max(MIN_SCALE, room / half);
        const previous = fits.get(label);
        fits.set(label, { lines, scale: Math.min(previous?.scale ?? 1, scale) });
      }
    }
  }
  return fits;
}
