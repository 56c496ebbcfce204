import type { PhotoAngle } from '../plan/photo-types';
import type { ViewId } from '../surface/types';

/**
 * Which of the designer's views (shared/surface/views.ts) shows a photo of each angle. Both name
 * sides as the PATIENT's: a right-oblique photo shows the patient's right cheek, and so does the
 * right-oblique view (negative yaw: the head turned to the patient's left, the right side toward
 * the viewer). This table is the one place the two vocabularies meet.
 */
export const PHOTO_ANGLE_VIEW: Readonly<Record<PhotoAngle, ViewId>> = {
  frontal: 'frontal',
  'oblique-right': 'right-oblique',
  'oblique-left': 'left-oblique',
  'profile-right': 'right-profile',
  'profile-left': 'left-profile',
};

/** The view a photo of this angle lies under. */
export const viewOfPhotoAngle = (angle: PhotoAngle): ViewId => PHOTO_ANGLE_VIEW[angle];

/** The photo angle that matches a view. */
export function photoAngleOfView(viewId: ViewId): PhotoAngle {
  for (const [angle, view] of Object.entries(PHOTO_ANGLE_VIEW) as [PhotoAngle, ViewId][]) if (view === viewId) return angle;
  return 'frontal';
}
