import type { FixationZoneKind, MuscleKind, RegionKind } from '../types';

/**
 * The keys of the atlas's name tables: each structure's atlas id without its side suffix
 * ('malar-left' -> 'malar', 'seckel-zone-3-right' -> 'seckel-zone-3'). The atlas data is typed
 * on these same unions, so a structure added to the atlas without a name in every language, or
 * a name left for a structure that is gone, fails the type check.
 */

/** Danger zones are keyed finer than their kind: the facial artery has two zones, the marginal mandibular branch a Seckel zone. */
export type DangerZoneKey =
  | 'temporal-branch'
  | 'zygomatic-buccal-branches'
  | 'marginal-mandibular-branch'
  | 'seckel-zone-3'
  | 'great-auricular-nerve'
  | 'parotid-duct'
  | 'facial-artery-mandible'
  | 'facial-artery-nasolabial'
  | 'angular-artery'
  | 'superficial-temporal-artery';

export type LigamentKey =
  | 'temporal-adhesion'
  | 'orbital-retaining-ligament'
  | 'lateral-orbital-thickening'
  | 'zygomatic-ligament'
  | 'masseteric-ligament-upper'
  | 'masseteric-ligament-lower'
  | 'mandibular-ligament'
  | 'platysma-auricular-ligament';

/** Landmarks with a left and a right twin ('tragus-left', 'tragus-right'). */
export type SidedLandmarkKey =
  | 'pupil'
  | 'medial-canthus'
  | 'lateral-canthus'
  | 'brow-head'
  | 'brow-peak'
  | 'brow-tail'
  | 'alar-base'
  | 'mouth-corner'
  | 'zygion'
  | 'gonion'
  | 'tragus'
  | 'ear-top'
  | 'ear-lobe'
  | 'lateral-orbital-rim-top'
  | 'lateral-orbital-rim-bottom'
  | 'zygomatic-arch-front'
  | 'zygomatic-arch-back'
  | 'malar-prominence'
  | 'temporal-crest'
  | 'mastoid';

/** Landmarks on the midline (no side suffix). */
export type MidlineLandmarkKey =
  | 'vertex'
  | 'hairline-top'
  | 'glabella'
  | 'nasion'
  | 'nose-tip'
  | 'subnasale'
  | 'stomion'
  | 'labiomental-crease'
  | 'pogonion'
  | 'menton'
  | 'neck-base';

export type LandmarkKey = SidedLandmarkKey | MidlineLandmarkKey;

/** One language's names for every structure of the atlas, by kind of structure. */
export interface StructureNameTable {
  readonly region: Readonly<Record<RegionKind, string>>;
  readonly muscle: Readonly<Record<MuscleKind, string>>;
  readonly dangerZone: Readonly<Record<DangerZoneKey, string>>;
  readonly fixationZone: Readonly<Record<FixationZoneKind, string>>;
  readonly ligament: Readonly<Record<LigamentKey, string>>;
  /** Landmarks as the canvas labels a snap target: lower case, a name inside a line of text. */
  readonly landmark: Readonly<Record<LandmarkKey, string>>;
  /** Appended to a sided structure's name: " (left)". */
  readonly sideSuffix: Readonly<Record<'left' | 'right', string>>;
}
