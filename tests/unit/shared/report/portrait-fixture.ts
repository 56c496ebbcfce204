import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import type { PhotoLandmark } from '../../../../shared/plan/types';
import { PORTRAIT_HAND_MARKS } from '../../../fixtures/photos/portrait-marks';

/**
 * The public-domain portrait (tests/fixtures/photos, with its NOTICE) as a plan photo's image,
 * and its key landmarks marked by hand (tests/fixtures/photos/portrait-marks.ts): what the
 * photo-page tests put on a plan.
 */

/** The marks as photo landmarks, the mouth corners `lift` px higher (a known lift to read back). */
export const portraitLandmarks = (lift = 0): PhotoLandmark[] =>
  Object.entries(PORTRAIT_HAND_MARKS).map(([id, { x, y }]) => ({ id, x, y: id.startsWith('mouth-corner') ? y - lift : y, source: 'manual' }));

export const PORTRAIT_IMAGE = {
  mediaType: 'image/jpeg' as const,
  width: 512,
  height: 512,
  data: encodeBase64(new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/photos/astronaut-clean.jpg')))),
};
