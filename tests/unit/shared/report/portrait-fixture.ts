import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import type { PhotoLandmark } from '../../../../shared/plan/types';

/**
 * The public-domain portrait (tests/fixtures/photos, with its NOTICE) as a plan photo's image,
 * and key landmarks marked on it by hand, photo px: what the photo-page tests put on a plan.
 */
export const PORTRAIT_MARKS: Readonly<Record<string, readonly [number, number]>> = {
  'pupil-right': [203, 101],
  'pupil-left': [244, 103.5],
  'lateral-canthus-right': [193, 101],
  'lateral-canthus-left': [258, 104],
  nasion: [224, 101],
  'mouth-corner-right': [203, 140],
  'mouth-corner-left': [244, 141.5],
  menton: [226, 175],
};

/** The marks as photo landmarks, the mouth corners `lift` px higher (a known lift to read back). */
export const portraitLandmarks = (lift = 0): PhotoLandmark[] =>
  Object.entries(PORTRAIT_MARKS).map(([id, [x, y]]) => ({ id, x, y: id.startsWith('mouth-corner') ? y - lift : y, source: 'manual' }));

export const PORTRAIT_IMAGE = {
  mediaType: 'image/jpeg' as const,
  width: 512,
  height: 512,
  data: encodeBase64(new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/photos/astronaut-clean.jpg')))),
};
