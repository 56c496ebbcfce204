import type { FacePoint, FacePolyline } from '../geometry/types';
import { englishSidedName } from './names';
import { mirrorId, mirrorPoints, withMirrors } from './mirror';
import type { AnchorLayer, FixationZone, FixationZoneKind } from './types';

/**
 * Fixation zones of the patient's left side (the right side is their mirror) and the line
 * between the fixed and the mobile face. Source: shared/domain.md (fixation). The first three
 * zones were placed with the frontal view's old foreshortening estimate (about 0.4 x for
 * distances in front of the tragus, see danger-zones.ts and docs/atlas.md). The zones added
 * with the face surface (pre-auricular SMAS, mastoid fascia, temporal scalp) are placed with
 * true distances on the canonical surface (shared/surface): "n mm in front of the tragus" is
 * where the skin lies n mm further forward (z) than the tragus, as it would be measured on a
 * profile photograph. Near the side of the face that is far steeper than 0.4 x: 10 mm in front
 * of the tragus at its level is only about 2 mm of frontal x, 30 mm about 6 mm.
 */

const p = (x: number, y: number): FacePoint => ({ x, y });

interface FixationSpec {
  readonly key: FixationZoneKind;
  readonly outline: readonly FacePoint[];
  readonly layer: AnchorLayer;
  readonly usedFor: string;
  readonly source: string;
}

const LEFT_SPECS: readonly FixationSpec[] = [
  {
    key: 'deep-temporal-fascia',
    // 1-3 cm in front of the tragus -> x 72..64 in this view; from the temporal crest (y -46)
    // down to just above the arch, kept behind the temporal branch band (danger-zones.ts).
    outline: [p(62, -46), p(73, -46), p(74, -6), p(67, -6)],
    layer: 'deep-fascia',
    usedFor: 'midface and brow threads',
    source: 'Safe anchoring band 1-3 cm in front of the tragus, between the temporal lines: shared/domain.md. Placed in the frontal view at x 64-72 (foreshortened) above the zygomatic arch, behind the temporal branch.',
  },
  {
    key: 'zygomatic-arch',
    outline: [p(52, 13), p(62, 14.5), p(72, 17), p(72, 23), p(62, 21.5), p(52, 19)],
    layer: 'periosteum',
    usedFor: 'midface, jowl and jawline threads',
    source: 'Zygomatic arch periosteum as a fixation zone: shared/domain.md. The arch runs from the malar body (52,16) to in front of the tragus (72,20).',
  },
  {
    key: 'lateral-orbital-rim',
    outline: [p(46.5, -12), p(52, -12), p(52, 14), p(46.5, 14)],
    layer: 'periosteum',
    usedFor: 'brow and upper midface threads',
    source: 'Lateral orbital rim periosteum as a fixation zone: shared/domain.md. The rim runs at x 49 from y -12 to 14.',
  },
  {
    key: 'preauricular-smas',
    // From below the temporal branch band (which leaves the face 0.5 cm below the tragus, y 27-31
    // here) down to the ear lobe (y 50); front edge 30 mm and back edge 5 mm in front of the
    // tragus on the canonical surface (at y 32 / 40 / 50: x 70.4 / 69.3 / 67.5 and 74.7 / 73.8 /
    // 72.0, measured with shared/surface; docs/atlas.md).
    outline: [p(70.4, 33), p(74.7, 33), p(73.8, 40), p(72, 50), p(67.5, 50), p(69.3, 40)],
    layer: 'smas',
    usedFor: 'jawline and jowl threads',
    source: 'The fixed pre-auricular SMAS / parotid-masseteric fascia in front of the tragus, used to anchor jawline and jowl threads: shared/domain.md (fixation). It lies behind the line down from the lateral orbital rim, where the SMAS is held to the parotid capsule and the retaining ligaments. Extent: design choice: 0.5-3 cm in front of the tragus (true distance on the face surface), from below the temporal branch of the facial nerve to the ear lobe, above the great auricular nerve.',
  },
  {
    key: 'mastoid-fascia',
    // The mastoid lies behind the ear lobe: in the frontal view its front is the silhouette just
    // below the lobe (landmark mastoid (74,56)); the zone covers that edge and a few mm of skin
    // in front of it, where a neck thread's entry sits.
    outline: [p(68.5, 52), p(76, 52), p(76, 62), p(67.5, 62)],
    layer: 'deep-fascia',
    usedFor: 'neck threads',
    source: 'The mastoid fascia (the dense fascia over the mastoid process and the sternocleidomastoid insertion behind the ear lobe) as the anchor of neck threads: shared/domain.md (fixation). Extent: design choice: around the mastoid landmark, from the lobe 10 mm down, where the skin is fixed to the mastoid; kept above McKinney\'s point (great auricular nerve, 6.5 cm below the ear canal).',
  },
  {
    key: 'temporal-scalp',
    // Above the deep temporal fascia band (top y -46) in the hair-bearing temple, lateral to the
    // temporal line (x 55-57) so the mobile forehead (medial to the fixed/mobile line) stays out.
    outline: [p(57, -48), p(74.5, -48), p(72, -62), p(64, -78), p(55.5, -72)],
    layer: 'galea',
    usedFor: 'brow threads',
    source: 'The temporal scalp: the galea and its continuation the temporoparietal fascia under the hair-bearing scalp above the temple, used to anchor brow threads: shared/domain.md (fixation). Extent: design choice: from the top of the deep temporal fascia band up to the temporal hairline, lateral to the temporal line.',
  },
];

function toZone(s: FixationSpec): FixationZone {
  return {
    id: `${s.key}-left`,
    kind: s.key,
    side: 'left',
    name: englishSidedName('fixationZone', s.key, 'left'),
    outline: s.outline,
    layer: s.layer,
    usedFor: s.usedFor,
    source: s.source,
  };
}

function mirrorZone(z: FixationZone): FixationZone {
  return { ...z, id: mirrorId(z.id), side: 'right', name: englishSidedName('fixationZone', z.kind, 'right'), outline: mirrorPoints(z.outline) };
}

export const FIXATION_ZONES: readonly FixationZone[] = withMirrors(LEFT_SPECS.map(toZone), mirrorZone);

/**
 * The fixed/mobile line: vertical, down from the lateral orbital rim (x 49) to below the
 * mandibular border. Lateral to it lies the fixed face where the retaining ligaments hold;
 * medial to it the mobile face (shared/domain.md).
 */
const LEFT_LINE: FacePolyline = [p(49, -12), p(49, 120)];

export const FIXED_MOBILE_LINE: { readonly right: FacePolyline; readonly left: FacePolyline } = {
  left: LEFT_LINE,
  right: mirrorPoints(LEFT_LINE),
};
