import type { FacePoint } from '../geometry/types';
import { englishSidedName, structureName, type DangerZoneKey } from './names';
import { mirrorId, mirrorPoints, withMirrors } from './mirror';
import { bandAround, circle, ellipse } from './shapes';
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
 * skin + fat + SMAS. Every depth comes from the tissue table (tissue.ts), the same layer model the
 * depth profile draws and the depth rules use, so a path the profile shows in the temple's fascia
 * is in the temporal branch's layer too (issue 10: the temple zones once used the measured path
 * figures, 7.3 mm, while the table put the fascia at 6.1 mm). The subcutaneous plane where lifting
 * threads belong passes above every nerve, the duct and the deep arteries with the danger-zone
 * rule's 1 mm margin to spare, except at the very bottom of the fat, while a path at the SMAS /
 * fascia or deeper is caught. The nasolabial
 * facial artery and the angular artery run in the fat and stay within reach on purpose.
 */

const p = (x: number, y: number): FacePoint => ({ x, y });
const round1 = (v: number): number => Math.round(v * 10) / 10;

interface ZoneSpec {
  readonly key: DangerZoneKey;
  readonly kind: DangerZoneKind;
  readonly structure: StructureKind;
  readonly course: readonly FacePoint[];
  readonly outline: readonly FacePoint[];
  readonly layer: TissueLayerName;
  readonly depthFromMm: number;
  readonly depthByRegionMm?: DangerZone['depthByRegionMm'];
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
// gives the frontal branch ~37 mm above and 17 mm in front of the tragus. Placed with true
// distances on the face surface (shared/surface; docs/atlas.md): 37 mm above the tragus is y -15,
// and 17 mm in front is where the skin lies 17 mm further forward (z) than the tragus, x 75.5
// there. The trunk runs 5-10 mm in front of the tragus (x ~75-74.5 at y 26-0); above the point
// the branch keeps curving forward and up (30 mm forward at y -30: x 70.5; 45 mm at y -45: x 61.5).
// It crosses the deep temporal fascia band as it does in people: the band is anchored deep to the
// artery's layer, and the danger-zone rule flags a bite through the artery's layer there.
const STA_COURSE = [p(75, 26), p(74.8, 12), p(74.5, 0), p(75.5, -15), p(70.5, -30), p(61.5, -45), p(52, -55)];

// Marginal mandibular branch: along the mandibular border from the angle forward to where the
// facial artery crosses, and up to 1.5 cm below the border.
const MANDIBULAR_COURSE = [p(58, 94), p(50, 106), p(42, 112), p(32, 119)];
const MANDIBULAR_OUTLINE = [p(60, 88), p(55, 95), p(47, 106), p(38, 112), p(30, 116), p(30, 131), p(40, 129), p(52, 122), p(60, 110), p(64, 96)];

// Seckel's zone 3 (the marginal mandibular branch; zone 2 is the temporal branch): 2 cm radius
// centred 2 cm behind the mouth corner, on the mandible.
const SECKEL_CENTRE = p(45, 109);

// Zygomatic and buccal branches: near the zygomatic ligament and the upper masseteric
// ligaments, ~45 mm in front of the tragus -> x ~58 in this view; they run forward under the SMAS.
const ZYGO_BUCCAL_COURSE = [p(64, 28), p(56, 30), p(50, 36), p(54, 52)];
const ZYGO_BUCCAL_OUTLINE = [p(66, 22), p(60, 22), p(52, 26), p(46, 34), p(48, 48), p(54, 60), p(61, 58), p(59, 44), p(66, 34)];

// Great auricular nerve at McKinney's point (Seckel's zone 1): over the middle of the
// sternocleidomastoid 6.5 cm below the external acoustic meatus (tragus y 22 -> y 87). Behind the
// ramus the muscle faces sideways, so in the frontal view the point lies on the silhouette (x ~61
// at y 87 on the face surface) and 10 mm of skin around it is only ~3.5 mm of frontal x (the
// surface: 20 -> 30 mm forward spans x 61.3 -> 57.8 there). The zone is that 1 cm-radius patch of
// skin, so it stops short of the angle of the jaw (gonion 56,96).
const MCKINNEY = p(61, 87);
const GREAT_AURICULAR_COURSE = [p(60.5, 97), p(61, 87), p(62.5, 77)];

// The temple's fascia (the temporoparietal fascia, its SMAS) begins at temple skin + fat.
const tpfDepth = depthToSmas('temple');
// Above the brow the temporal branch leaves the fascia and enters the frontalis from beneath: it
// lies under the muscle there, at skin + fat + frontalis of the region it crosses.
const underFrontalis = (kind: 'brow' | 'forehead'): number => round1(depthToSmas(kind) + TISSUE_BY_KIND[kind].tissue.smasMm);
const temporalBranchAboveBrow = { brow: underFrontalis('brow'), forehead: underFrontalis('forehead') };
const submalar = TISSUE_BY_KIND.submalar.tissue;
const underCheekSmas = round1(depthToSmas('submalar') + submalar.smasMm);
const jowl = TISSUE_BY_KIND.jowl.tissue;
const underPlatysma = round1(depthToSmas('jowl') + jowl.smasMm);
const neck = TISSUE_BY_KIND.neck.tissue;
const underNeckSmas = round1(depthToSmas('neck') + neck.smasMm);
const nasolabial = TISSUE_BY_KIND.nasolabial.tissue;
const foldArteryDepth = round1(nasolabial.skinMm + nasolabial.fatMm / 2);
const nose = TISSUE_BY_KIND.nose.tissue;
const angularDepth = round1(nose.skinMm + nose.fatMm / 2);

const LEFT_SPECS: readonly ZoneSpec[] = [
  {
    key: 'temporal-branch',
    kind: 'temporal-branch',
    structure: 'nerve',
    course: TEMPORAL_COURSE,
    outline: TEMPORAL_OUTLINE,
    layer: 'smas',
    depthFromMm: tpfDepth,
    depthByRegionMm: temporalBranchAboveBrow,
    source: `Course from 0.5 cm below the tragus to 1.5 cm above the lateral brow, crossing the zygomatic arch 10-31 mm in front of the tragus: shared/domain.md; placed by landmark in the frontal view (arch crossing at x 64-72), in front of the deep temporal fascia anchoring band. Depth: runs on the undersurface of the temporoparietal fascia (the temple's SMAS; Seckel's zone 2), beneath the subcutaneous fat: from temple skin + fat = ${tpfDepth} mm, the tissue table's figure that the depth profile draws (tissue.ts); counting the whole fascia as at risk is the conservative design choice. Above the brow it enters the frontalis from its deep surface, so where the band crosses the brow and forehead it lies under the muscle: brow skin + fat + frontalis = ${temporalBranchAboveBrow.brow} mm, forehead ${temporalBranchAboveBrow.forehead} mm (tissue.ts); the brow's thinner fat puts it shallower there than in the temple.`,
  },
  {
    key: 'zygomatic-buccal-branches',
    kind: 'zygomatic-buccal-branches',
    structure: 'nerve',
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
    course: MANDIBULAR_COURSE,
    outline: MANDIBULAR_OUTLINE,
    layer: 'sub-smas',
    depthFromMm: underPlatysma,
    source: `Along the mandibular border and up to 1.5 cm below it: shared/domain.md. Depth: deep to the platysma (the SMAS of the lower face), so it begins at jowl skin + fat + platysma = ${underPlatysma} mm (tissue.ts); a path in the platysma comes within the rule's 1 mm margin.`,
  },
  {
    key: 'seckel-zone-3',
    kind: 'marginal-mandibular-branch',
    structure: 'nerve',
    course: MANDIBULAR_COURSE,
    outline: circle(SECKEL_CENTRE, 20, 28),
    layer: 'sub-smas',
    depthFromMm: underPlatysma,
    source: `Seckel's zone 3 (zone 2 is the temporal branch): a 2 cm radius centred 2 cm behind the mouth corner on the jaw: shared/domain.md (centre at the mandibular border below a point 20 mm lateral to the mouth corner). Depth: deep to the platysma, jowl skin + fat + platysma = ${underPlatysma} mm.`,
  },
  {
    key: 'great-auricular-nerve',
    kind: 'great-auricular-nerve',
    structure: 'nerve',
    course: GREAT_AURICULAR_COURSE,
    outline: ellipse(MCKINNEY.x, MCKINNEY.y, 3.5, 10, 20),
    layer: 'sub-smas',
    depthFromMm: underNeckSmas,
    source: `Sensory nerve of the lower ear and the skin over the jaw angle. Over the middle of the sternocleidomastoid 6.5 cm below the external acoustic meatus (McKinney's point, Seckel's zone 1): shared/domain.md; in the frontal view that is the silhouette behind the ramus at y 87; the zone is about 1 cm of skin around it (design choice), clear of the angle of the jaw. Depth: under the platysma / SMAS layer (shared/domain.md), so from neck skin + fat + platysma = ${underNeckSmas} mm (tissue.ts).`,
  },
  {
    key: 'parotid-duct',
    kind: 'parotid-duct',
    structure: 'duct',
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
    course: STA_COURSE,
    outline: bandAround(STA_COURSE, 3.5),
    layer: 'smas',
    depthFromMm: tpfDepth,
    source: `Frontal branch about 37 mm above and 17 mm in front of the tragus: shared/domain.md, placed with true distances on the face surface (y -15, x 75.5 where the skin lies 17 mm in front of the tragus); the trunk just in front of the tragus over the arch and the branch curving forward and up across the temple. Depth: the trunk and the frontal branch run in the temporoparietal fascia (SMAS level), beneath the subcutaneous fat: from temple skin + fat = ${tpfDepth} mm (tissue.ts).`,
  },
];

function toZone(s: ZoneSpec): DangerZone {
  return {
    id: `${s.key}-left`,
    kind: s.kind,
    structure: s.structure,
    side: 'left',
    name: englishSidedName('dangerZone', s.key, 'left'),
    outline: s.outline,
    course: s.course,
    layer: s.layer,
    depthFromMm: s.depthFromMm,
    ...(s.depthByRegionMm !== undefined ? { depthByRegionMm: s.depthByRegionMm } : {}),
    source: s.source,
  };
}

function mirrorZone(z: DangerZone): DangerZone {
  return {
    ...z,
    id: mirrorId(z.id),
    side: 'right',
    name: structureName(mirrorId(z.id), 'en'),
    outline: mirrorPoints(z.outline),
    course: mirrorPoints(z.course),
  };
}

export const DANGER_ZONES: readonly DangerZone[] = withMirrors(LEFT_SPECS.map(toZone), mirrorZone);
