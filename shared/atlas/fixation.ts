import type { FacePoint, FacePolyline } from '../geometry/types';
import { mirrorId, mirrorPoints, withMirrors } from './mirror';
import type { FixationZone, FixationZoneKind } from './types';

/**
 * Fixation zones of the patient's left side (the right side is their mirror) and the line
 * between the fixed and the mobile face. Source: shared/domain.md (fixation). Lateral distances
 * in front of the tragus are foreshortened in this frontal view (about 0.4 x, see
 * danger-zones.ts and docs/atlas.md).
 */

const p = (x: number, y: number): FacePoint => ({ x, y });

interface FixationSpec {
  readonly key: FixationZoneKind;
  readonly name: string;
  readonly outline: readonly FacePoint[];
  readonly source: string;
}

const LEFT_SPECS: readonly FixationSpec[] = [
  {
    key: 'deep-temporal-fascia',
    name: 'Deep temporal fascia',
    // 1-3 cm in front of the tragus -> x 72..64 in this view; from the temporal crest (y -46)
    // down to just above the arch, kept behind the temporal branch band (danger-zones.ts).
    outline: [p(62, -46), p(73, -46), p(74, -6), p(67, -6)],
    source: 'Safe anchoring band 1-3 cm in front of the tragus, between the temporal lines: shared/domain.md. Placed in the frontal view at x 64-72 (foreshortened) above the zygomatic arch, behind the temporal branch.',
  },
  {
    key: 'zygomatic-arch',
    name: 'Zygomatic arch periosteum',
    outline: [p(52, 13), p(62, 14.5), p(72, 17), p(72, 23), p(62, 21.5), p(52, 19)],
    source: 'Zygomatic arch periosteum as a fixation zone: shared/domain.md. The arch runs from the malar body (52,16) to in front of the tragus (72,20).',
  },
  {
    key: 'lateral-orbital-rim',
    name: 'Lateral orbital rim',
    outline: [p(46.5, -12), p(52, -12), p(52, 14), p(46.5, 14)],
    source: 'Lateral orbital rim periosteum as a fixation zone: shared/domain.md. The rim runs at x 49 from y -12 to 14.',
  },
];

function toZone(s: FixationSpec): FixationZone {
  return { id: `${s.key}-left`, kind: s.key, side: 'left', name: `${s.name} (left)`, outline: s.outline, source: s.source };
}

function mirrorZone(z: FixationZone): FixationZone {
  return { ...z, id: mirrorId(z.id), side: 'right', name: z.name.replace('(left)', '(right)'), outline: mirrorPoints(z.outline) };
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
