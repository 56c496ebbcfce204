import type { AnchorLayer, FixationZone, RegionKind, TissueLayers } from '../atlas/types';
import type { IntendedLayer } from '../catalogue/types';
import type { FacePoint } from '../geometry/types';
import { withinPolygonOrNear } from '../geometry/polyline';
import type { Threshold } from './types';

/**
 * The depth window of a thread: the range of depths where it lies in the plane its type is made
 * for, at one place on the face. The superficial-path rule flags paths above the window, the
 * deep-path rule paths below it, and the depth profile (shared/scene/depth-profile.ts) draws the
 * same limits, so a finding and the profile always name the same stretch.
 *
 * Planes (domain.md: each thread type has its layer; lifting threads in the subcutaneous fat,
 * sometimes the SMAS; mono threads may be subdermal), from the atlas tissue table at each place:
 * - subdermal (mono, screw): from just under the dermis down to the bottom of the fat (mono
 *   threads are also laid in the fat);
 * - subcutaneous (cogs, cones): from the skin plus a margin down to the bottom of the fat;
 * - SMAS: from near the top of the SMAS down to its bottom.
 * Inside a fixation zone the anchor bite goes down to the zone's own layer (the SMAS or galea,
 * or the deep fascia or periosteum), so there the window reaches that layer.
 */

export const SUBCUTANEOUS_MARGIN: Threshold = {
  name: 'subcutaneousMarginMm',
  value: 1.0,
  unit: 'mm',
  description: 'A subcutaneous thread must lie at least this far below the dermis (skin thickness + margin).',
  source:
    'design choice: about the outer diameter of a 19G cannula, so the whole thread clears the dermis; 2.5 x the standard deviation of measured skin thickness (2.1 +/- 0.4 mm, domain.md).',
};

export const SMAS_TOLERANCE: Threshold = {
  name: 'smasToleranceMm',
  value: 1.0,
  unit: 'mm',
  description: 'A thread made for the SMAS may lie up to this much above the top of the SMAS (skin + fat).',
  source: 'design choice: allows for the spread of fat thickness between people (5.2 +/- 1.9 mm, domain.md) without flagging every SMAS path.',
};

export const DEEP_TOLERANCE: Threshold = {
  name: 'deepToleranceMm',
  value: 0.5,
  unit: 'mm',
  description: "A path counts as below its plane when it is deeper than the plane's bottom (the bottom of the fat, or of the SMAS for SMAS threads) by more than this.",
  source:
    'design choice: half the outer diameter of a 19G cannula (about 1 mm): with its centre line this far below the fat the whole thread lies in the SMAS. Smaller than the spread of fat thickness between people (5.2 +/- 1.9 mm, domain.md) on purpose: the atlas figures are averages, and the finding says so.',
};

/**
 * Where a motor or sensory nerve branch runs under each region, as the shallowest layer it can
 * lie in: 'smas' (in or on the undersurface of the SMAS / temporoparietal fascia), 'sub-smas'
 * (deep to the SMAS or platysma) or null where no branch runs within reach of a thread.
 */
export interface NervePlane {
  readonly layer: 'smas' | 'sub-smas' | null;
  /** Plain words for the finding: "the zygomatic and buccal branches of the facial nerve". */
  readonly nerve: string;
  readonly source: string;
}

const FACIAL = 'domain.md (danger zones: the facial nerve branches run at or under the SMAS)';

export const NERVE_PLANE: Readonly<Record<RegionKind, NervePlane>> = {
  temple: {
    layer: 'smas',
    nerve: 'the temporal (frontal) branch of the facial nerve',
    source: `The temporal branch runs on the undersurface of the temporoparietal fascia (the temple's SMAS), Seckel's zone 2: ${FACIAL}. In the temple the SMAS plane itself is the nerve's plane.`,
  },
  forehead: {
    layer: null,
    nerve: '',
    source: 'design choice: over the forehead the frontal branch has entered the frontalis from the temple, and the plane under the galea is the standard surgical plane; a deep forehead path is a wrong-plane warning only.',
  },
  brow: {
    layer: 'sub-smas',
    nerve: 'the temporal (frontal) branch of the facial nerve',
    source: `The temporal branch reaches the frontalis and orbicularis from their deep surface about 1.5 cm above the lateral brow: ${FACIAL}.`,
  },
  periorbital: {
    layer: 'sub-smas',
    nerve: 'the zygomatic branches of the facial nerve',
    source: `The zygomatic branches supply orbicularis oculi from its deep surface: ${FACIAL}.`,
  },
  malar: {
    layer: 'sub-smas',
    nerve: 'the zygomatic branches of the facial nerve',
    source: `The zygomatic branches run under the SMAS near the zygomatic ligament: ${FACIAL}.`,
  },
  submalar: {
    layer: 'sub-smas',
    nerve: 'the zygomatic and buccal branches of the facial nerve',
    source: `The zygomatic and buccal branches cross the cheek deep to the SMAS on the masseter: ${FACIAL}.`,
  },
  nasolabial: {
    layer: 'sub-smas',
    nerve: 'the buccal branches of the facial nerve',
    source: `The buccal branches reach the lip elevators from their deep surface: ${FACIAL}.`,
  },
  perioral: {
    layer: 'sub-smas',
    nerve: 'the buccal and marginal mandibular branches of the facial nerve',
    source: `Their end branches supply orbicularis oris and the depressors from the deep surface: ${FACIAL}.`,
  },
  marionette: {
    layer: 'sub-smas',
    nerve: 'the marginal mandibular branch of the facial nerve',
    source: `The marginal mandibular branch supplies the depressor anguli oris from under the platysma (Seckel's zone 3): ${FACIAL}.`,
  },
  jowl: {
    layer: 'sub-smas',
    nerve: 'the marginal mandibular and buccal branches of the facial nerve',
    source: `Under the platysma / SMAS of the lower face: ${FACIAL}.`,
  },
  jawline: {
    layer: 'sub-smas',
    nerve: 'the marginal mandibular branch of the facial nerve',
    source: `Along and up to 1.5 cm below the mandibular border, deep to the platysma: ${FACIAL}.`,
  },
  chin: {
    layer: 'sub-smas',
    nerve: 'the marginal mandibular branch of the facial nerve',
    source: `Its end branches supply mentalis and the lower-lip depressors from the deep surface: ${FACIAL}.`,
  },
  preauricular: {
    layer: null,
    nerve: '',
    source: 'design choice: in front of the ear the facial nerve runs inside the parotid gland, which lies under the SMAS and shields it; a deep path here is a wrong-plane warning only (the temporal branch leaving the gland above is the temple\'s and the danger-zone rule\'s).',
  },
  neck: {
    layer: 'sub-smas',
    nerve: 'the cervical branch of the facial nerve and the great auricular nerve',
    source: 'The cervical branch runs under the platysma (domain.md: danger zones); the great auricular nerve lies on the sternocleidomastoid under the platysma / SMAS layer (domain.md, McKinney\'s point).',
  },
  nose: {
    layer: null,
    nerve: '',
    source: 'design choice: no named nerve branch runs under the thin nasal SMAS within reach of a thread.',
  },
};

const bottomOfFat = (t: TissueLayers): number => t.skinMm + t.fatMm;
const bottomOfSmas = (t: TissueLayers): number => t.skinMm + t.fatMm + t.smasMm;

/** The minimum depth for a layer: below the skin plus the layer's margin (adjust: patient factors). */
export function shallowLimitMm(layer: IntendedLayer, tissue: TissueLayers, adjustMm: number): number {
  const skin = tissue.skinMm;
  if (layer === 'subdermal') return skin + Math.max(0, adjustMm);
  if (layer === 'smas') return Math.max(skin, bottomOfFat(tissue) - SMAS_TOLERANCE.value + adjustMm);
  return Math.max(skin, skin + SUBCUTANEOUS_MARGIN.value + adjustMm);
}

/**
 * The deepest a path may lie: the bottom of its plane plus the tolerance; inside a fixation zone
 * down to the anchor's layer (SMAS / galea: its bottom; deep fascia / periosteum: no limit).
 */
export function deepLimitMm(layer: IntendedLayer, tissue: TissueLayers, anchor: AnchorLayer | null): number {
  if (anchor === 'deep-fascia' || anchor === 'periosteum') return Infinity;
  const plane = layer === 'smas' || anchor !== null ? bottomOfSmas(tissue) : bottomOfFat(tissue);
  return plane + DEEP_TOLERANCE.value;
}

/** Where the nerve plane of a region begins, from its tissue; null where no branch runs. */
export function nerveFromMm(kind: RegionKind | null, tissue: TissueLayers): number | null {
  const plane = kind === null ? null : NERVE_PLANE[kind].layer;
  if (plane === 'smas') return bottomOfFat(tissue);
  if (plane === 'sub-smas') return bottomOfSmas(tissue);
  return null;
}

/** Same tolerance as the weak-fixation rule: a point this close to a zone's outline is in it. */
const ANCHOR_EDGE_MM = 2;

/** The anchor layer at p when p lies in (or within 2 mm of) one of the zones, else null. */
export function anchorLayerAt(zones: readonly FixationZone[], p: FacePoint): AnchorLayer | null {
  for (const z of zones) if (withinPolygonOrNear(p, z.outline, ANCHOR_EDGE_MM)) return z.layer;
  return null;
}
