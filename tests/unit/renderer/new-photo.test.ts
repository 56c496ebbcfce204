import { describe, expect, it } from 'vitest';
import type { PlanPhoto } from '../../../shared/plan/types';
import { DEFAULT_FOLLOW_UP, newPhotoDefaults } from '../../../renderer/photo/new-photo';

/** A photo as the defaults read it (kind, angle, date); the image does not matter to them. */
const photo = (kind: PlanPhoto['kind'], angle: PlanPhoto['angle'], date: string): PlanPhoto =>
  ({ id: `${kind}-${angle}-${date}`, kind, angle, date, interval: kind === 'baseline' ? null : DEFAULT_FOLLOW_UP, image: { mediaType: 'image/jpeg', width: 1, height: 1, data: '' }, landmarks: [] }) as PlanPhoto;

describe('a new photo is taken to be', () => {
  it('the next standard view of the baseline visit while it is being photographed', () => {
    const today = '2026-12-08';
    const added: PlanPhoto[] = [];
    for (const expected of ['frontal', 'oblique-right', 'oblique-left', 'profile-right', 'profile-left'] as const) {
      const d = newPhotoDefaults(added, today);
      expect(d).toEqual({ kind: 'baseline', angle: expected, interval: null });
      added.push(photo(d.kind, d.angle, today));
    }
    // All five views taken: one more the same day is a follow-up (the practitioner can say otherwise).
    expect(newPhotoDefaults(added, today).kind).toBe('follow-up');
  });

  it('a follow-up once the baseline is from an earlier day, its views in the same order', () => {
    const baseline = [photo('baseline', 'frontal', '2026-09-01'), photo('baseline', 'oblique-right', '2026-09-01')];
    expect(newPhotoDefaults(baseline, '2026-12-08')).toEqual({ kind: 'follow-up', angle: 'frontal', interval: DEFAULT_FOLLOW_UP });
    const withOne = [...baseline, photo('follow-up', 'frontal', '2026-12-08')];
    expect(newPhotoDefaults(withOne, '2026-12-08')).toEqual({ kind: 'follow-up', angle: 'oblique-right', interval: DEFAULT_FOLLOW_UP });
  });
});
