import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import * as L from '../../../../shared/plan/limits';
import { validatePlan } from '../../../../shared/plan/validate';
import type { EntryPoint, PlanPhoto, Thread } from '../../../../shared/plan/types';
import { jpegOfSize } from './limit-plans';

/**
 * Boundary fixtures for the parts of a plan field-bounds.test.ts does not reach: photos (pixel
 * sides, landmarks just outside the frame, follow-up intervals, the size cap, duplicates), the
 * photo scale, sign-offs, kept final revisions (their order and the one budget they share with
 * the current design) and the path-point caps. Each limit is accepted exactly and refused just
 * past it, and a refusal is checked by the pointer it names, not by its wording (which is being
 * turned into translatable keys).
 */

const FACE_JPEG = readFileSync(join(__dirname, '../../../fixtures/photos/face-small.jpg')).toString('base64');
const SIDE_PX = 96; // face-small.jpg is 96 x 96 px

const photo = (patch: Partial<PlanPhoto> = {}): PlanPhoto => ({
  id: 'p1',
  angle: 'frontal',
  kind: 'baseline',
  date: '2025-01-01',
  interval: null,
  image: { mediaType: 'image/jpeg', width: SIDE_PX, height: SIDE_PX, data: FACE_JPEG },
  landmarks: [],
  ...patch,
});
const empty = createEmptyPlan({}, '2025-01-01');
const withPhotos = (...photos: unknown[]): unknown => ({ ...empty, photos });

/** A thread from its own entry point, with `points` path points on a straight line. */
function design(count: number, points = 2, prefix = 'a'): { entryPoints: EntryPoint[]; threads: Thread[] } {
  const entryPoints: EntryPoint[] = [];
  const threads: Thread[] = [];
  for (let i = 0; i < count; i++) {
    const x = -50 + (i % 100) * 0.5;
    entryPoints.push({ id: `${prefix}e${i}`, label: '', position: { x, y: 10 }, side: 'right' });
    const path = Array.from({ length: points }, (_, k) => ({ x, y: 10 + k * 0.1 }));
    threads.push({
      id: `${prefix}t${i}`, side: 'right', typeId: 'pdo-mono-29g-38', entryPointId: `${prefix}e${i}`, path, depthMm: 2,
      pointDepthsMm: path.map(() => null), barbed: null, fixationEnd: 'entry', fixationZoneId: null, tensionN: 0, lot: null, notes: '',
    });
  }
  return { entryPoints, threads };
}

/** A kept final revision with `count` threads. */
const kept = (revision: number, count = 0, prefix = `r${revision}`) => ({
  revision,
  signOff: { by: 'Dr A', on: '2025-01-01' },
  meta: empty.meta,
  ...design(count, 2, prefix),
});

function expectAccepted(value: unknown, what: string): void {
  const result = validatePlan(value);
  expect(result.ok, `${what}: ${result.ok ? '' : `${result.error.path} ${result.error.message}`}`).toBe(true);
}

function expectRefusedAt(value: unknown, path: string, what: string): void {
  const result = validatePlan(value);
  expect(result.ok, what).toBe(false);
  if (!result.ok) expect(result.error.path, what).toBe(path);
}

describe('plan validation at the bounds of photos, revisions and path points', () => {
  it('the fixture photo itself is accepted', () => {
    expectAccepted(withPhotos(photo()), 'plain photo');
  });

  it('a follow-up interval is a whole number from 0 to its maximum', () => {
    const followUp = (value: unknown) => withPhotos(photo({ kind: 'follow-up', interval: { value, unit: 'weeks' } as PlanPhoto['interval'] }));
    for (const v of [0, L.MAX_FOLLOW_UP_VALUE]) expectAccepted(followUp(v), `interval ${v}`);
    for (const v of [-1, L.MAX_FOLLOW_UP_VALUE + 1, 1.5, '2', null]) {
      expectRefusedAt(followUp(v), '/photos/0/interval/value', `interval ${String(v)}`);
    }
    expectRefusedAt(withPhotos(photo({ kind: 'follow-up', interval: null })), '/photos/0/interval', 'follow-up without interval');
    expectRefusedAt(withPhotos(photo({ kind: 'baseline', interval: { value: 2, unit: 'weeks' } })), '/photos/0/interval', 'baseline with interval');
  });

  it('a photo side is a whole number of pixels from 1 to the maximum and must match the image', () => {
    const image = (patch: Record<string, unknown>) => withPhotos(photo({ image: { ...photo().image, ...patch } as PlanPhoto['image'] }));
    for (const w of [0, L.MAX_PHOTO_LONG_SIDE_PX + 1, 95.5, -SIDE_PX]) expectRefusedAt(image({ width: w }), '/photos/0/image/width', `width ${w}`);
    for (const h of [0, L.MAX_PHOTO_LONG_SIDE_PX + 1]) expectRefusedAt(image({ height: h }), '/photos/0/image/height', `height ${h}`);
    // In range but not what the image says: refused at the width (the message names both sides).
    expectRefusedAt(image({ width: SIDE_PX - 1 }), '/photos/0/image/width', 'width off by one');
    expectRefusedAt(image({ height: SIDE_PX + 1 }), '/photos/0/image/width', 'height off by one');
    expectRefusedAt(image({ mediaType: 'image/png' }), '/photos/0/image/mediaType', 'PNG said, JPEG stored');
    expectRefusedAt(image({ data: 'not base64!' }), '/photos/0/image/data', 'not base64');
    expectRefusedAt(image({ data: 42 }), '/photos/0/image/data', 'data not text');
    expectRefusedAt(image({ data: Buffer.from('hello world!').toString('base64') }), '/photos/0/image/data', 'not an image');
  });

  it('a stored photo may be exactly the size cap, not a byte more', () => {
    const sized = (bytes: number) => withPhotos(photo({ image: { ...photo().image, data: Buffer.from(jpegOfSize(bytes)).toString('base64') } }));
    expectAccepted(sized(L.MAX_PHOTO_BYTES), 'at the cap');
    // One byte over (its base64 is padded) and three over (not padded): both refused.
    expectRefusedAt(sized(L.MAX_PHOTO_BYTES + 1), '/photos/0/image/data', 'one byte over');
    expectRefusedAt(sized(L.MAX_PHOTO_BYTES + 3), '/photos/0/image/data', 'three bytes over');
  });

  it('a landmark may lie up to the margin outside the frame, not further', () => {
    const m = L.PHOTO_LANDMARK_MARGIN * SIDE_PX;
    const at = (x: number, y: number) => withPhotos(photo({ landmarks: [{ id: 'mp:1', x, y, source: 'detected' }] }));
    for (const [x, y] of [[-m, -m], [SIDE_PX + m, SIDE_PX + m], [0, SIDE_PX]]) expectAccepted(at(x!, y!), `landmark at ${x}, ${y}`);
    expectRefusedAt(at(-m - 0.01, 0), '/photos/0/landmarks/0/x', 'left of the margin');
    expectRefusedAt(at(SIDE_PX + m + 0.01, 0), '/photos/0/landmarks/0/x', 'right of the margin');
    expectRefusedAt(at(0, -m - 0.01), '/photos/0/landmarks/0/y', 'above the margin');
    expectRefusedAt(at(0, SIDE_PX + m + 0.01), '/photos/0/landmarks/0/y', 'below the margin');
    const twice = withPhotos(photo({ landmarks: [{ id: 'mp:1', x: 1, y: 1, source: 'detected' }, { id: 'mp:1', x: 2, y: 2, source: 'detected' }] }));
    expectRefusedAt(twice, '/photos/0/landmarks/1/id', 'a landmark placed twice');
    expectRefusedAt(withPhotos(photo({ landmarks: [{ id: 'mp:478', x: 1, y: 1, source: 'detected' }] })), '/photos/0/landmarks/0/id', 'a mesh point past the last');
  });

  it('holds up to the maximum number of photos, each id once', () => {
    const many = (n: number) => withPhotos(...Array.from({ length: n }, (_, i) => photo({ id: `p${i}` })));
    expectAccepted(many(L.MAX_PHOTOS), 'the most photos');
    expectRefusedAt(many(L.MAX_PHOTOS + 1), '/photos', 'one photo more');
    expectRefusedAt(withPhotos(photo({ id: 'p1' }), photo({ id: 'p1' })), '/photos/1/id', 'two photos with one id');
  });

  it('a photo scale is a distance between two different landmarks, within its range', () => {
    const scale = (patch: Record<string, unknown>) => ({ ...empty, photoScale: { fromLandmark: 'lateral-canthus-right', toLandmark: 'lateral-canthus-left', distanceMm: 60, ...patch } });
    for (const d of [L.MIN_PHOTO_SCALE_MM, L.MAX_PHOTO_SCALE_MM]) expectAccepted(scale({ distanceMm: d }), `scale ${d} mm`);
    for (const d of [L.MIN_PHOTO_SCALE_MM - 0.01, L.MAX_PHOTO_SCALE_MM + 0.01]) expectRefusedAt(scale({ distanceMm: d }), '/photoScale/distanceMm', `scale ${d} mm`);
    expectRefusedAt(scale({ toLandmark: 'lateral-canthus-right' }), '/photoScale/toLandmark', 'the same landmark twice');
    expectRefusedAt(scale({ fromLandmark: 'nowhere' }), '/photoScale/fromLandmark', 'not a landmark');
  });

  it('a sign-off names someone, within the practitioner length', () => {
    const signed = (by: unknown) => ({ ...empty, signOff: { by, on: '2025-01-01' } });
    expectAccepted(signed('x'.repeat(L.MAX_PRACTITIONER_LENGTH)), 'longest name');
    expectRefusedAt(signed('x'.repeat(L.MAX_PRACTITIONER_LENGTH + 1)), '/signOff/by', 'name too long');
    expectRefusedAt(signed('   '), '/signOff/by', 'blank name');
  });

  it('kept final revisions run oldest first, each before the current revision', () => {
    const plan = (revision: number, ...numbers: number[]) => ({ ...empty, revision, finalRevisions: numbers.map((n) => kept(n)) });
    expectAccepted(plan(3, 1, 2), 'revisions 1 and 2 kept under 3');
    expectAccepted(plan(L.MAX_REVISION, L.MAX_REVISION - 1), 'the last revision before the maximum');
    expectRefusedAt(plan(3, 2, 2), '/finalRevisions/1/revision', 'a revision kept twice');
    expectRefusedAt(plan(3, 2, 1), '/finalRevisions/1/revision', 'newest first');
    expectRefusedAt(plan(3, 1, 3), '/finalRevisions/1/revision', 'the current revision kept');
    expectRefusedAt(plan(3, 4), '/finalRevisions/0/revision', 'a later revision kept');
    expectRefusedAt(plan(3, 0), '/finalRevisions/0/revision', 'revision 0');
    const many = L.MAX_FINAL_REVISIONS;
    expectAccepted(plan(many + 1, ...Array.from({ length: many }, (_, i) => i + 1)), 'the most kept revisions');
    expectRefusedAt(plan(many + 2, ...Array.from({ length: many + 1 }, (_, i) => i + 1)), '/finalRevisions', 'one kept revision more');
  });

  it('the current design and the kept revisions share one budget of threads and entry points', () => {
    const current = L.MAX_THREADS - 10;
    const plan = (keptCount: number) => ({ ...empty, ...design(current), revision: 2, finalRevisions: [kept(1, keptCount)] });
    expectAccepted(plan(10), 'exactly the most threads in all');
    // One more thread brings one more entry point too: the entry points are counted first.
    expectRefusedAt(plan(11), '/finalRevisions/0/entryPoints', 'one thread more in all');
    // Threads alone over the budget (the kept revision's extra thread shares an entry point).
    const shared = kept(1, 10);
    const extra = { ...shared.threads[0]!, id: 'r1extra' };
    expectRefusedAt({ ...empty, ...design(current), revision: 2, finalRevisions: [{ ...shared, threads: [...shared.threads, extra] }] }, '/finalRevisions/0/threads', 'one thread more, no entry point more');
  });

  it('a thread has at most the maximum path points, and the plan at most its total', () => {
    expectAccepted({ ...empty, ...design(1, L.MAX_PATH_POINTS) }, 'the longest path');
    expectRefusedAt({ ...empty, ...design(1, L.MAX_PATH_POINTS + 1) }, '/threads/0/path', 'one point more');
    const full = L.MAX_PLAN_PATH_POINTS / L.MAX_PATH_POINTS; // threads of the longest path that fill the plan's total
    expect(Number.isInteger(full)).toBe(true);
    expectAccepted({ ...empty, ...design(full, L.MAX_PATH_POINTS) }, 'exactly the total');
    const over = design(full + 1, L.MAX_PATH_POINTS);
    over.threads[full] = { ...over.threads[full]!, path: over.threads[full]!.path.slice(0, 2), pointDepthsMm: [null, null] };
    expectRefusedAt({ ...empty, ...over }, `/threads/${full}/path`, 'two points over the total');
  });
});
