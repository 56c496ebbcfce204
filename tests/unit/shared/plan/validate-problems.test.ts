import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import * as L from '../../../../shared/plan/limits';
import { validatePlanDetailed, type Problem } from '../../../../shared/plan/validate';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type EntryPoint, type PlanDocument, type PlanPhoto, type Thread } from '../../../../shared/plan/types';

/**
 * What each refusal of the plan validator says, as data: the message key, the numbers and
 * names the message prints (limits, counts, the entry point, the gap), the words it takes from
 * the same tables (which part of the plan, which unit) and the value it quotes. The boundary
 * tests (field-bounds, validate-boundaries) check where a refusal points; these check that the
 * sentence the user reads names the right limit and the right thing, in every language (the
 * parameters are the same for all three tables).
 */

const FACE_JPEG = readFileSync(join(__dirname, '../../../fixtures/photos/face-small.jpg')).toString('base64');
const FACE_EXIF_JPEG = readFileSync(join(__dirname, '../../../fixtures/photos/face-small-exif.jpg')).toString('base64');
const SIDE_PX = 96; // both fixture photos are 96 x 96 px; the second carries EXIF (with GPS), XMP and a comment

const entry: EntryPoint = { id: 'e1', label: '', position: { x: -50, y: 10 }, side: 'right' };
const thread: Thread = {
  id: 't1', side: 'right', typeId: 'pdo-mono-29g-38', entryPointId: 'e1',
  path: [{ x: -50, y: 10 }, { x: -30, y: 40 }], depthMm: 2, pointDepthsMm: [null, null],
  barbed: null, fixationEnd: 'entry', fixationZoneId: null, tensionN: 0, lot: null, notes: '',
};
const photo: PlanPhoto = {
  id: 'p1', angle: 'frontal', kind: 'baseline', date: '2025-01-01', interval: null,
  image: { mediaType: 'image/jpeg', width: SIDE_PX, height: SIDE_PX, data: FACE_JPEG },
  landmarks: [],
};
const base: PlanDocument = { ...createEmptyPlan({}, '2025-01-01'), entryPoints: [entry], threads: [thread] };

const withThread = (patch: Record<string, unknown>): unknown => ({ ...base, threads: [{ ...thread, ...patch }] });
const withMeta = (patch: Record<string, unknown>): unknown => ({ ...base, meta: { ...base.meta, ...patch } });
const withPhoto = (patch: Record<string, unknown>): unknown => ({ ...base, photos: [{ ...photo, ...patch }] });
const withImage = (patch: Record<string, unknown>): unknown => withPhoto({ image: { ...photo.image, ...patch } });
/** A copy of `o` without the field `key` (a missing field, not one set to undefined). */
const without = (o: object, key: string): unknown => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
const kept = (revision: number, patch: Record<string, unknown> = {}) => ({
  revision, signOff: { by: 'Dr A', on: '2025-01-01' }, meta: base.meta, entryPoints: [], threads: [], ...patch,
});

interface Case {
  readonly what: string;
  readonly plan: unknown;
  readonly at: readonly (string | number)[];
  readonly problem: Problem;
  /** The value the message quotes; absent when it quotes none. */
  readonly got?: unknown;
}

const PATH_LENGTH = Math.hypot(20, 30); // the thread's path, 36.06 mm

const CASES: readonly Case[] = [
  // The plan itself
  { what: 'a list instead of a plan', plan: [], at: [], problem: { key: 'field.notObject', words: { part: 'part.plan' } }, got: [] },
  { what: 'an unknown field', plan: { ...base, extra: 1 }, at: ['extra'], problem: { key: 'field.unknown', words: { part: 'part.plan' }, values: { field: { kind: 'quoted', text: '"extra"' } } } },
  { what: 'a missing field', plan: without(base, 'photos'), at: ['photos'], problem: { key: 'field.missing', params: { field: 'photos' }, words: { part: 'part.plan' } } },
  { what: 'a foreign format', plan: { ...base, format: 'other' }, at: ['format'], problem: { key: 'plan.format', params: { format: PLAN_FORMAT } }, got: 'other' },
  { what: 'another schema version', plan: { ...base, schemaVersion: 2 }, at: ['schemaVersion'], problem: { key: 'plan.schemaVersion', params: { version: PLAN_SCHEMA_VERSION } }, got: 2 },
  // Meta
  { what: 'a title too long', plan: withMeta({ title: 'x'.repeat(L.MAX_TITLE_LENGTH + 1) }), at: ['meta', 'title'], problem: { key: 'text.tooLong', params: { length: L.MAX_TITLE_LENGTH + 1, max: L.MAX_TITLE_LENGTH } } },
  { what: 'notes not text', plan: withMeta({ notes: 5 }), at: ['meta', 'notes'], problem: { key: 'text.notString' }, got: 5 },
  { what: 'an impossible date', plan: withMeta({ date: '2025-02-30' }), at: ['meta', 'date'], problem: { key: 'date.pattern' }, got: '2025-02-30' },
  { what: 'an age band not in the list', plan: withMeta({ ageBand: '20s' }), at: ['meta', 'ageBand'], problem: { key: 'choice.oneOf', params: { allowed: '"under-30", "30-39", "40-49", "50-59", "60-69", "70-plus"' } }, got: '20s' },
  { what: 'a skin thickness not in the list', plan: withMeta({ skinThickness: null }), at: ['meta', 'skinThickness'], problem: { key: 'choice.oneOf', params: { allowed: '"thin", "normal", "thick"' } }, got: null },
  { what: 'a sagging grade past the scale', plan: withMeta({ saggingGrade: L.MAX_SAGGING_GRADE + 1 }), at: ['meta', 'saggingGrade'], problem: { key: 'meta.saggingGrade', params: { min: L.MIN_SAGGING_GRADE, max: L.MAX_SAGGING_GRADE } }, got: L.MAX_SAGGING_GRADE + 1 },
  { what: 'a fractional sagging grade', plan: withMeta({ saggingGrade: 1.5 }), at: ['meta', 'saggingGrade'], problem: { key: 'meta.saggingGrade', params: { min: L.MIN_SAGGING_GRADE, max: L.MAX_SAGGING_GRADE } }, got: 1.5 },
  { what: 'a date written as a list', plan: withMeta({ date: ['2025-01-01'] }), at: ['meta', 'date'], problem: { key: 'date.pattern' }, got: ['2025-01-01'] },
  { what: 'a date with a time after it', plan: withMeta({ date: '2025-01-01T10:00' }), at: ['meta', 'date'], problem: { key: 'date.pattern' }, got: '2025-01-01T10:00' },
  { what: 'a date with text before it', plan: withMeta({ date: 'x2025-01-01' }), at: ['meta', 'date'], problem: { key: 'date.pattern' }, got: 'x2025-01-01' },
  { what: 'meta not an object', plan: { ...base, meta: [] }, at: ['meta'], problem: { key: 'field.notObject', words: { part: 'part.meta' } }, got: [] },
  // Entry points
  { what: 'entry points not a list', plan: { ...base, entryPoints: {} }, at: ['entryPoints'], problem: { key: 'list.notList', words: { items: 'items.entryPoints' } }, got: {} },
  { what: 'an entry point not an object', plan: { ...base, entryPoints: [7] }, at: ['entryPoints', 0], problem: { key: 'field.notObject', words: { part: 'part.entryPoint' } }, got: 7 },
  { what: 'an entry point id with a space', plan: { ...base, entryPoints: [{ ...entry, id: 'e 1' }] }, at: ['entryPoints', 0, 'id'], problem: { key: 'id.pattern' }, got: 'e 1' },
  { what: 'a side not in the list', plan: { ...base, entryPoints: [{ ...entry, side: 'middle' }] }, at: ['entryPoints', 0, 'side'], problem: { key: 'choice.oneOf', params: { allowed: '"right", "left"' } }, got: 'middle' },
  { what: 'an entry point twice', plan: { ...base, entryPoints: [entry, entry] }, at: ['entryPoints', 1, 'id'], problem: { key: 'unique.entryPoint' }, got: 'e1' },
  { what: 'a point with an extra field', plan: { ...base, entryPoints: [{ ...entry, position: { x: -50, y: 10, z: 0 } }] }, at: ['entryPoints', 0, 'position', 'z'], problem: { key: 'field.unknown', words: { part: 'part.point' }, values: { field: { kind: 'quoted', text: '"z"' } } } },
  { what: 'a coordinate off the face', plan: { ...base, entryPoints: [{ ...entry, position: { x: -50, y: L.MAX_COORDINATE_MM + 1 } }] }, at: ['entryPoints', 0, 'position', 'y'], problem: { key: 'number.range', params: { min: -L.MAX_COORDINATE_MM, max: L.MAX_COORDINATE_MM }, words: { unit: 'unit.mm' } }, got: L.MAX_COORDINATE_MM + 1 },
  // Threads
  { what: 'a thread not an object', plan: { ...base, threads: [null] }, at: ['threads', 0], problem: { key: 'field.notObject', words: { part: 'part.thread' } }, got: null },
  { what: 'a thread field missing', plan: { ...base, threads: [without(thread, 'notes')] }, at: ['threads', 0, 'notes'], problem: { key: 'field.missing', params: { field: 'notes' }, words: { part: 'part.thread' } } },
  { what: 'an unknown entry point', plan: withThread({ entryPointId: 'e9' }), at: ['threads', 0, 'entryPointId'], problem: { key: 'thread.unknownEntryPoint' }, got: 'e9' },
  {
    what: 'a thread on the other side from its entry point',
    plan: withThread({ side: 'left' }),
    at: ['threads', 0, 'side'],
    problem: { key: 'thread.sideMismatch', params: { entry: 'e1' }, words: { side: 'side.left', entrySide: 'side.right' } },
  },
  { what: 'one path point', plan: withThread({ path: [{ x: -50, y: 10 }], pointDepthsMm: [null] }), at: ['threads', 0, 'path'], problem: { key: 'list.tooFew', params: { min: L.MIN_PATH_POINTS, count: 1 }, words: { items: 'items.pathPoints' } } },
  {
    what: 'too many path points',
    plan: withThread({ path: Array.from({ length: L.MAX_PATH_POINTS + 1 }, () => ({ x: -50, y: 10 })) }),
    at: ['threads', 0, 'path'],
    problem: { key: 'list.tooMany', params: { count: L.MAX_PATH_POINTS + 1, max: L.MAX_PATH_POINTS }, words: { items: 'items.pathPoints' } },
  },
  {
    what: 'a path starting off its entry point',
    plan: withThread({ path: [{ x: -50.3, y: 10.4123 }, { x: -30, y: 40 }] }),
    at: ['threads', 0, 'path', 0],
    // The gap is 0.5123... mm: printed to two decimals.
    problem: { key: 'thread.offEntryPoint', params: { entry: 'e1', x: -50, y: 10, gap: 0.51, tolerance: L.ENTRY_POINT_TOLERANCE_MM } },
  },
  {
    what: 'an entry point at fractional millimetres, quoted to two decimals',
    plan: { ...base, entryPoints: [{ ...entry, position: { x: -50.123, y: 10.556 } }] },
    at: ['threads', 0, 'path', 0],
    problem: { key: 'thread.offEntryPoint', params: { entry: 'e1', x: -50.12, y: 10.56, gap: 0.57, tolerance: L.ENTRY_POINT_TOLERANCE_MM } },
  },
  { what: 'a depth past the maximum', plan: withThread({ depthMm: L.MAX_DEPTH_MM + 1 }), at: ['threads', 0, 'depthMm'], problem: { key: 'number.range', params: { min: L.MIN_DEPTH_MM, max: L.MAX_DEPTH_MM }, words: { unit: 'unit.depth' } }, got: L.MAX_DEPTH_MM + 1 },
  { what: 'depths not a list', plan: withThread({ pointDepthsMm: 'deep' }), at: ['threads', 0, 'pointDepthsMm'], problem: { key: 'list.notList', words: { items: 'items.pointDepths' } }, got: 'deep' },
  { what: 'one depth for two points', plan: withThread({ pointDepthsMm: [null] }), at: ['threads', 0, 'pointDepthsMm'], problem: { key: 'thread.depthCount', params: { count: 1, points: 2 } } },
  { what: 'a point depth past the maximum', plan: withThread({ pointDepthsMm: [null, 31] }), at: ['threads', 0, 'pointDepthsMm', 1], problem: { key: 'number.rangeOrNull', params: { min: L.MIN_DEPTH_MM, max: L.MAX_DEPTH_MM }, words: { unit: 'unit.depth' } }, got: 31 },
  { what: 'a barbed section not an object', plan: withThread({ barbed: [] }), at: ['threads', 0, 'barbed'], problem: { key: 'field.notObjectOrNull', words: { part: 'part.barbed' } }, got: [] },
  {
    what: 'a negative barbed start',
    plan: withThread({ barbed: { startMm: -1, endMm: 5 } }),
    at: ['threads', 0, 'barbed', 'startMm'],
    problem: { key: 'number.range', params: { min: 0, max: L.MAX_COORDINATE_MM * 2 * L.MAX_PATH_POINTS }, words: { unit: 'unit.alongPath' } },
    got: -1,
  },
  { what: 'a barbed section ending before it starts', plan: withThread({ barbed: { startMm: 10.456, endMm: 5.001 } }), at: ['threads', 0, 'barbed', 'startMm'], problem: { key: 'barbed.startAfterEnd', params: { start: 10.46, end: 5 } } },
  { what: 'a barbed section past the path end', plan: withThread({ barbed: { startMm: 0, endMm: 40 } }), at: ['threads', 0, 'barbed', 'endMm'], problem: { key: 'barbed.beyondPath', params: { end: 40, length: Math.round(PATH_LENGTH * 100) / 100 } } },
  { what: 'a negative barbed end', plan: withThread({ barbed: { startMm: 0, endMm: -1 } }), at: ['threads', 0, 'barbed', 'endMm'], problem: { key: 'number.range', params: { min: 0, max: L.MAX_COORDINATE_MM * 2 * L.MAX_PATH_POINTS }, words: { unit: 'unit.alongPath' } }, got: -1 },
  { what: 'threads not a list', plan: { ...base, threads: 'none' }, at: ['threads'], problem: { key: 'list.notList', words: { items: 'items.threads' } }, got: 'none' },
  { what: 'a fixed end not in the list', plan: withThread({ fixationEnd: 'exit' }), at: ['threads', 0, 'fixationEnd'], problem: { key: 'choice.oneOf', params: { allowed: '"entry", "distal"' } }, got: 'exit' },
  { what: 'a fixation zone id with a slash', plan: withThread({ fixationZoneId: 'a/b' }), at: ['threads', 0, 'fixationZoneId'], problem: { key: 'id.pattern' }, got: 'a/b' },
  { what: 'a tension past the maximum', plan: withThread({ tensionN: L.MAX_TENSION_N + 1 }), at: ['threads', 0, 'tensionN'], problem: { key: 'number.range', params: { min: L.MIN_TENSION_N, max: L.MAX_TENSION_N }, words: { unit: 'unit.newtons' } }, got: L.MAX_TENSION_N + 1 },
  { what: 'a lot not an object', plan: withThread({ lot: 'A1' }), at: ['threads', 0, 'lot'], problem: { key: 'field.notObjectOrNull', words: { part: 'part.lot' } }, got: 'A1' },
  { what: 'a lot expiry not a date', plan: withThread({ lot: { number: 'A1', expiry: 'soon' } }), at: ['threads', 0, 'lot', 'expiry'], problem: { key: 'date.patternOrEmpty' }, got: 'soon' },
  { what: 'a thread id twice', plan: { ...base, threads: [thread, thread] }, at: ['threads', 1, 'id'], problem: { key: 'unique.thread' }, got: 't1' },
  // Photos
  { what: 'a photo not an object', plan: { ...base, photos: ['p1'] }, at: ['photos', 0], problem: { key: 'field.notObject', words: { part: 'part.photo' } }, got: 'p1' },
  { what: 'a photo without a date', plan: withPhoto({ date: '' }), at: ['photos', 0, 'date'], problem: { key: 'date.pattern' }, got: '' },
  { what: 'an interval not an object', plan: withPhoto({ kind: 'follow-up', interval: 2 }), at: ['photos', 0, 'interval'], problem: { key: 'field.notObject', words: { part: 'part.interval' } }, got: 2 },
  { what: 'an image not an object', plan: withPhoto({ image: 'face.jpg' }), at: ['photos', 0, 'image'], problem: { key: 'field.notObject', words: { part: 'part.photoImage' } }, got: 'face.jpg' },
  { what: 'a fractional photo side', plan: withImage({ width: 95.5 }), at: ['photos', 0, 'image', 'width'], problem: { key: 'image.sidePx', params: { max: L.MAX_PHOTO_LONG_SIDE_PX } }, got: 95.5 },
  // A side of 1 px or of the maximum is a side: what is refused then is that the image is not that size.
  { what: 'a photo side of 1 px', plan: withImage({ width: 1 }), at: ['photos', 0, 'image', 'width'], problem: { key: 'image.sizeMismatch', params: { width: 1, height: SIDE_PX, actualWidth: SIDE_PX, actualHeight: SIDE_PX } } },
  { what: 'a photo side of the maximum', plan: withImage({ height: L.MAX_PHOTO_LONG_SIDE_PX }), at: ['photos', 0, 'image', 'width'], problem: { key: 'image.sizeMismatch', params: { width: SIDE_PX, height: L.MAX_PHOTO_LONG_SIDE_PX, actualWidth: SIDE_PX, actualHeight: SIDE_PX } } },
  // Not a whole number of base64 quads: no size is read from it, it is simply not base64.
  { what: 'a long text that is not base64', plan: withImage({ data: 'A'.repeat(2_800_001) }), at: ['photos', 0, 'image', 'data'], problem: { key: 'image.badBase64' } },
  { what: 'landmarks not a list', plan: withPhoto({ landmarks: {} }), at: ['photos', 0, 'landmarks'], problem: { key: 'list.notList', words: { items: 'items.landmarks' } }, got: {} },
  { what: 'a landmark not an object', plan: withPhoto({ landmarks: [3] }), at: ['photos', 0, 'landmarks', 0], problem: { key: 'field.notObject', words: { part: 'part.landmark' } }, got: 3 },
  { what: 'a landmark id written as a list', plan: withPhoto({ landmarks: [{ id: ['mp:1'], x: 1, y: 1, source: 'manual' }] }), at: ['photos', 0, 'landmarks', 0, 'id'], problem: { key: 'landmark.id' }, got: ['mp:1'] },
  {
    what: 'a landmark left of the margin',
    plan: withPhoto({ landmarks: [{ id: 'mp:1', x: -SIDE_PX, y: 1, source: 'manual' }] }),
    at: ['photos', 0, 'landmarks', 0, 'x'],
    problem: { key: 'number.range', params: { min: -L.PHOTO_LANDMARK_MARGIN * SIDE_PX, max: (1 + L.PHOTO_LANDMARK_MARGIN) * SIDE_PX }, words: { unit: 'unit.px' } },
    got: -SIDE_PX,
  },
  { what: 'a photo angle not in the list', plan: withPhoto({ angle: 'top' }), at: ['photos', 0, 'angle'], problem: { key: 'choice.oneOf', params: { allowed: '"frontal", "oblique-right", "oblique-left", "profile-right", "profile-left"' } }, got: 'top' },
  { what: 'a photo kind not in the list', plan: withPhoto({ kind: 'after' }), at: ['photos', 0, 'kind'], problem: { key: 'choice.oneOf', params: { allowed: '"baseline", "follow-up"' } }, got: 'after' },
  { what: 'a baseline with an interval', plan: withPhoto({ interval: { value: 2, unit: 'weeks' } }), at: ['photos', 0, 'interval'], problem: { key: 'interval.baseline' }, got: { value: 2, unit: 'weeks' } },
  { what: 'a follow-up without an interval', plan: withPhoto({ kind: 'follow-up' }), at: ['photos', 0, 'interval'], problem: { key: 'interval.missing', params: { example: '{"value": 2, "unit": "weeks"}' } } },
  { what: 'an interval past the maximum', plan: withPhoto({ kind: 'follow-up', interval: { value: L.MAX_FOLLOW_UP_VALUE + 1, unit: 'days' } }), at: ['photos', 0, 'interval', 'value'], problem: { key: 'interval.value', params: { max: L.MAX_FOLLOW_UP_VALUE } }, got: L.MAX_FOLLOW_UP_VALUE + 1 },
  { what: 'an interval unit not in the list', plan: withPhoto({ kind: 'follow-up', interval: { value: 2, unit: 'years' } }), at: ['photos', 0, 'interval', 'unit'], problem: { key: 'choice.oneOf', params: { allowed: '"days", "weeks", "months"' } }, got: 'years' },
  { what: 'a media type not in the list', plan: withImage({ mediaType: 'image/gif' }), at: ['photos', 0, 'image', 'mediaType'], problem: { key: 'choice.oneOf', params: { allowed: '"image/jpeg", "image/png"' } }, got: 'image/gif' },
  { what: 'a photo side past the maximum', plan: withImage({ height: L.MAX_PHOTO_LONG_SIDE_PX + 1 }), at: ['photos', 0, 'image', 'height'], problem: { key: 'image.sidePx', params: { max: L.MAX_PHOTO_LONG_SIDE_PX } }, got: L.MAX_PHOTO_LONG_SIDE_PX + 1 },
  { what: 'image data not text', plan: withImage({ data: 42 }), at: ['photos', 0, 'image', 'data'], problem: { key: 'image.notText' }, got: 42 },
  {
    what: 'a photo over the size cap, refused from its text length before decoding',
    // 2.1 MB of zero bytes as base64: no image at all, so only the size check can refuse it here.
    plan: withImage({ data: 'A'.repeat(2_800_000) }),
    at: ['photos', 0, 'image', 'data'],
    problem: { key: 'image.tooLarge', params: { size: 2.1, max: L.MAX_PHOTO_BYTES / 1e6 } },
  },
  { what: 'image data not base64', plan: withImage({ data: 'not base64!' }), at: ['photos', 0, 'image', 'data'], problem: { key: 'image.badBase64' } },
  { what: 'image data that is no image', plan: withImage({ data: 'aGVsbG8gd29ybGQh' }), at: ['photos', 0, 'image', 'data'], problem: { key: 'image.incomplete' } },
  { what: 'a PNG said, a JPEG stored', plan: withImage({ mediaType: 'image/png' }), at: ['photos', 0, 'image', 'mediaType'], problem: { key: 'image.typeMismatch', params: { stated: 'image/png', actual: 'image/jpeg' } } },
  {
    what: 'sides other than the image has',
    plan: withImage({ width: 95, height: 97 }),
    at: ['photos', 0, 'image', 'width'],
    problem: { key: 'image.sizeMismatch', params: { width: 95, height: 97, actualWidth: SIDE_PX, actualHeight: SIDE_PX } },
  },
  { what: 'a photo carrying metadata', plan: withImage({ data: FACE_EXIF_JPEG }), at: ['photos', 0, 'image', 'data'], problem: { key: 'image.metadata', params: { kinds: 'EXIF (with GPS), XMP, comment' } } },
  { what: 'a landmark id no mesh has', plan: withPhoto({ landmarks: [{ id: 'nose', x: 1, y: 1, source: 'manual' }] }), at: ['photos', 0, 'landmarks', 0, 'id'], problem: { key: 'landmark.id' }, got: 'nose' },
  {
    what: 'a landmark past the margin',
    plan: withPhoto({ landmarks: [{ id: 'mp:1', x: 1, y: SIDE_PX * 2, source: 'manual' }] }),
    at: ['photos', 0, 'landmarks', 0, 'y'],
    problem: { key: 'number.range', params: { min: -L.PHOTO_LANDMARK_MARGIN * SIDE_PX, max: (1 + L.PHOTO_LANDMARK_MARGIN) * SIDE_PX }, words: { unit: 'unit.px' } },
    got: SIDE_PX * 2,
  },
  { what: 'a landmark source not in the list', plan: withPhoto({ landmarks: [{ id: 'mp:1', x: 1, y: 1, source: 'guessed' }] }), at: ['photos', 0, 'landmarks', 0, 'source'], problem: { key: 'choice.oneOf', params: { allowed: '"detected", "manual"' } }, got: 'guessed' },
  { what: 'a landmark twice', plan: withPhoto({ landmarks: [{ id: 'mp:1', x: 1, y: 1, source: 'manual' }, { id: 'mp:1', x: 2, y: 2, source: 'manual' }] }), at: ['photos', 0, 'landmarks', 1, 'id'], problem: { key: 'unique.landmark' }, got: 'mp:1' },
  { what: 'a photo id twice', plan: { ...base, photos: [photo, photo] }, at: ['photos', 1, 'id'], problem: { key: 'unique.photo' }, got: 'p1' },
  { what: 'too many photos', plan: { ...base, photos: Array.from({ length: L.MAX_PHOTOS + 1 }, () => photo) }, at: ['photos'], problem: { key: 'list.tooMany', params: { count: L.MAX_PHOTOS + 1, max: L.MAX_PHOTOS }, words: { items: 'items.photos' } } },
  // The photo scale
  { what: 'a scale not an object', plan: { ...base, photoScale: 5 }, at: ['photoScale'], problem: { key: 'field.notObjectOrNull', words: { part: 'part.photoScale' } }, got: 5 },
  { what: 'a scale between one landmark and itself', plan: { ...base, photoScale: { fromLandmark: 'mp:1', toLandmark: 'mp:1', distanceMm: 60 } }, at: ['photoScale', 'toLandmark'], problem: { key: 'scale.sameLandmark' } },
  {
    what: 'a scale distance below the minimum',
    plan: { ...base, photoScale: { fromLandmark: 'mp:1', toLandmark: 'mp:2', distanceMm: L.MIN_PHOTO_SCALE_MM - 1 } },
    at: ['photoScale', 'distanceMm'],
    problem: { key: 'number.range', params: { min: L.MIN_PHOTO_SCALE_MM, max: L.MAX_PHOTO_SCALE_MM }, words: { unit: 'unit.mm' } },
    got: L.MIN_PHOTO_SCALE_MM - 1,
  },
  // Revisions and sign-off
  { what: 'revision 0', plan: { ...base, revision: 0 }, at: ['revision'], problem: { key: 'revision.range', params: { max: L.MAX_REVISION } }, got: 0 },
  { what: 'a sign-off without a name', plan: { ...base, signOff: { by: '  ', on: '2025-01-01' } }, at: ['signOff', 'by'], problem: { key: 'signOff.noName' } },
  { what: 'a sign-off without a day', plan: { ...base, signOff: { by: 'Dr A', on: '' } }, at: ['signOff', 'on'], problem: { key: 'date.pattern' }, got: '' },
  { what: 'a sign-off not an object', plan: { ...base, signOff: 'Dr A' }, at: ['signOff'], problem: { key: 'field.notObject', words: { part: 'part.signOff' } }, got: 'Dr A' },
  {
    what: 'too many kept revisions',
    plan: { ...base, revision: 9, finalRevisions: Array.from({ length: L.MAX_FINAL_REVISIONS + 1 }, (_, i) => kept(i + 1)) },
    at: ['finalRevisions'],
    problem: { key: 'list.tooMany', params: { count: L.MAX_FINAL_REVISIONS + 1, max: L.MAX_FINAL_REVISIONS }, words: { items: 'items.finalRevisions' } },
  },
  { what: 'a kept revision not an object', plan: { ...base, revision: 2, finalRevisions: [1] }, at: ['finalRevisions', 0], problem: { key: 'field.notObject', words: { part: 'part.finalRevision' } }, got: 1 },
  { what: 'kept revisions out of order', plan: { ...base, revision: 5, finalRevisions: [kept(2), kept(2)] }, at: ['finalRevisions', 1, 'revision'], problem: { key: 'revision.order', params: { previous: 2, revision: 5 } }, got: 2 },
  { what: 'a kept revision not before the current one', plan: { ...base, revision: 3, finalRevisions: [kept(3)] }, at: ['finalRevisions', 0, 'revision'], problem: { key: 'revision.order', params: { previous: 0, revision: 3 } }, got: 3 },
];

describe('what each refusal of the plan validator says', () => {
  for (const c of CASES) {
    it(c.what, () => {
      const result = validatePlanDetailed(c.plan);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.refusal.segments).toEqual(c.at);
      expect(result.refusal.problem).toEqual(c.problem);
      if ('got' in c) expect(result.refusal.got).toEqual({ value: c.got });
      else expect(result.refusal.got).toBeUndefined();
    });
  }

  it('the budget shared by the current design and kept revisions names its maximum at the list that passes it', () => {
    const threads = (n: number, prefix: string) => ({
      entryPoints: Array.from({ length: n }, (_, i) => ({ ...entry, id: `${prefix}e${i}` })),
      threads: Array.from({ length: n }, (_, i) => ({ ...thread, id: `${prefix}t${i}`, entryPointId: `${prefix}e${i}` })),
    });
    const half = L.MAX_THREADS / 2;
    // Entry points count first: the kept revision's list is the one that passes the total.
    const over = { ...base, ...threads(half, 'c'), revision: 2, finalRevisions: [kept(1, threads(half + 1, 'k'))] };
    const result = validatePlanDetailed(over);
    expect(result).toMatchObject({ ok: false, refusal: { segments: ['finalRevisions', 0, 'entryPoints'], problem: { key: 'total.entryPoints', params: { max: L.MAX_ENTRY_POINTS } } } });
    // Threads over the total with entry points within it.
    const shared = threads(half + 1, 'k');
    const overThreads = {
      ...base, ...threads(half, 'c'), revision: 2,
      finalRevisions: [kept(1, { entryPoints: shared.entryPoints.slice(0, 1), threads: shared.threads.map((t) => ({ ...t, entryPointId: 'ke0' })) })],
    };
    expect(validatePlanDetailed(overThreads)).toMatchObject({ ok: false, refusal: { segments: ['finalRevisions', 0, 'threads'], problem: { key: 'total.threads', params: { max: L.MAX_THREADS } } } });
  });

  it('the path-point total names its maximum at the path that passes it', () => {
    const points = L.MAX_PATH_POINTS;
    const count = Math.floor(L.MAX_PLAN_PATH_POINTS / points) + 1;
    const path = Array.from({ length: points }, (_, k) => ({ x: -50, y: 10 + k * 0.01 }));
    const plan = {
      ...base,
      entryPoints: Array.from({ length: count }, (_, i) => ({ ...entry, id: `e${i}` })),
      threads: Array.from({ length: count }, (_, i) => ({ ...thread, id: `t${i}`, entryPointId: `e${i}`, path, pointDepthsMm: path.map(() => null) })),
    };
    expect(validatePlanDetailed(plan)).toMatchObject({
      ok: false,
      refusal: { segments: ['threads', count - 1, 'path'], problem: { key: 'total.pathPoints', params: { max: L.MAX_PLAN_PATH_POINTS } } },
    });
  });

  it('an unknown thread type is refused only when the known types are given, as a list or a set', () => {
    expect(validatePlanDetailed(base).ok).toBe(true);
    for (const known of [['pdo-cog-19g-100'], new Set(['pdo-cog-19g-100'])]) {
      expect(validatePlanDetailed(base, { knownThreadTypeIds: known })).toMatchObject({
        ok: false,
        refusal: { segments: ['threads', 0, 'typeId'], problem: { key: 'thread.unknownType' }, got: { value: 'pdo-mono-29g-38' } },
      });
    }
    expect(validatePlanDetailed(base, { knownThreadTypeIds: ['pdo-mono-29g-38'] }).ok).toBe(true);
  });

  it('a payload that throws when read is refused as not plain data, naming no field', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(validatePlanDetailed(hostile)).toEqual({ ok: false, refusal: { segments: [], problem: { key: 'plan.notPlainData' } } });
  });
  it('a path may start exactly the tolerance away from its entry point', () => {
    expect(validatePlanDetailed(withThread({ path: [{ x: -50, y: 10 + L.ENTRY_POINT_TOLERANCE_MM }, { x: -30, y: 40 }] })).ok).toBe(true);
  });

  it('gives back what it accepted, field by field: sign-off, kept revisions, photos with landmarks and intervals, the photo scale', () => {
    const full = {
      ...base,
      revision: 3,
      signOff: { by: 'Dr A', on: '2025-02-01' },
      finalRevisions: [kept(1, { entryPoints: [entry], threads: [thread] }), kept(2)],
      photos: [{ ...photo, id: 'p2', kind: 'follow-up', interval: { value: 2, unit: 'weeks' }, landmarks: [{ id: 'mp:1', x: 10, y: 20, source: 'detected' }] }],
      photoScale: { fromLandmark: 'mp:1', toLandmark: 'mp:2', distanceMm: 62 },
    };
    const result = validatePlanDetailed(full);
    expect(result).toEqual({ ok: true, plan: full });
  });

  it('writes a negative zero as zero in every number it keeps', () => {
    const negative = {
      ...base,
      meta: { ...base.meta, saggingGrade: -0 },
      threads: [{ ...thread, pointDepthsMm: [-0, null] }],
      photos: [{ ...photo, kind: 'follow-up', interval: { value: -0, unit: 'days' } }],
    };
    const result = validatePlanDetailed(negative);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.is(result.plan.meta.saggingGrade, 0)).toBe(true);
    expect(Object.is(result.plan.threads[0]!.pointDepthsMm[0], 0)).toBe(true);
    expect(Object.is(result.plan.photos[0]!.interval!.value, 0)).toBe(true);
  });
});
