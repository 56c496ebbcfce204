import type { FacePoint } from '../geometry/types';
import type { Side } from '../plan/types';
import type { TissueField } from './fields';
import type { PlanLoads } from './loads';
import type { TissueModel } from './model';

/**
 * The figures a plan's simulated map is summed up by, per side: how much tissue gathers on the
 * malar (zygomatic) prominence, against the rest of that side's midface. Plain numbers, so the
 * summary can cross a Worker boundary, go into `vectorlift analyze --json` and feed the
 * cheekbone-concentration rule.
 */
export interface SideGathering {
  readonly side: Side;
  /** Peak gathering (area lost: 0.05 = 5%) on this side's malar prominence; 0 when nothing gathers there. */
  readonly prominencePeak: number;
  /** Where that peak is, on the diagram; null when nothing gathers on the prominence. */
  readonly prominencePeakAt: FacePoint | null;
  /** Peak gathering in the rest of this side's midface (the atlas' other midface regions). */
  readonly restPeak: number;
  /**
   * Gathering averaged over the whole prominence (area-weighted; stretched tissue counts as 0):
   * how much tissue the prominence gathers as a whole, which is what makes it look fuller. Unlike
   * a peak, it does not hinge on one mesh point (a bend, an anchor, a ligament's edge).
   */
  readonly prominenceMean: number;
  /** The pull of this side's loaded threads, newtons (tension capped at what each type holds). */
  readonly pullN: number;
}

export interface SimulationSummary {
  readonly right: SideGathering;
  readonly left: SideGathering;
  /** Largest tissue displacement anywhere, millimetres (true skin length). */
  readonly peakDisplacementMm: number;
  /** Largest gathering anywhere on the face. */
  readonly peakGathering: number;
  /** Which surface the element shapes came from ('frontal' or the 3D surface's id). */
  readonly geometry: string;
}

interface MutableSide {
  side: Side;
  prominencePeak: number;
  prominencePeakAt: FacePoint | null;
  restPeak: number;
  prominenceMean: number;
  pullN: number;
}

export function summarize(model: TissueModel, field: TissueField, loads: PlanLoads): SimulationSummary {
  const sides: Record<Side, MutableSide> = { right: emptySide('right', loads.pullN.right), left: emptySide('left', loads.pullN.left) };
  const area: Record<Side, number> = { right: 0, left: 0 };
  const { xy, nodeCount } = model.mesh;
  let peakGathering = 0;
  for (let n = 0; n < nodeCount; n++) {
    const g = field.gathering[n]!;
    if (g > peakGathering) peakGathering = g;
    const region = model.nodeRegion[n];
    if (!region || region.area !== 'midface') continue;
    const x = xy[2 * n]!;
    // A midline region (the nose) counts for the side the node is on; the midline itself for neither.
    const side: Side | null = region.side !== 'midline' ? region.side : x < 0 ? 'right' : x > 0 ? 'left' : null;
    if (side === null) continue;
    const s = sides[side];
    if (region.kind === 'malar') {
      const w = model.nodeArea[n]!;
      area[side] += w;
      s.prominenceMean += Math.max(0, g) * w;
      if (g > s.prominencePeak) {
        s.prominencePeak = g;
        s.prominencePeakAt = { x, y: xy[2 * n + 1]! };
      }
    } else if (g > s.restPeak) s.restPeak = g;
  }
  for (const side of ['right', 'left'] as const) if (area[side] > 0) sides[side].prominenceMean /= area[side];
  return { right: sides.right, left: sides.left, peakDisplacementMm: field.peakDisplacementMm, peakGathering, geometry: model.geometry.id };
}

const emptySide = (side: Side, pullN: number): MutableSide => ({ side, prominencePeak: 0, prominencePeakAt: null, restPeak: 0, prominenceMean: 0, pullN });
