import type { ThreadType } from './types';

/**
 * Built-in generic thread types (no brands). Figures that rest on published data cite
 * shared/domain.md; the rest say "design choice". Users may add their own types later; those
 * pass the same validator (validate.ts).
 *
 * Holding force: cog threads ~1.9 N and smooth monofilament ~0.2 N in cadaver tissue
 * (shared/domain.md). Absorption: PDO ~6 months, PLLA / PLLA-PLGA 12-18 months, PCL ~2 years
 * (shared/domain.md).
 *
 * Default depth: lifting threads sit in the middle of the superficial fat. With skin ~1.7-2.1 mm
 * and fat ~4.0-5.6 mm over the midface, temple and jowl (atlas tissue table), 4.5 mm is inside
 * the fat everywhere a lifting vector usually runs and above the SMAS-level nerves
 * (design choice). Subdermal mono and screw threads lie just under the dermis: 2.5-3 mm
 * (design choice, skin 2.1 +/- 0.4 mm along the temple, shared/domain.md).
 */

const PDO = 'Absorbed in ~6 months (shared/domain.md).';
const PLLA = 'Absorbed in 12-18 months, stimulates collagen (shared/domain.md).';
const PCL = 'Absorbed in ~2 years (shared/domain.md).';
const COG_FORCE = 'Holding force ~1.9 N: cog thread in cadaver tissue (shared/domain.md).';
const MONO_FORCE = 'Holding force ~0.2 N: smooth monofilament in cadaver tissue (shared/domain.md); for tightening, not lifting.';
const DEPTH_SUBCUT = 'Default depth 4.5 mm: middle of the superficial fat (design choice).';
const DEPTH_SUBDERMAL = 'Default depth just under the dermis (design choice).';
const CONE_FORCE =
  'Holding force 4 N: design choice: the upper load of the published finite-element model of a cone suture (2 N moves tissue ~4.4 mm, 4 N ~7.6 mm; more cones lower peak strain ~20% and stress ~60% rather than adding pull; shared/domain.md).';
const CONE_LENGTH = 'Length 200 mm: design choice, the longest entry-to-exit path a double-needle cone suture leaves room for.';

export const THREAD_CATALOGUE: readonly ThreadType[] = [
  {
    id: 'pdo-mono-29g-38',
    name: 'PDO mono 29G 38 mm',
    material: 'PDO',
    configuration: 'mono',
    barbStyle: null,
    coneCount: null,
    lengthMm: 38,
    minPathMm: 0,
    gauge: '29G',
    usp: '6-0',
    absorptionMonths: 6,
    layer: 'subdermal',
    purpose: 'tightening',
    holdingForceN: 0.2,
    defaultDepthMm: 2.5,
    source: `${PDO} ${MONO_FORCE} ${DEPTH_SUBDERMAL} Length and gauge: typical generic mono thread.`,
  },
  {
    id: 'pdo-mono-27g-60',
    name: 'PDO mono 27G 60 mm',
    material: 'PDO',
    configuration: 'mono',
    barbStyle: null,
    coneCount: null,
    lengthMm: 60,
    minPathMm: 0,
    gauge: '27G',
    usp: '5-0',
    absorptionMonths: 6,
    layer: 'subdermal',
    purpose: 'tightening',
    holdingForceN: 0.2,
    defaultDepthMm: 2.8,
    source: `${PDO} ${MONO_FORCE} ${DEPTH_SUBDERMAL} Length and gauge: typical generic mono thread.`,
  },
  {
    id: 'pdo-screw-26g-60',
    name: 'PDO screw 26G 60 mm',
    material: 'PDO',
    configuration: 'screw',
    barbStyle: null,
    coneCount: null,
    lengthMm: 60,
    minPathMm: 0,
    gauge: '26G',
    usp: '5-0',
    absorptionMonths: 6,
    layer: 'subdermal',
    purpose: 'tightening',
    holdingForceN: 0.2,
    defaultDepthMm: 3,
    source: `${PDO} Screw (twisted) smooth thread for volume and tightening; holding force taken as the smooth-monofilament figure ~0.2 N (shared/domain.md). ${DEPTH_SUBDERMAL}`,
  },
  {
    id: 'pdo-cog-uni-19g-100',
    name: 'PDO cog, unidirectional, 19G 100 mm',
    material: 'PDO',
    configuration: 'cog-uni',
    barbStyle: 'cut',
    coneCount: null,
    lengthMm: 100,
    minPathMm: 50,
    gauge: '19G',
    usp: '1-0',
    absorptionMonths: 6,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 1.9,
    defaultDepthMm: 4.5,
    source: `${PDO} ${COG_FORCE} ${DEPTH_SUBCUT} Minimum path 50 mm: design choice, the barbed half of the thread must lie in tissue.`,
  },
  {
    id: 'pdo-cog-bi-19g-100',
    name: 'PDO cog, bidirectional, 19G 100 mm',
    material: 'PDO',
    configuration: 'cog-bi',
    barbStyle: 'cut',
    coneCount: null,
    lengthMm: 100,
    minPathMm: 60,
    gauge: '19G',
    usp: '1-0',
    absorptionMonths: 6,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 1.9,
    defaultDepthMm: 4.5,
    source: `${PDO} ${COG_FORCE} ${DEPTH_SUBCUT} Minimum path 60 mm: design choice, both barb groups must lie in tissue.`,
  },
  {
    id: 'pdo-cog-bi-18g-150',
    name: 'PDO moulded cog, bidirectional, 18G 150 mm',
    material: 'PDO',
    configuration: 'cog-bi',
    barbStyle: 'moulded',
    coneCount: null,
    lengthMm: 150,
    minPathMm: 90,
    gauge: '18G',
    usp: '0',
    absorptionMonths: 6,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 1.9,
    defaultDepthMm: 4.5,
    source: `${PDO} ${COG_FORCE} ${DEPTH_SUBCUT} Minimum path 90 mm: design choice, both barb groups must lie in tissue.`,
  },
  {
    id: 'plla-cog-bi-19g-150',
    name: 'PLLA cog, bidirectional, 19G 150 mm',
    material: 'PLLA',
    configuration: 'cog-bi',
    barbStyle: 'cut',
    coneCount: null,
    lengthMm: 150,
    minPathMm: 90,
    gauge: '19G',
    usp: '1-0',
    absorptionMonths: 15,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 1.9,
    defaultDepthMm: 4.5,
    source: `${PLLA} Absorption given as 15 months, the middle of the range. ${COG_FORCE} ${DEPTH_SUBCUT} Minimum path 90 mm: design choice.`,
  },
  {
    id: 'pcl-cog-bi-19g-150',
    name: 'PCL cog, bidirectional, 19G 150 mm',
    material: 'PCL',
    configuration: 'cog-bi',
    barbStyle: 'cut',
    coneCount: null,
    lengthMm: 150,
    minPathMm: 90,
    gauge: '19G',
    usp: '1-0',
    absorptionMonths: 24,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 1.9,
    defaultDepthMm: 4.5,
    source: `${PCL} ${COG_FORCE} ${DEPTH_SUBCUT} Minimum path 90 mm: design choice.`,
  },
  {
    id: 'plla-cone-8',
    name: 'PLLA-PLGA cone thread, 8 cones',
    material: 'PLLA-PLGA',
    configuration: 'cone',
    barbStyle: null,
    coneCount: 8,
    lengthMm: 200,
    minPathMm: 60,
    gauge: '18G',
    usp: '3-0',
    absorptionMonths: 15,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 4,
    defaultDepthMm: 4.5,
    source: `${PLLA} 8 cones need at least 6 cm entry-to-exit (shared/domain.md). ${CONE_FORCE} ${DEPTH_SUBCUT} ${CONE_LENGTH}`,
  },
  {
    id: 'plla-cone-12',
    name: 'PLLA-PLGA cone thread, 12 cones',
    material: 'PLLA-PLGA',
    configuration: 'cone',
    barbStyle: null,
    coneCount: 12,
    lengthMm: 200,
    minPathMm: 90,
    gauge: '18G',
    usp: '3-0',
    absorptionMonths: 15,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 4,
    defaultDepthMm: 4.5,
    source: `${PLLA} 12 cones need at least 9 cm entry-to-exit (shared/domain.md). ${CONE_FORCE} ${DEPTH_SUBCUT} ${CONE_LENGTH}`,
  },
  {
    id: 'plla-cone-16',
    name: 'PLLA-PLGA cone thread, 16 cones',
    material: 'PLLA-PLGA',
    configuration: 'cone',
    barbStyle: null,
    coneCount: 16,
    lengthMm: 200,
    minPathMm: 110,
    gauge: '18G',
    usp: '3-0',
    absorptionMonths: 15,
    layer: 'subcutaneous',
    purpose: 'lifting',
    holdingForceN: 4,
    defaultDepthMm: 4.5,
    source: `${PLLA} 16 cones need at least 11 cm entry-to-exit (shared/domain.md). ${CONE_FORCE} ${DEPTH_SUBCUT} ${CONE_LENGTH}`,
  },
];

/** A thread type by id, or null when the catalogue has none (e.g. a plan from another clinic). */
export function findThreadType(catalogue: readonly ThreadType[], id: string): ThreadType | null {
  return catalogue.find((t) => t.id === id) ?? null;
}
