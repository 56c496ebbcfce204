import { PHOTO_ANGLES } from '../../shared/plan/validate';
import type { FollowUpInterval, PhotoAngle, PhotoKind, PlanPhoto } from '../../shared/plan/photo-types';

/** A new follow-up photo's interval until the practitioner states it (design choice: the usual first review of a thread lift). */
export const DEFAULT_FOLLOW_UP: FollowUpInterval = { value: 3, unit: 'months' };

/**
 * What a newly imported photo is taken to be until the practitioner says otherwise. Photos are
 * shot in sessions of the standard views (docs/photos.md: frontal, the obliques, the profiles),
 * so a photo dated the same day as the session's others is one more view of that session:
 *
 * - a baseline while there is none yet, or while every baseline is of today (the baseline visit is
 *   still being photographed), and not every view has one;
 * - otherwise a follow-up at DEFAULT_FOLLOW_UP.
 *
 * Its angle is the first standard view its session has no photo of yet (frontal when all have
 * one: a retake). Adding the five standard views one after another then needs no correction;
 * before, every photo after the first was a three-month follow-up of the frontal view.
 */
export function newPhotoDefaults(photos: readonly PlanPhoto[], today: string): { kind: PhotoKind; angle: PhotoAngle; interval: FollowUpInterval | null } {
  const baselines = photos.filter((p) => p.kind === 'baseline');
  const baselineToday = baselines.every((p) => p.date === today);
  const kind: PhotoKind = baselineToday && !coversEveryView(baselines) ? 'baseline' : 'follow-up';
  const session = photos.filter((p) => p.kind === kind && p.date === today);
  const angle = PHOTO_ANGLES.find((a) => !session.some((p) => p.angle === a)) ?? 'frontal';
  return { kind, angle, interval: kind === 'baseline' ? null : DEFAULT_FOLLOW_UP };
}

const coversEveryView = (photos: readonly PlanPhoto[]): boolean => PHOTO_ANGLES.every((a) => photos.some((p) => p.angle === a));
