import type { FacePoint } from '../geometry/types';
import { englishSidedName, structureName, type LigamentKey } from './names';
import { mirrorId, mirrorX, withMirrors } from './mirror';
import type { Ligament } from './types';

/**
 * Retaining ligaments of the patient's left side (the right side is their mirror). They hold the
 * skin to the bone or deep fascia and mark the fixed lateral face (shared/domain.md: fixation and
 * the fixed/mobile line; the zygomatic and masseteric ligaments lie ~45 mm in front of the tragus).
 * Centres are placed by landmark in the frontal view; radii show their usual extent (design
 * choice).
 */

const p = (x: number, y: number): FacePoint => ({ x, y });

interface LigamentSpec extends Omit<Ligament, 'id' | 'name'> {
  readonly key: LigamentKey;
}

const LEFT_SPECS: readonly LigamentSpec[] = [
  {
    key: 'temporal-adhesion',
    side: 'left',
    centre: p(55, -22),
    radiusMm: 5,
    source: 'Design choice: at the lateral end of the brow where the temporal line meets the orbital rim; anchors the lateral brow.',
  },
  {
    key: 'orbital-retaining-ligament',
    side: 'left',
    centre: p(40, 15),
    radiusMm: 6,
    source: 'Design choice: along the infero-lateral orbital rim, separating the lid from the cheek.',
  },
  {
    key: 'lateral-orbital-thickening',
    side: 'left',
    centre: p(50, 2),
    radiusMm: 4,
    source: 'Design choice: on the lateral orbital rim at the level of the lateral canthus.',
  },
  {
    key: 'zygomatic-ligament',
    side: 'left',
    centre: p(56, 27),
    radiusMm: 6,
    source: 'About 45 mm in front of the tragus at the lower border of the zygoma: shared/domain.md; placed by landmark below the arch-body junction in the frontal view.',
  },
  {
    key: 'masseteric-ligament-upper',
    side: 'left',
    centre: p(54, 46),
    radiusMm: 5,
    source: 'Along the front border of the masseter, ~45 mm in front of the tragus: shared/domain.md; placed by landmark.',
  },
  {
    key: 'masseteric-ligament-lower',
    side: 'left',
    centre: p(53, 70),
    radiusMm: 5,
    source: 'Along the front border of the masseter above the jowl: shared/domain.md (masseteric ligaments); placed by landmark.',
  },
  {
    key: 'mandibular-ligament',
    side: 'left',
    centre: p(40, 103.5),
    radiusMm: 5,
    source: 'About 51 mm from the midline and 9 mm above the mandibular border (published cadaver position, issue 10): 51 mm measured along the skin of the jaw line from the chin on the face surface reaches (40, 112); 9 mm above the border puts the centre at (40, 103.5), the front limit of the jowl.',
  },
  {
    key: 'platysma-auricular-ligament',
    side: 'left',
    centre: p(71, 52),
    radiusMm: 5,
    source: 'Design choice: just below and in front of the ear lobe, where the platysma meets the parotid fascia.',
  },
];

const toLigament = ({ key, ...rest }: LigamentSpec): Ligament => ({ id: `${key}-left`, name: englishSidedName('ligament', key, 'left'), ...rest });

const mirror = (l: Ligament): Ligament => ({
  ...l,
  id: mirrorId(l.id),
  side: 'right',
  name: structureName(mirrorId(l.id), 'en'),
  centre: mirrorX(l.centre),
});

export const LIGAMENTS: readonly Ligament[] = withMirrors(LEFT_SPECS.map(toLigament), mirror);
