import type { FaceBounds, FacePoint, FacePolygon, FacePolyline } from '../geometry/types';
import type { Side } from '../plan/types';
import type { FaceSurface } from '../surface/types';

/**
 * The anatomy atlas: a canonical adult face in the schematic frontal view described in
 * geometry/types.ts (millimetres, +x = patient's left, +y = down). Positions are averages and
 * people vary; every structure carries the source it rests on, or says it is a design choice.
 *
 * The atlas is data. Queries over it (which region a point lies in, tissue at a point, ...)
 * live in atlas/queries.ts so that rules never walk the raw arrays themselves.
 */

export type AtlasSide = Side | 'midline';

export type RegionKind =
  | 'forehead'
  | 'temple'
  | 'brow'
  | 'periorbital'
  | 'malar'
  | 'submalar'
  | 'nasolabial'
  | 'perioral'
  | 'marionette'
  | 'jowl'
  | 'jawline'
  | 'chin'
  | 'preauricular'
  | 'neck'
  /** Nasal root, dorsum and sidewalls (midline). Added so the regions tile the whole face. */
  | 'nose';

/** Treatment areas, used to group regions (examples, training cases and metrics use them). */
export type FaceArea = 'upper-face' | 'midface' | 'lower-face' | 'neck';

/** Layer thicknesses at a place, millimetres, measured from the skin surface down. */
export interface TissueLayers {
  readonly skinMm: number;
  readonly fatMm: number;
  readonly smasMm: number;
}

export interface Region {
  /** e.g. 'malar-left'; midline regions have no side suffix, e.g. 'chin' */
  readonly id: string;
  readonly kind: RegionKind;
  readonly side: AtlasSide;
  readonly name: string;
  readonly area: FaceArea;
  readonly outline: FacePolygon;
  readonly tissue: TissueLayers;
  /** Where the tissue figures come from, or 'design choice: ...' */
  readonly source: string;
}

export type MuscleKind =
  | 'zygomaticus-major'
  | 'zygomaticus-minor'
  | 'levator-labii-superioris'
  | 'risorius'
  | 'depressor-anguli-oris'
  | 'orbicularis-oculi'
  | 'orbicularis-oris'
  | 'frontalis'
  | 'platysma'
  | 'masseter';

export type Mobility = 'high' | 'medium' | 'low';

export interface Muscle {
  readonly id: string;
  readonly kind: MuscleKind;
  readonly side: AtlasSide;
  readonly name: string;
  /** The muscle's extent on the diagram. */
  readonly outline: FacePolygon;
  /**
   * Action line from insertion toward origin: the direction the muscle moves the tissue it
   * inserts into. For ring muscles (orbicularis) this is a representative line and `ring` is true.
   */
  readonly action: { readonly from: FacePoint; readonly to: FacePoint };
  readonly ring: boolean;
  readonly mobility: Mobility;
  readonly source: string;
}

export type StructureKind = 'nerve' | 'duct' | 'artery';

export type DangerZoneKind =
  | 'temporal-branch'
  | 'zygomatic-buccal-branches'
  | 'marginal-mandibular-branch'
  | 'great-auricular-nerve'
  | 'parotid-duct'
  | 'facial-artery'
  | 'angular-artery'
  | 'superficial-temporal-artery';

export type TissueLayerName = 'dermis' | 'subcutaneous' | 'smas' | 'sub-smas';

export interface DangerZone {
  readonly id: string;
  readonly kind: DangerZoneKind;
  readonly structure: StructureKind;
  readonly side: Side;
  readonly name: string;
  readonly outline: FacePolygon;
  /** The centre line of the structure, for drawing. */
  readonly course: FacePolyline;
  /** The layer the structure runs in. */
  readonly layer: TissueLayerName;
  /**
   * The structure lies at this depth below the skin surface or deeper, millimetres.
   * A thread path inside the outline at this depth (less the rule's safety margin) is at risk.
   */
  readonly depthFromMm: number;
  /**
   * Where the structure changes layer along its course: its depth inside regions of these kinds,
   * millimetres, in place of `depthFromMm` there (the temporal branch runs under the temple's
   * fascia, then enters the frontalis from beneath above the brow). See zoneDepthIn (queries.ts).
   */
  readonly depthByRegionMm?: Readonly<Partial<Record<RegionKind, number>>>;
  readonly source: string;
}

export type FixationZoneKind =
  | 'deep-temporal-fascia'
  | 'zygomatic-arch'
  | 'lateral-orbital-rim'
  /** The fixed SMAS / parotid-masseteric fascia in front of the tragus (jawline and jowl threads). */
  | 'preauricular-smas'
  /** The mastoid fascia behind the ear lobe (neck threads). */
  | 'mastoid-fascia'
  /** The galea and temporoparietal fascia under the hair-bearing temporal scalp (brow threads). */
  | 'temporal-scalp';

/**
 * The layer a fixation zone's anchor holds in. 'deep-fascia' and 'periosteum' lie below the SMAS
 * (the anchor bite goes down to them); 'smas' and 'galea' are the SMAS layer itself.
 */
export type AnchorLayer = 'deep-fascia' | 'periosteum' | 'smas' | 'galea';

export interface FixationZone {
  readonly id: string;
  readonly kind: FixationZoneKind;
  readonly side: Side;
  readonly name: string;
  readonly outline: FacePolygon;
  /** The tissue the anchor holds in. */
  readonly layer: AnchorLayer;
  /** Which threads practitioners anchor here, in plain words (e.g. 'jawline and jowl threads'). */
  readonly usedFor: string;
  readonly source: string;
}

export interface Ligament {
  readonly id: string;
  readonly name: string;
  readonly side: Side;
  readonly centre: FacePoint;
  readonly radiusMm: number;
  readonly source: string;
}

/** One stroke of the face drawing (outline, brows, eyes, nose, lips, ears, jaw, neck, hair). */
export interface FaceStroke {
  readonly id: string;
  readonly part:
    | 'outline'
    | 'hairline'
    | 'brow'
    | 'eye'
    | 'iris'
    | 'nose'
    | 'lips'
    | 'ear'
    | 'jaw'
    | 'neck'
    | 'crease';
  readonly points: FacePolyline;
  readonly closed: boolean;
  /** Smooth the polyline with a curve through its points when drawing. */
  readonly smooth: boolean;
  /** Filled shapes (iris, lips) get the part's fill colour. */
  readonly filled: boolean;
}

export interface Atlas {
  readonly id: string;
  readonly version: number;
  readonly description: string;
  readonly bounds: FaceBounds;
  /** Named landmarks, e.g. 'tragus-left', 'mouth-corner-right', 'lateral-canthus-left'. */
  readonly landmarks: Readonly<Record<string, FacePoint>>;
  readonly drawing: readonly FaceStroke[];
  readonly regions: readonly Region[];
  readonly muscles: readonly Muscle[];
  readonly dangerZones: readonly DangerZone[];
  readonly fixationZones: readonly FixationZone[];
  readonly ligaments: readonly Ligament[];
  /**
   * The line between the fixed lateral face (behind it, where the retaining ligaments are) and
   * the mobile face in front of it: a vertical line down from the lateral orbital rim, one per side.
   */
  readonly fixedMobileLine: { readonly right: FacePolyline; readonly left: FacePolyline };
  /**
   * The head and neck silhouette without the ears: the area the regions tile. Optional so older
   * or user atlases without it stay valid; the canonical atlas always has it.
   */
  readonly silhouette?: FacePolygon;
  /**
   * The face as a surface (shared/surface): every frontal point lifts onto the skin, so lengths
   * are true skin lengths and the face can be seen from the side. Optional: an atlas without one
   * is measured on the flat frontal diagram (FLAT_SURFACE), as every atlas was before.
   */
  readonly surface?: FaceSurface;
}
