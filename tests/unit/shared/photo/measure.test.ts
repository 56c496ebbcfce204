import { describe, expect, it } from 'vitest';
import { applyAffine } from '../../../../shared/photo/affine';
import {
  DEFAULT_PHOTO_SCALE,
  followUpToBaseline,
  landmarkOnPhoto,
  landmarkShifts,
  millimetresPerPixel,
} from '../../../../shared/photo/measure';
import type { PhotoLandmark, PlanPhoto } from '../../../../shared/plan/types';

const IMAGE = { mediaType: 'image/jpeg' as const, width: 1000, height: 1000, data: '' };

function photo(kind: PlanPhoto['kind'], landmarks: Record<string, [number, number]>): PlanPhoto {
  return {
    id: kind === 'baseline' ? 'p1' : 'p2',
    angle: 'frontal',
    kind,
    date: '2025-01-01',
    interval: kind === 'baseline' ? null : { value: 3, unit: 'months' },
    image: IMAGE,
    landmarks: Object.entries(landmarks).map(([id, [x, y]]): PhotoLandmark => ({ id, x, y, source: 'manual' })),
  };
}

// Baseline: pupils 126 px apart (2 px per mm at the default 63 mm).
const BASE: Record<string, [number, number]> = {
  'pupil-right': [437, 400],
  'pupil-left': [563, 400],
  'lateral-canthus-right': [410, 402],
  'lateral-canthus-left': [590, 402],
  nasion: [500, 390],
  'mouth-corner-right': [450, 540],
  'mouth-corner-left': [550, 540],
  menton: [500, 640],
};

describe('before/after', () => {
  it('scales by the interpupillary distance unless told another distance', () => {
    const b = photo('baseline', BASE);
    expect(millimetresPerPixel(b, DEFAULT_PHOTO_SCALE)).toBeCloseTo(0.5, 9);
    expect(millimetresPerPixel(b, { fromLandmark: 'pupil-right', toLandmark: 'pupil-left', distanceMm: 58.8 })).toBeCloseTo(58.8 / 126, 9);
    expect(millimetresPerPixel(b, { fromLandmark: 'gonion-left', toLandmark: 'pupil-left', distanceMm: 60 })).toBeNull();
  });

  it('uses the face-mesh point when a key landmark was not placed by hand', () => {
    const p = photo('baseline', { 'mp:473': [563, 401] });
    expect(landmarkOnPhoto(p, 'pupil-left')).toEqual({ x: 563, y: 401 });
  });

  it('lays the follow-up on the baseline by the stable landmarks and measures the lift of the mouth corners', () => {
    // The follow-up photo was taken closer (1.5x), turned 5 degrees, shifted; the mouth corners
    // moved 4 px (2 mm) up and 2 px (1 mm) outward in the baseline's frame.
    const a = (5 * Math.PI) / 180;
    const camera = (x: number, y: number): [number, number] => [
      120 + 1.5 * (Math.cos(a) * x - Math.sin(a) * y),
      -80 + 1.5 * (Math.sin(a) * x + Math.cos(a) * y),
    ];
    const moved: Record<string, [number, number]> = {};
    for (const [id, [x, y]] of Object.entries(BASE)) {
      const lift = id === 'mouth-corner-right' ? [-2, -4] : id === 'mouth-corner-left' ? [2, -4] : [0, 0];
      moved[id] = camera(x + lift[0]!, y + lift[1]!);
    }
    const b = photo('baseline', BASE);
    const f = photo('follow-up', moved);
    const m = followUpToBaseline(b, f)!;
    const back = applyAffine(m, { x: moved.nasion![0], y: moved.nasion![1] });
    expect(back.x).toBeCloseTo(500, 6);
    expect(back.y).toBeCloseTo(390, 6);
    const shifts = landmarkShifts(b, f, DEFAULT_PHOTO_SCALE)!;
    const byId = Object.fromEntries(shifts.map((s) => [s.id, s]));
    expect(byId['mouth-corner-right']!.upMm).toBeCloseTo(2, 6);
    expect(byId['mouth-corner-right']!.outwardMm).toBeCloseTo(1, 6);
    expect(byId['mouth-corner-left']!.upMm).toBeCloseTo(2, 6);
    expect(byId['mouth-corner-left']!.outwardMm).toBeCloseTo(1, 6);
    expect(byId.menton!.totalMm).toBeCloseTo(0, 6);
    expect(byId['gonion-left']).toBeUndefined(); // not placed on either photo
  });
});
