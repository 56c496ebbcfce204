import type { FacePoint } from '../geometry/types';
import { mirrorId, mirrorPoints, withMirrors } from './mirror';
import { bandAround, circle } from './shapes';
import { TISSUE_BY_KIND, depthToSmas } from './tissue';
import type { DangerZone, DangerZoneKind, StructureKind, TissueLayerName } from './types';

/**
 * Danger zones of the patient's left side (the right side is their mirror): nerves, the parotid
 * duct and arteries, at average positions (people vary). Positions come from shared/domain.md;
 * distances there are measured along the skin from the tragus or mouth corner, while this atlas
 * is a frontal view in which the side of the face is foreshortened. Lateral distances in front
 * of the tragus are therefore drawn at about 0.4 x their skin distance (10 mm -> 4 mm in x);
 * vertical distances and distances on the front of the face are drawn 1:1.
 *
 * `depthFromMm` is where the structure begins below the skin. It is derived from the tissue table
 * (tissue.ts) of the region the structure crosses, so it stays consistent with tissueAt():
 * nerves that run under the SMAS start at skin + superficial fat; vessels that run in the fat
 * start part-way into it. A lifting thread in the middle of the superficial fat (the catalogue's
 * default 4.5 mm) passes above every nerve and the duct, which is why standard subcutaneous
 * vectors are safe as they are in practice; the same thread through the nasolabial facial artery
 * or the angular artery zone is not.
 */

const p = (x: number, y: number): FacePoint => ({ x, y });
const round1 = (v: number): number => Math.round(v * 10) / 10;

interface ZoneSpec {
  readonly key: string;
  readonly kind: DangerZoneKind;
  readonly structure: StructureKind;
  readonly name: string;
  readonly course: readonly FacePoint[];
  readonly outline: readonly FacePoint[];
  readonly layer: TissueLayerName;
  readonly depthFromMm: number;
  readonly source: string;
}

// Temporal (frontal) branch: 0.5 cm below the tragus (76,22) -> (76,27), to 1.5 cm above the
// brow tail (54,-13) -> (54,-28). Its rami cross the zygomatic arch 10-31 mm in front of the
// tragus, i.e. x 72..64 at the arch (y ~18) in this view; the band spans that spread.
const TEMPORAL_COURSE = [p(76, 27), p(70, 12), p(63, -6), p(54, -28)];
const TEMPORAL_OUTLINE = [p(78, 29), p(73, 18), p(66, -6), p(59, -33), p(49, -33), p(55, -9), p(63, 17), p(71, 31)];

// Parotid duct: middle third of the line tragus (76,22) -> mouth corner (25,72).
const DUCT_COURSE = [p(59, 38.67), p(42, 55.33)];

// Facial artery: crosses the mandible at the front of the masseter, passes ~13.5 mm lateral to
// the mouth corner (25,72) -> (38.5,72), then runs up along the nasolabial fold to the ala.
const FACIAL_DEEP_COURSE = [p(47, 112), p(43, 92), p(38.5, 72)];
const FACIAL_FOLD_COURSE = [p(38.5, 72), p(33, 61), p(27, 51), p(22, 45)];

// Angular artery: the facial artery's end, beside the nose from the ala to the medial canthus.
const ANGULAR_COURSE = [p(21, 44), p(17, 31), p(14, 17), p(13, 5)];

// Superficial temporal artery: trunk in front of the tragus, frontal branch passing ~37 mm above
// and 17 mm in front of the tragus -> (69,-15) in this view, then forward toward the forehead.
const STA_COURSE = [p(74, 26), p(73, 8), p(72, -4), p(68, -15), p(61, -30), p(53, -42)];

// Marginal mandibular branch: along the mandibular border from the angle forward to where the
// facial artery crosses, and up to 1.5 cm below the border.
const MANDIBULAR_COURSE = [p(58, 94), p(50, 106), p(42, 112), p(32, 119)];
const MANDIBULAR_OUTLINE = [p(60, 88), p(55, 95), p(47, 106), p(38, 112), p(30, 116), p(30, 131), p(40, 129), p(52, 122), p(60, 110), p(64, 96)];

// Seckel zone 2: 2 cm radius centred 2 cm behind the mouth corner, on the mandible.
const SECKEL_CENTRE = p(45, 109);

// Zygomatic and buccal branches: near the zygomatic ligament and the upper masseteric
// ligaments, ~45 mm in front of the tragus -> x ~58 in this view; they run forward under the SMAS.
const ZYGO_BUCCAL_COURSE = [p(64, 28), p(56, 30), p(50, 36), p(54, 52)];
const ZYGO_BUCCAL_OUTLINE = [p(66, 22), p(60, 22), p(52, 26), p(46, 34), p(48, 48), p(54, 60), p(61, 58), p(59, 44), p(66, 34)];

// Great auricular nerve: crosses the sternocleidomastoid ~6.5 cm below the ear canal
// (tragus y 22 -> y ~87), behind the ramus; runs up toward the ear lobe.
const GREAT_AURICULAR_COURSE = [p(54, 128), p(57, 108), p(62, 88), p(68, 66), p(72, 54)];

const temporalDepth = depthToSmas('temple');
const stDepth = round1(depthToSmas('temple') - 0.5);
const submalarToSmas = depthToSmas('submalar');
const ductDepth = round1(depthToSmas('submalar') + TISSUE_BY_KIND.submalar.tissue.smasMm);
const jowlToSmas = depthToSmas('jowl');
const neckToSmas = depthToSmas('neck');
const nasolabial = TISSUE_BY_KIND.nasolabial.tissue;
const foldArteryDepth = round1(nasolabial.skinMm + nasolabial.fatMm / 2);
const nose = TISSUE_BY_KIND.nose.tissue;
const angularDepth = round1(nose.skinMm + nose.fatMm / 2);

const LEFT_SPECS: readonly ZoneSpec[] = [
  {
    key: 'temporal-branch',
    kind: 'temporal-branch',
    structure: 'nerve',
    name: 'Temporal (frontal) branch of the facial nerve',
    course: TEMPORAL_COURSE,
    outline: TEMPORAL_OUTLINE,
    layer: 'smas',
    depthFromMm: temporalDepth,
    source: `Course from 0.5 cm below the tragus to 1.5 cm above the lateral brow, crossing the zygomatic arch 10-31 mm in front of the tragus: shared/domain.md; placed by landmark in the frontal view (arch crossing at x 64-72). Depth: runs under the temporoparietal fascia (the temple's SMAS), so it begins at temple skin + fat = ${temporalDepth} mm (tissue.ts); counting the whole fascia as at risk is the conservative design choice.`,
  },
  {
    key: 'zygomatic-buccal-branches',
    kind: 'zygomatic-buccal-branches',
    structure: 'nerve',
    name: 'Zygomatic and buccal branches of the facial nerve',
    course: ZYGO_BUCCAL_COURSE,
    outline: ZYGO_BUCCAL_OUTLINE,
    layer: 'sub-smas',
    depthFromMm: submalarToSmas,
    source: `Near the zygomatic and masseteric ligaments, ~45 mm in front of the tragus: shared/domain.md; placed by landmark around those ligaments in the frontal view. Depth: under the SMAS, becoming more superficial at the ligaments, so it begins at cheek skin + fat = ${submalarToSmas} mm (design choice: the SMAS itself counted as at risk).`,
  },
  {
    key: 'marginal-mandibular-branch',
    kind: 'marginal-mandibular-branch',
    structure: 'nerve',
    name: 'Marginal mandibular branch of the facial nerve',
    course: MANDIBULAR_COURSE,
    outline: MANDIBULAR_OUTLINE,
    layer: 'sub-smas',
    depthFromMm: jowlToSmas,
    source: `Along the mandibular border and up to 1.5 cm below it: shared/domain.md. Depth: deep to the platysma, so it begins at jowl skin + fat = ${jowlToSmas} mm (tissue.ts).`,
  },
  {
    key: 'seckel-zone-2',
    kind: 'marginal-mandibular-branch',
    structure: 'nerve',
    name: 'Marginal mandibular branch: Seckel zone 2',
    course: MANDIBULAR_COURSE,
    outline: circle(SECKEL_CENTRE, 20, 28),
    layer: 'sub-smas',
    depthFromMm: jowlToSmas,
    source: `Seckel zone 2: a 2 cm radius centred 2 cm behind the mouth corner on the jaw: shared/domain.md (centre at the mandibular border below a point 20 mm lateral to the mouth corner). Depth: deep to the platysma, jowl skin + fat = ${jowlToSmas} mm.`,
  },
  {
    key: 'great-auricular-nerve',
    kind: 'great-auricular-nerve',
    structure: 'nerve',
    name: 'Great auricular nerve',
    course: GREAT_AURICULAR_COURSE,
    outline: bandAround(GREAT_AURICULAR_COURSE.slice(1, 4), 6),
    layer: 'sub-smas',
    depthFromMm: neckToSmas,
    source: `Crosses the sternocleidomastoid about 6.5 cm below the ear canal: shared/domain.md; in the frontal view that is behind the mandibular ramus at y ~87, drawn along the posterior silhouette toward the ear lobe. Depth: on the muscle under the superficial cervical fascia, beginning at neck skin + fat = ${neckToSmas} mm.`,
  },
  {
    key: 'parotid-duct',
    kind: 'parotid-duct',
    structure: 'duct',
    name: 'Parotid duct',
    course: DUCT_COURSE,
    outline: bandAround(DUCT_COURSE, 5),
    layer: 'sub-smas',
    depthFromMm: ductDepth,
    source: `On the middle third of the line from the tragus to the mouth corner: shared/domain.md. Depth: on the masseter under the SMAS, from cheek skin + fat + SMAS = ${ductDepth} mm.`,
  },
  {
    key: 'facial-artery-mandible',
    kind: 'facial-artery',
    structure: 'artery',
    name: 'Facial artery (jaw and lower cheek)',
    course: FACIAL_DEEP_COURSE,
    outline: bandAround(FACIAL_DEEP_COURSE, 4.5),
    layer: 'sub-smas',
    depthFromMm: jowlToSmas,
    source: `Crosses the mandible in front of the masseter and passes ~13.5 mm lateral to the mouth corner: shared/domain.md. Depth: deep at the jaw (under the platysma), from jowl skin + fat = ${jowlToSmas} mm.`,
  },
  {
    key: 'facial-artery-nasolabial',
    kind: 'facial-artery',
    structure: 'artery',
    name: 'Facial artery (along the nasolabial fold)',
    course: FACIAL_FOLD_COURSE,
    outline: bandAround(FACIAL_FOLD_COURSE, 4),
    layer: 'subcutaneous',
    depthFromMm: foldArteryDepth,
    source: `Runs along the nasolabial fold toward the ala: shared/domain.md. Depth: more superficial here, within the subcutaneous fat: design choice: from nasolabial skin + half the fat = ${foldArteryDepth} mm.`,
  },
  {
    key: 'angular-artery',
    kind: 'angular-artery',
    structure: 'artery',
    name: 'Angular artery',
    course: ANGULAR_COURSE,
    outline: bandAround(ANGULAR_COURSE, 3.5),
    layer: 'subcutaneous',
    depthFromMm: angularDepth,
    source: `Beside the nose, from the ala toward the medial canthus: shared/domain.md. Depth: design choice: in the thin subcutaneous tissue of the nasal sidewall, from nose skin + half the fat = ${angularDepth} mm.`,
  },
  {
    key: 'superficial-temporal-artery',
    kind: 'superficial-temporal-artery',
    structure: 'artery',
    name: 'Superficial temporal artery (frontal branch)',
    course: STA_COURSE,
    outline: bandAround(STA_COURSE, 3.5),
    layer: 'subcutaneous',
    depthFromMm: stDepth,
    source: `Frontal branch about 37 mm above and 17 mm in front of the tragus: shared/domain.md; drawn at (69,-15) with the trunk in front of the tragus. Depth: design choice: on the temporoparietal fascia at the bottom of the superficial fat, from temple skin + fat - 0.5 mm = ${stDepth} mm.`,
  },
];

function toZone(s: ZoneSpec): DangerZone {
  return {
    id: `${s.key}-left`,
    kind: s.kind,
    structure: s.structure,
    side: 'left',
    name: `${s.name} (left)`,
    outline: s.outline,
    course: s.course,
    layer: s.layer,
    depthFromMm: s.depthFromMm,
    source: s.source,
  };
}

function mirrorZone(z: DangerZone): DangerZone {
  return {
    ...z,
    id: mirrorId(z.id),
    side: 'right',
    name: z.name.replace('(left)', '(right)'),
    outline: mirrorPoints(z.outline),
    course: mirrorPoints(z.course),
  };
}

export const DANGER_ZONES: readonly DangerZone[] = withMirrors(LEFT_SPECS.map(toZone), mirrorZone);
