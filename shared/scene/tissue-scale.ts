import type { ColorToken } from './types';

/**
 * The tissue map's colour scale: one fixed scale for every map (canvas, training compare view,
 * PDF), so two designs can be compared by colour alone. Gathering is the area the tissue loses
 * (shared/simulation/fields.ts). DESIGN CHOICE: bands doubling from 1% (1, 2, 4, 8, 16% and more)
 * because the simulated gathering spans two orders of magnitude, from about 1% spread over a
 * well-designed midface to 20% and more at one anchor; below 1% nothing is drawn (the tissue is
 * then nearly at rest, and stretched tissue is not drawn at all).
 *
 * The colours (scene/palette.ts) are samples of viridis (van der Walt and Smith, matplotlib),
 * a sequential map that stays ordered in lightness for the common colour-vision deficiencies and
 * in grey. In the light theme more gathering is darker, in the dark theme lighter: either way
 * more gathering stands out more from the skin.
 */
export const GATHERING_BANDS = [0.01, 0.02, 0.04, 0.08, 0.16] as const;

export const TISSUE_TOKENS = ['tissue.1', 'tissue.2', 'tissue.3', 'tissue.4', 'tissue.5'] as const satisfies readonly ColorToken[];

/** The bands as words: "1-2%", "2-4%", ..., "16%+" (every number from GATHERING_BANDS). */
export function gatheringBandLabels(): string[] {
  const pct = (v: number) => `${Math.round(v * 1000) / 10}`;
  return GATHERING_BANDS.map((from, k) => {
    const to = GATHERING_BANDS[k + 1];
    return to === undefined ? `${pct(from)}%+` : `${pct(from)}–${pct(to)}%`;
  });
}

/**
 * Arrows start at every third node of every third lattice row (about 11 mm apart: they read as a
 * field without covering the threads) and are drawn ARROW_SCALE times the distance the tissue
 * moves there: a few millimetres at true length are specks on a 15 cm face. Where the tissue
 * moves less than MIN_ARROW_MM no arrow is drawn (it would be a dot). DESIGN CHOICES, all three;
 * the key says the scale.
 */
export const ARROW_GRID_SPACINGS = 3;
export const ARROW_SCALE = 3;
export const MIN_ARROW_MM = 0.25;
