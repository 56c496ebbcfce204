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
 * `depthFromMm` is where the structure begins below the skin. The facial nerve branches, the
 * parotid duct and the deep vessels lie at or beneath the SMAS (in the temple: the temporoparietal
 * fascia, TPF), so they begin at skin + superficial fat, and those that run under the SMAS at
 * skin + fat + SMAS. In the temple and in front of the ear the depths use the figures measured
 * along exactly those paths (shared/domain.md: skin 2.1 +/- 0.4 mm, superficial fat
 * 5.2 +/- 1.9 mm, so the TPF begins at about 7.3 mm); in the cheek, jowl and neck they come from
 * the tissue table (tissue.ts). The subcutaneous plane where lifting threads belong (about 3-6 mm)
 * therefore passes above every nerve, the duct and the deep arteries with the danger-zone rule's
 * 1 mm margin to spare, while a path at the SMAS / fascia or deeper is caught. The nasolabial
 * facial artery and the angular artery run in the fat and stay within reach on purpose.
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

// Superficial temporal artery: trunk just in front of the tragus, rising over the zygomatic arch;
// the frontal branch then curves forward and up across the temple toward the forehead. domain.md
// gives the frontal branch ~37 mm above and 17 mm in front of the tragus, i.e. (69,-15) in this
// view, but the same document puts the safe anchoring band (deep temporal fascia, 1-3 cm in front
// of the tragus: x 64-72) right there, and that band is defined as clear of the artery and the
// temporal branch. The band wins (it is where anchoring is standard practice): the frontal branch
// is drawn leaving the trunk just above the arch and running in front of (medial to) the band,
// which keeps it within the reported spread of the branch's course (people vary widely).
const STA_COURSE = [p(74, 26), p(74, 12), p(71, 4), p(65, 0), p(60, -8), p(56.5, -20), p(52, -34), p(46, -46)];

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

// Temple and pre-auricular paths, measured (shared/domain.md): skin 2.1 mm + superficial fat 5.2 mm.
const TEMPLE_PATH_SKIN_MM = 2.1;
const TEMPLE_PATH_FAT_MM = 5.2;
const tpfDepth = round1(TEMPLE_PATH_SKIN_MM + TEMPLE_PATH_FAT_MM);
const submalar = TISSUE_BY_KIND.submalar.tissue;
const underCheekSmas = round1(depthToSmas('submalar') + submalar.smasMm);
const jowl = TISSUE_BY_KIND.jowl.tissue;
const underPlatysma = round1(depthToSmas('jowl') + jowl.smasMm);
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
    depthFromMm: tpfDepth,
    source: `Course from 0.5 cm below the tragus to 1.5 cm above the lateral brow, crossing the zygomatic arch 10-31 mm in front of the tragus: shared/domain.md; placed by landmark in the frontal view (arch crossing at x 64-72), in front of the deep temporal fascia anchoring band. Depth: runs in and under the temporoparietal fascia (the temple's SMAS), beneath the subcutaneous fat. Along temple and pre-auricular paths skin is 2.1 +/- 0.4 mm and superficial fat 5.2 +/- 1.9 mm (shared/domain.md), so the fascia begins at about ${tpfDepth} mm; counting the whole fascia as at risk is the conservative design choice. The subcutaneous plane (about 3-6 mm) passes above it.`,
  },
  {
    key: 'zygomatic-buccal-branches',
    kind: 'zygomatic-buccal-branches',
    structure: 'nerve',
    name: 'Zygomatic and buccal branches of the facial nerve',
    course: ZYGO_BUCCAL_COURSE,
    outline: ZYGO_BUCCAL_OUTLINE,
    layer: 'sub-smas',
    depthFromMm: underCheekSmas,
    source: `Near the zygomatic and masseteric ligaments, ~45 mm in front of the tragus: shared/domain.md; placed by landmark around those ligaments in the frontal view, below the zygomatic arch (clear of the temple entry area). Depth: the branches run deep to the SMAS, so they begin at cheek skin + fat + SMAS = ${underCheekSmas} mm (tissue.ts). Lifting threads in the subcutaneous fat (4-6 mm) pass above them; a path in the SMAS comes within the rule's 1 mm margin and is caught.`,
  },
  {
    key: 'marginal-mandibular-branch',
    kind: 'marginal-mandibular-branch',
    structure: 'nerve',
    name: 'Marginal mandibular branch of the facial nerve',
    course: MANDIBULAR_COURSE,
    outline: MANDIBULAR_OUTLINE,
    layer: 'sub-smas',
    depthFromMm: underPlatysma,
    source: `Along the mandibular border and up to 1.5 cm below it: shared/domain.md. Depth: deep to the platysma (the SMAS of the lower face), so it begins at jowl skin + fat + platysma = ${underPlatysma} mm (tissue.ts); a path in the platysma comes within the rule's 1 mm margin.`,
  },
  {
    key: 'seckel-zone-2',
    kind: 'marginal-mandibular-branch',
    structure: 'nerve',
    name: 'Marginal mandibular branch: Seckel zone 2',
    course: MANDIBULAR_COURSE,
    outline: circle(SECKEL_CENTRE, 20, 28),
    layer: 'sub-smas',
    depthFromMm: underPlatysma,
    source: `Seckel zone 2: a 2 cm radius centred 2 cm behind the mouth corner on the jaw: shared/domain.md (centre at the mandibular border below a point 20 mm lateral to the mouth corner). Depth: deep to the platysma, jowl skin + fat + platysma = ${underPlatysma} mm.`,
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
    depthFromMm: underCheekSmas,
    source: `On the middle third of the line from the tragus to the mouth corner: shared/domain.md. Depth: on the masseter under the SMAS, from cheek skin + fat + SMAS = ${underCheekSmas} mm.`,
  },
  {
    key: 'facial-artery-mandible',
    kind: 'facial-artery',
    structure: 'artery',
    name: 'Facial artery (jaw and lower cheek)',
    course: FACIAL_DEEP_COURSE,
    outline: bandAround(FACIAL_DEEP_COURSE, 4.5),
    layer: 'sub-smas',
    depthFromMm: underPlatysma,
    source: `Crosses the mandible in front of the masseter and passes ~13.5 mm lateral to the mouth corner: shared/domain.md. Depth: deep at the jaw (under the platysma), from jowl skin + fat + platysma = ${underPlatysma} mm.`,
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
    layer: 'smas',
    depthFromMm: tpfDepth,
    source: `Frontal branch about 37 mm above and 17 mm in front of the tragus: shared/domain.md. Drawn with the trunk just in front of the tragus and the frontal branch curving forward in front of the deep temporal fascia anchoring band (1-3 cm in front of the tragus, shared/domain.md), which is defined as clear of the artery; where the two published average positions collide in this frontal view the band is kept clear (people vary). Depth: the trunk and the frontal branch run in the temporoparietal fascia (SMAS level), beneath the subcutaneous fat; along temple and pre-auricular paths skin is 2.1 +/- 0.4 mm and superficial fat 5.2 +/- 1.9 mm (shared/domain.md), so the artery begins at about ${tpfDepth} mm. The subcutaneous plane (about 3-6 mm) passes above it.`,
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
