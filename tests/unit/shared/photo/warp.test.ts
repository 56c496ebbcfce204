import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { LANDMARKS } from '../../../../shared/atlas/landmarks';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { FacePoint } from '../../../../shared/geometry/types';
import { alignmentPairs, KEY_LANDMARK_PRECEDENCE_MM, photoAlignment } from '../../../../shared/photo/alignment';
import { canonicalLandmark } from '../../../../shared/photo/canonical-landmarks';
import { mediapipeId, MEDIAPIPE_MESH_VERTEX_COUNT } from '../../../../shared/photo/landmark-ids';
import type { LandmarkPair, PhotoPoint } from '../../../../shared/photo/types';
import {
  buildPhotoWarp,
  canonicalToPhoto,
  photoToCanonical,
  preparePoints,
  warpFromPairs,
  warpPrepared,
} from '../../../../shared/photo/warp';
import { warpItems } from '../../../../shared/photo/warp-scene';
import { applyAffine, IDENTITY } from '../../../../shared/photo/affine';
import { faceLayer } from '../../../../shared/scene/layers/face';
import type { PhotoLandmark, PlanDocument } from '../../../../shared/plan/types';
import { ALL_EXAMPLES } from '../../../../cli/examples/plans';

const BOUNDS = CANONICAL_ATLAS.bounds;

/**
 * A made-up "photo" of the canonical face: turned 8 degrees, scaled to 3.1 px per mm, shifted,
 * and bent by a smooth bulge, as a real face differs from the average one. Not affine, so the
 * piecewise map is really exercised.
 */
function fakeCamera(p: FacePoint): PhotoPoint {
  const a = (8 * Math.PI) / 180;
  const bx = p.x * (1 + 0.0006 * p.y);
  const by = p.y + 0.004 * p.x * p.x;
  return { x: 900 + 3.1 * (Math.cos(a) * bx - Math.sin(a) * by), y: 700 + 3.1 * (Math.sin(a) * bx + Math.cos(a) * by) };
}

/** Every face-mesh point, seen through the fake camera. */
function meshLandmarks(): PhotoLandmark[] {
  const out: PhotoLandmark[] = [];
  for (let k = 0; k < MEDIAPIPE_MESH_VERTEX_COUNT; k++) {
    const c = canonicalLandmark(mediapipeId(k))!;
    const q = fakeCamera(c);
    out.push({ id: mediapipeId(k), x: q.x, y: q.y, source: 'detected' });
  }
  return out;
}

describe('canonical landmark positions', () => {
  it('puts the fitted face-mesh points exactly on the atlas landmarks they stand for', () => {
    for (const [k, name] of [[33, 'lateral-canthus-right'], [263, 'lateral-canthus-left'], [61, 'mouth-corner-right'], [291, 'mouth-corner-left'], [152, 'menton'], [168, 'nasion']] as const) {
      const p = canonicalLandmark(mediapipeId(k))!;
      expect(Math.hypot(p.x - LANDMARKS[name]!.x, p.y - LANDMARKS[name]!.y)).toBeLessThan(1e-6);
    }
  });

  it('keeps the mesh a face: mirror-symmetric, inside the atlas face, the iris points without a position', () => {
    // 234 and 454 are the two sides of the face at the eye line (mirror pair in the model).
    const a = canonicalLandmark('mp:234')!;
    const b = canonicalLandmark('mp:454')!;
    expect(a.x).toBeCloseTo(-b.x, 1);
    expect(a.y).toBeCloseTo(b.y, 1);
    expect(a.x).toBeLessThan(-60);
    expect(canonicalLandmark('mp:10')!.y).toBeLessThan(-50); // forehead top
    expect(canonicalLandmark('mp:468')).toBeNull();
    expect(canonicalLandmark('tragus-left')).toEqual(LANDMARKS['tragus-left']);
  });
});

describe('the piecewise-affine warp', () => {
  const landmarks = meshLandmarks();
  const alignment = photoAlignment(landmarks, BOUNDS)!;
  const warp = alignment.warp;

  it('passes exactly through every landmark', () => {
    for (const pair of alignment.pairs) {
      const q = canonicalToPhoto(warp, pair.canonical);
      expect(Math.hypot(q.x - pair.photo.x, q.y - pair.photo.y)).toBeLessThan(1e-6);
    }
  });

  it('round-trips canonical -> photo -> canonical well under 0.5 mm anywhere on and around the face', () => {
    const pointArb = fc.record({ x: fc.double({ min: -150, max: 150, noNaN: true }), y: fc.double({ min: -160, max: 220, noNaN: true }) });
    fc.assert(
      fc.property(pointArb, (p) => {
        const back = photoToCanonical(warp, canonicalToPhoto(warp, p));
        expect(Math.hypot(back.x - p.x, back.y - p.y)).toBeLessThan(0.5);
        // in fact exact up to rounding: both directions use the same triangle's affine map
        expect(Math.hypot(back.x - p.x, back.y - p.y)).toBeLessThan(1e-6);
      }),
      { numRuns: 2000 },
    );
  });

  it('follows the photo between landmarks: close to the true camera inside the face', () => {
    // The warp only knows the landmarks; between them it interpolates. On the fake camera's smooth
    // bend it stays within a fraction of a millimetre of the truth (3.1 px per mm).
    for (const p of [{ x: 20, y: 30 }, { x: -35, y: 55 }, { x: 0, y: -30 }, { x: 50, y: 10 }]) {
      const q = canonicalToPhoto(warp, p);
      const truth = fakeCamera(p);
      expect(Math.hypot(q.x - truth.x, q.y - truth.y) / 3.1).toBeLessThan(0.3);
    }
  });

  it('is continuous beyond the landmarks, out to the frame and past it', () => {
    const probe = (y: number) => canonicalToPhoto(warp, { x: 0, y });
    for (let y = 100; y < 400; y += 7) {
      const a = probe(y);
      const b = probe(y + 0.01);
      expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThan(1);
    }
  });

  it('gives prepared points exactly what the one-by-one map gives', () => {
    const points = [{ x: 3, y: 4 }, { x: -80, y: 20 }, { x: 400, y: -300 }, LANDMARKS['tragus-left']!];
    const prepared = preparePoints(warp.mesh, points);
    const out = warpPrepared(warp, prepared);
    points.forEach((p, i) => {
      const q = canonicalToPhoto(warp, p);
      expect(out[i * 2]).toBeCloseTo(q.x, 9);
      expect(out[i * 2 + 1]).toBeCloseTo(q.y, 9);
    });
  });

  it('reports triangles folded over when a landmark is dragged across its neighbours', () => {
    expect(warp.folded).toEqual([]);
    const moved = warp.mesh.ids.map((id, i): PhotoPoint => {
      const q = { x: warp.photo[i * 2]!, y: warp.photo[i * 2 + 1]! };
      // drag the nose tip far to the right, across the cheek
      return id === 'mp:1' ? { x: q.x + 200, y: q.y } : q;
    });
    const dragged = buildPhotoWarp(warp.mesh, moved)!;
    expect(dragged.folded.length).toBeGreaterThan(0);
    // the map still answers everywhere
    const back = photoToCanonical(dragged, canonicalToPhoto(dragged, { x: 10, y: 10 }));
    expect(Number.isFinite(back.x) && Number.isFinite(back.y)).toBe(true);
  });

  it('needs three landmarks that are not on one line', () => {
    const pair = (id: string, x: number): LandmarkPair => ({ id, canonical: { x, y: 0 }, photo: { x, y: 0 } });
    expect(warpFromPairs([pair('a', 0), pair('b', 1)], BOUNDS)).toBeNull();
    expect(warpFromPairs([pair('a', 0), pair('b', 1), pair('c', 2)], BOUNDS)).toBeNull();
  });
});

describe('which landmarks align a photo', () => {
  it('lets a key landmark win over face-mesh points close to it', () => {
    const canthus = LANDMARKS['lateral-canthus-left']!;
    const landmarks: PhotoLandmark[] = [
      { id: 'lateral-canthus-left', x: 10, y: 10, source: 'manual' },
      { id: 'mp:263', x: 11, y: 10, source: 'detected' }, // the same spot on the mesh
      { id: 'mp:1', x: 0, y: 40, source: 'detected' },
    ];
    const ids = alignmentPairs(landmarks).map((p) => p.id);
    expect(ids).toContain('lateral-canthus-left');
    expect(ids).not.toContain('mp:263');
    expect(ids).toContain('mp:1');
    const nose = canonicalLandmark('mp:1')!;
    expect(Math.hypot(nose.x - canthus.x, nose.y - canthus.y)).toBeGreaterThan(KEY_LANDMARK_PRECEDENCE_MM);
  });

  it('aligns with the key landmarks alone (manual placement is a full alternative)', () => {
    const keys = ['tragus-right', 'tragus-left', 'lateral-canthus-right', 'lateral-canthus-left', 'nasion', 'mouth-corner-right', 'mouth-corner-left', 'gonion-right', 'gonion-left', 'menton'];
    const landmarks = keys.map((id): PhotoLandmark => {
      const q = fakeCamera(LANDMARKS[id]!);
      return { id, x: q.x, y: q.y, source: 'manual' };
    });
    const alignment = photoAlignment(landmarks, BOUNDS)!;
    expect(alignment.pairs).toHaveLength(10);
    const p = { x: 30, y: 40 };
    const back = photoToCanonical(alignment.warp, canonicalToPhoto(alignment.warp, p));
    expect(Math.hypot(back.x - p.x, back.y - p.y)).toBeLessThan(1e-6);
  });
});

describe('a plan drawn through the photo', () => {
  it('gives the same analysis as the same plan drawn on the diagram', () => {
    const alignment = photoAlignment(meshLandmarks(), BOUNDS)!;
    // The practitioner clicks on the photo where the diagram's points show; the editor maps each
    // click back to millimetres through the warp's inverse.
    const throughPhoto = (p: FacePoint): FacePoint => {
      const q = canonicalToPhoto(alignment.warp, p);
      return photoToCanonical(alignment.warp, { x: q.x, y: q.y });
    };
    for (const { plan } of ALL_EXAMPLES) {
      const drawn: PlanDocument = {
        ...plan,
        entryPoints: plan.entryPoints.map((e) => ({ ...e, position: throughPhoto(e.position) })),
        threads: plan.threads.map((t) => ({ ...t, path: t.path.map(throughPhoto) })),
      };
      const a = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE });
      const b = analyze(drawn, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE });
      expect(b.findings.map((f) => [f.rule, f.severity, f.threads])).toEqual(a.findings.map((f) => [f.rule, f.severity, f.threads]));
      expect(b.findings.map((f) => f.message)).toEqual(a.findings.map((f) => f.message));
    }
  });
});

describe('the scene on the photo', () => {
  it('moves every point through the warp and cuts long straight lines so they bend with the face', () => {
    const alignment = photoAlignment(meshLandmarks(), BOUNDS)!;
    const a = LANDMARKS['mouth-corner-left']!;
    const b = LANDMARKS['tragus-left']!;
    const [line] = warpItems([{ type: 'path', points: [a, b], closed: false, smooth: false, style: {} }], alignment.warp, IDENTITY, false);
    if (line?.type !== 'path') throw new Error('expected a path');
    expect(line.points.length).toBeGreaterThan(10);
    const first = line.points[0]!;
    const q = canonicalToPhoto(alignment.warp, a);
    expect(Math.hypot(first.x - q.x, first.y - q.y)).toBeLessThan(1e-6);
  });

  it("keeps the patient's right and left captions level over a tilted, uneven face, beside its warped corners", () => {
    // A face whose left side sits lower than its right (as no real face is quite symmetric, and
    // the detector's points are not either): no similarity can make it level again.
    const lopsided = meshLandmarks().map((l) => {
      const c = canonicalLandmark(l.id)!;
      const q = fakeCamera({ x: c.x, y: c.y + 0.06 * c.x });
      return { ...l, x: q.x, y: q.y };
    });
    const alignment = photoAlignment(lopsided, BOUNDS)!;
    const labels = { patientRight: "Patient's right", patientLeft: "Patient's left", fixed: 'fixed', mobile: 'mobile' };
    const captions = faceLayer(CANONICAL_ATLAS, labels).items.filter((i) => i.type === 'text');
    expect(captions.map((c) => c.type === 'text' && c.frame)).toEqual([true, true]);
    // Through the photo's own similarity, as the designer draws it: the face upright again.
    const warped = warpItems(captions, alignment.warp, alignment.photoToDisplay, true).filter((i) => i.type === 'text');
    const each = captions.map((c) => (c.type === 'text' ? applyAffine(alignment.photoToDisplay, canonicalToPhoto(alignment.warp, c.at)) : null)!);
    // Each caption alone lands at its own height (the face is bent): that is what they are kept from.
    expect(Math.abs(each[0]!.y - each[1]!.y)).toBeGreaterThan(0.5);
    const [right, left] = warped.map((w) => (w.type === 'text' ? w.at : null)!);
    expect(right!.y).toBe(left!.y);
    expect(right!.y).toBeCloseTo(Math.min(each[0]!.y, each[1]!.y), 9);
    // Across, each stays by its own corner of the warped face.
    expect(right!.x).toBeCloseTo(each[0]!.x, 9);
    expect(left!.x).toBeCloseTo(each[1]!.x, 9);
    // Text on the face (a thread's number) goes where its anchor goes, level or not.
    const number = { type: 'text' as const, at: LANDMARKS['tragus-left']!, text: '1', sizeMm: 3, align: 'center' as const, color: 'label.text' as const, bold: true, halo: true };
    const [moved] = warpItems([number, { ...number, at: LANDMARKS['tragus-right']! }], alignment.warp, IDENTITY, false);
    const q = canonicalToPhoto(alignment.warp, number.at);
    expect(moved?.type === 'text' && Math.hypot(moved.at.x - q.x, moved.at.y - q.y)).toBeLessThan(1e-9);
  });
});
