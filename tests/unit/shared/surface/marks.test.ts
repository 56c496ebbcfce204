import { describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../../../shared/atlas/landmarks';
import { mirrorX } from '../../../../shared/atlas/mirror';
import type { FacePoint } from '../../../../shared/geometry/types';
import { CANONICAL_SURFACE, FLAT_SURFACE, SkinPath, skinDistance } from '../../../../shared/surface';
import { MARK_REFERENCES, ORBITALE_LEFT, frankfortAngleDeg, frankfortPlane, markPoint, secondShortestLine, threadMarks } from '../../../../shared/surface/marks';
import { chordDistance, surfaceLength } from '../../../../shared/surface/measure';
import { syntheticSurface } from './synthetic';

const lm = (name: string): FacePoint => LANDMARKS[name]!;

describe('marks for the skin: a known point against hand calculation', () => {
  it('on the flat diagram: (60, 22) is 4.3 mm below the zygomatic arch and 14 mm lateral to the cheekbone prominence', () => {
    const p = { x: 60, y: 22 };
    // Hand calculation. The arch runs from (52, 16) to (72, 20): direction (20, 4), length 20.396.
    // From its front end to p is (8, 6): perpendicular distance |8 * 4 - 6 * 20| / 20.396 = 4.315,
    // foot at t = (8 * 20 + 6 * 4) / 20.396^2 = 0.442, i.e. (60.85, 17.77): p is 4.2 mm lower and
    // 0.85 mm nearer the midline, 79 degrees from the horizontal: "below".
    // Cheekbone prominence (46, 22): 14 mm, straight out from the midline: "lateral to".
    // Next nearest: tragus (76, 22) at 16 mm.
    const mark = markPoint(FLAT_SURFACE, p);
    expect(mark.distances.map((d) => d.landmark)).toEqual(['zygomatic-arch-left', 'malar-prominence-left']);
    // The arch is sampled every millimetre: within a few hundredths of the perpendicular.
    expect(mark.distances[0]!.distanceMm).toBeCloseTo(88 / Math.hypot(20, 4), 1);
    expect(mark.distances[1]!.distanceMm).toBeCloseTo(14, 6);
    expect(mark.distances[0]!.directions).toEqual(['below']);
    expect(mark.distances[1]!.directions).toEqual(['lateral to']);
    expect(mark.text).toBe('4 mm below the zygomatic arch, 14 mm lateral to the cheekbone prominence');
  });

  it('round a cylinder of radius 100 mm the distances are the unrolled (helix) distances', () => {
    const R = 100;
    const cylinder = syntheticSurface((x) => Math.sqrt(Math.max(0, R * R - x * x)), { minX: -100, maxX: 100, minY: -130, maxY: 130 });
    const p = { x: 60, y: 30 };
    // Hand calculation: unroll the cylinder. A point at x lies at arc R * asin(x / R) from the
    // midline, so the skin distance between two points is sqrt((R * dθ)^2 + dy^2).
    const arc = (x: number) => R * Math.asin(x / R);
    const unrolled = (q: FacePoint) => Math.hypot(arc(p.x) - arc(q.x), p.y - q.y);
    const hand = MARK_REFERENCES.filter((r) => r.side !== 'right')
      .map((r) => {
        if (r.points.length === 1) return { id: r.id, d: unrolled(r.points[0]!) };
        // A line: its nearest point, found finely along it.
        let d = Infinity;
        const [a, b] = r.points as [FacePoint, FacePoint];
        for (let k = 0; k <= 2000; k++) d = Math.min(d, unrolled({ x: a.x + ((b.x - a.x) * k) / 2000, y: a.y + ((b.y - a.y) * k) / 2000 }));
        return { id: r.id, d };
      })
      .sort((u, v) => u.d - v.d);
    const mark = markPoint(cylinder, p);
    expect(mark.distances.map((d) => d.landmark)).toEqual([hand[0]!.id, hand[1]!.id]);
    for (let i = 0; i < 2; i++) expect(Math.abs(mark.distances[i]!.distanceMm - hand[i]!.d) / hand[i]!.d).toBeLessThan(0.01);
    // The arch (about 13 mm up the unrolled cylinder) is nearest, then the cheekbone prominence.
    expect([hand[0]!.id, hand[1]!.id]).toEqual(['zygomatic-arch-left', 'malar-prominence-left']);
  });
});

describe('marks on the canonical face', () => {
  it('measures over the skin, as a tape would (the same distance as skinDistance)', () => {
    const temple = { x: 68, y: -10 };
    const mark = markPoint(CANONICAL_SURFACE, temple);
    expect(mark.text).toBe('29 mm in front of the top of the ear, 29 mm above the zygomatic arch');
    expect(mark.distances[0]!.distanceMm).toBeCloseTo(skinDistance(CANONICAL_SURFACE, lm('ear-top-left'), temple), 6);
  });

  it('is mirror symmetric: a mirrored point gets the same words and distances from the mirrored landmarks', () => {
    for (const p of [{ x: 68, y: -10 }, { x: 45, y: 94 }, { x: 14, y: 140 }, { x: 40, y: 40 }]) {
      const left = markPoint(CANONICAL_SURFACE, p);
      const right = markPoint(CANONICAL_SURFACE, mirrorX(p));
      expect(right.text).toBe(left.text);
      expect(right.distances.map((d) => d.landmark.replace('-right', '-left'))).toEqual(left.distances.map((d) => d.landmark));
    }
  });

  it('finds the second-shortest straight line to the landmarks as lifting every line does, on either surface', () => {
    // Every landmark point as a candidate, from points over the whole face, the landmarks included.
    const qs = MARK_REFERENCES.flatMap((r) => r.points);
    const ps: FacePoint[] = [...qs.slice(0, 20)];
    for (let x = -80; x <= 80; x += 16) for (let y = -60; y <= 160; y += 20) ps.push({ x, y });
    for (const surface of [CANONICAL_SURFACE, FLAT_SURFACE]) {
      for (const p of ps) {
        const candidates = qs.map((q) => ({ q, chord: chordDistance(surface, p, q) })).sort((a, b) => a.chord - b.chord);
        const every = qs.map((q) => surfaceLength(surface, [q, p])).sort((a, b) => a - b);
        expect(secondShortestLine(surface, p, candidates)).toBe(every[1]);
        expect(secondShortestLine(surface, p, candidates.slice(0, 1))).toBe(Infinity);
      }
    }
  });

  it('says "on" a landmark within a millimetre', () => {
    expect(markPoint(CANONICAL_SURFACE, lm('tragus-left')).distances[0]!.text).toBe('on the tragus');
  });
});

describe('the Frankfort horizontal', () => {
  const plane = frankfortPlane(CANONICAL_SURFACE);

  it('passes through both porions (tragion) and the left orbitale', () => {
    const { up, porionLeft: a, porionRight: b, orbitaleLeft: o } = plane;
    const dot = (p: { x: number; y: number; z: number }) => (p.x - a.x) * up.x + (p.y - a.y) * up.y + (p.z - a.z) * up.z;
    expect(Math.abs(dot(b))).toBeLessThan(1e-9);
    expect(Math.abs(dot(o))).toBeLessThan(1e-9);
    expect(o.x).toBe(ORBITALE_LEFT.x);
    // Orbitale lies higher than the tragus in the diagram, so the plane rises toward the face.
    // docs/atlas.md states about 6.5 degrees.
    expect(plane.tiltDeg).toBeGreaterThan(6);
    expect(plane.tiltDeg).toBeLessThan(7);
  });

  it('gives 0 along the plane, -90 straight down its normal, and the hand-calculated angle in between', () => {
    const { porionLeft: a, orbitaleLeft: o, up } = plane;
    expect(frankfortAngleDeg(plane, a, o)).toBeCloseTo(0, 9);
    expect(frankfortAngleDeg(plane, a, { x: a.x - up.x, y: a.y - up.y, z: a.z - up.z })).toBeCloseTo(-90, 9);
    // A line rising 1 along the normal for every 1 along the plane: 45 degrees.
    const along = { x: o.x - a.x, y: o.y - a.y, z: o.z - a.z };
    const n = Math.hypot(along.x, along.y, along.z);
    const end = { x: a.x + along.x / n + up.x, y: a.y + along.y / n + up.y, z: a.z + along.z / n + up.z };
    expect(frankfortAngleDeg(plane, a, end)).toBeCloseTo(45, 9);
  });
});

describe('thread marks', () => {
  it('give the skin length, the barbed section in skin millimetres from the entry and the entry and fixation marks', () => {
    const path = [{ x: 68, y: -10 }, { x: 58, y: 40 }];
    const marks = threadMarks(CANONICAL_SURFACE, { path, barbed: { startMm: 15, endMm: 45 }, fixationEnd: 'entry' });
    const skin = SkinPath.of(CANONICAL_SURFACE, path);
    expect(marks.surfaceLengthMm).toBeCloseTo(skin.length, 9);
    expect(marks.barbedFromEntryMm!.startMm).toBeCloseTo(skin.skinDistanceAtFrontal(15), 9);
    expect(marks.barbedFromEntryMm!.endMm).toBeCloseTo(skin.skinDistanceAtFrontal(45), 9);
    expect(marks.fixation).toBe(marks.entry);
    expect(marks.entry.text).toBe(markPoint(CANONICAL_SURFACE, path[0]!).text);
    expect(marks.frankfortAngleDeg).toBeLessThan(-45); // runs down from the temple
    const smooth = threadMarks(CANONICAL_SURFACE, { path, barbed: null, fixationEnd: 'distal' });
    expect(smooth.barbedFromEntryMm).toBeNull();
    expect(smooth.fixation).toBe(smooth.distal);
  });
});
