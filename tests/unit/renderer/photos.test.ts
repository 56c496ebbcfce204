import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../shared/photo/image-bytes';
import type { PlanPhoto } from '../../../shared/plan/types';
import { withKeyLandmark } from '../../../renderer/photo/AlignWorkspace';
import { toPhotoLandmarks } from '../../../renderer/photo/detect/detect-landmarks';
import { underlayPhoto } from '../../../renderer/photo/photo-canvas';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { TestEditor } from './harness';

const small = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/photos/face-small.jpg')));

const photo = (id: string, patch: Partial<PlanPhoto> = {}): PlanPhoto => ({
  id,
  angle: 'frontal',
  kind: 'baseline',
  date: '2025-03-14',
  interval: null,
  image: { mediaType: 'image/jpeg', width: 96, height: 96, data: encodeBase64(small) },
  landmarks: [],
  ...patch,
});

const ALIGNED = [
  { id: 'pupil-right', x: 30, y: 40, source: 'manual' as const },
  { id: 'pupil-left', x: 66, y: 40, source: 'manual' as const },
  { id: 'menton', x: 48, y: 90, source: 'manual' as const },
];

describe('photos in the editor', () => {
  it('adding, editing and removing photos are undoable steps and the photo scale goes with them', () => {
    const ed = new TestEditor();
    const empty = ed.plan;
    ed.editor.setPhotos([photo('p1')]);
    expect(ed.plan.photos.map((p) => p.id)).toEqual(['p1']);
    ed.editor.setPhotos([{ ...ed.plan.photos[0]!, landmarks: ALIGNED }], { fromLandmark: 'pupil-right', toLandmark: 'pupil-left', distanceMm: 60 });
    expect(ed.plan.photoScale?.distanceMm).toBe(60);
    ed.key('Mod+Z');
    expect(ed.plan.photos[0]!.landmarks).toEqual([]);
    expect(ed.plan.photoScale).toBeNull();
    ed.key('Mod+Z');
    expect(ed.plan).toBe(empty);
    ed.key('Mod+Y');
    expect(ed.plan.photos).toHaveLength(1);
    expect(ed.snapshot.file.dirty).toBe(true);
  });
});

describe('the photo under the plan', () => {
  const atlas = CANONICAL_ATLAS;
  it('is the aligned frontal baseline unless another is chosen; none without alignment', () => {
    const base = photo('p1', { landmarks: ALIGNED });
    const after = photo('p2', { kind: 'follow-up', interval: { value: 3, unit: 'months' }, landmarks: ALIGNED });
    const raw = photo('p3');
    expect(underlayPhoto([after, base, raw], { kind: 'auto' }, atlas)?.id).toBe('p1');
    expect(underlayPhoto([after, base], { kind: 'photo', id: 'p2' }, atlas)?.id).toBe('p2');
    expect(underlayPhoto([raw], { kind: 'photo', id: 'p3' }, atlas)).toBeNull();
    expect(underlayPhoto([base], { kind: 'none' }, atlas)).toBeNull();
  });

  it('in each view is a photo of that view\'s angle: a left-oblique photo under the left oblique only', () => {
    // Pupils and menton are seen from the left oblique too, so the same three points align it there.
    const front = photo('p1', { landmarks: ALIGNED });
    const oblique = photo('p2', { angle: 'oblique-left', landmarks: ALIGNED });
    const photos = [front, oblique];
    expect(underlayPhoto(photos, { kind: 'auto' }, atlas, 'frontal')?.id).toBe('p1');
    expect(underlayPhoto(photos, { kind: 'auto' }, atlas, 'left-oblique')?.id).toBe('p2');
    expect(underlayPhoto(photos, { kind: 'auto' }, atlas, 'right-oblique')).toBeNull();
    expect(underlayPhoto(photos, { kind: 'auto' }, atlas, 'left-profile')).toBeNull();
    // Choosing the oblique photo leaves the frontal view its own photo.
    expect(underlayPhoto(photos, { kind: 'photo', id: 'p2' }, atlas, 'frontal')?.id).toBe('p1');
    expect(underlayPhoto(photos, { kind: 'photo', id: 'p2' }, atlas, 'left-oblique')?.id).toBe('p2');
    // A right-profile photo whose only landmarks are on the patient's left side does not align.
    const blind = photo('p3', {
      angle: 'profile-right',
      landmarks: [
        { id: 'tragus-left', x: 10, y: 40, source: 'manual' },
        { id: 'gonion-left', x: 12, y: 80, source: 'manual' },
        { id: 'mouth-corner-left', x: 60, y: 70, source: 'manual' },
      ],
    });
    expect(underlayPhoto([blind], { kind: 'auto' }, atlas, 'right-profile')).toBeNull();
  });
});

describe('landmarks by hand and from the detector', () => {
  it('a placed key landmark is added or moved, marked as placed by hand', () => {
    const once = withKeyLandmark([], 'nasion', { x: 5, y: 6 });
    expect(once).toEqual([{ id: 'nasion', x: 5, y: 6, source: 'manual' }]);
    expect(withKeyLandmark(once, 'nasion', { x: 7, y: 8 })).toEqual([{ id: 'nasion', x: 7, y: 8, source: 'manual' }]);
  });

  it('the detector mesh is put in MediaPipe order: iris ring 468 goes with the eye of point 33', () => {
    const points: [number, number][] = Array.from({ length: 478 }, () => [0, 0]);
    points[33] = [100, 100]; // patient's right outer eye corner (viewer's left)
    points[263] = [200, 100];
    for (let i = 468; i < 473; i++) points[i] = [190, 100]; // the library's first ring, in the left eye
    for (let i = 473; i < 478; i++) points[i] = [110, 100];
    const out = toPhotoLandmarks(points);
    expect(out).toHaveLength(478);
    expect(out[468]).toEqual({ id: 'mp:468', x: 110, y: 100, source: 'detected' });
    expect(out[473]).toEqual({ id: 'mp:473', x: 190, y: 100, source: 'detected' });
  });
});
