import { polylineLength } from '../geometry/polyline';
import type { FacePoint } from '../geometry/types';
import { base64DecodedLength, decodeBase64, findImageMetadata, readImageHeader } from '../photo/image-bytes';
import { isLandmarkId } from '../photo/landmark-ids';
import { planError, pointerFromSegments, type PlanError } from './errors';
import { valueDescription, type PlanErrorKey, type PlanErrorText } from './error-text/render';
import * as L from './limits';
import {
  PLAN_FORMAT,
  PLAN_SCHEMA_VERSION,
  type AgeBand,
  type BarbedSection,
  type EntryPoint,
  type FixationEnd,
  type FinalRevision,
  type FollowUpInterval,
  type IntervalUnit,
  type LandmarkSource,
  type LotInfo,
  type PhotoAngle,
  type PhotoImage,
  type PhotoKind,
  type PhotoLandmark,
  type PhotoScale,
  type PlanDocument,
  type PlanPhoto,
  type PlanMeta,
  type SignOff,
  type Side,
  type SkinThickness,
  type Thread,
} from './types';

/**
 * The run-time validator for plan documents. Hand-written rather than generated from the JSON
 * Schema so that it is fast (the Electron main process checks every IPC payload with it), has no
 * dependencies, never recurses beyond the plan's fixed shape, and can check what a schema
 * cannot: references between ids, path[0] on its entry point, the barbed section within the path.
 *
 * It reports the FIRST problem only, as one sentence with a JSON pointer: a person fixing a file
 * by hand fixes one thing at a time, and a list of 500 follow-on errors helps nobody.
 *
 * On success it returns a fresh copy built field by field in the canonical key order, so the
 * caller never holds on to extra properties or a shared reference to untrusted input.
 */

export interface ValidateOptions {
  /** When given, a thread whose typeId is not among these is refused (a list is accepted too). */
  readonly knownThreadTypeIds?: ReadonlySet<string> | readonly string[];
}

export type ValidateResult = { ok: true; plan: PlanDocument } | { ok: false; error: PlanError };

/** A refusal with the offending value kept, so parse can quote it as written in the file. */
export interface PlanRefusal {
  readonly segments: readonly (string | number)[];
  /** The problem without the "(got ...)" part, as a message key and parameters (error-text/). */
  readonly problem: Problem;
  /** Present when the message should quote the offending value. */
  readonly got?: { readonly value: unknown };
}

/** A problem's text without the quoted value. */
export type Problem = Omit<PlanErrorText, 'got'>;

/** The problem `key` with its parameters; `words` are parameters that are words of the same tables. */
const problem = (key: PlanErrorKey, params?: PlanErrorText['params'], words?: PlanErrorText['words']): Problem => ({
  key,
  ...(params ? { params } : {}),
  ...(words ? { words } : {}),
});

export type DetailedValidateResult = { ok: true; plan: PlanDocument } | { ok: false; refusal: PlanRefusal };

export const SIDES: readonly Side[] = ['right', 'left'];
export const SKIN_THICKNESSES: readonly SkinThickness[] = ['thin', 'normal', 'thick'];
export const AGE_BANDS: readonly AgeBand[] = ['under-30', '30-39', '40-49', '50-59', '60-69', '70-plus'];
export const FIXATION_ENDS: readonly FixationEnd[] = ['entry', 'distal'];

/** Field names in canonical order; serialize.ts writes keys in this order too. */
export const PLAN_KEYS = ['format', 'schemaVersion', 'meta', 'entryPoints', 'threads', 'photos', 'photoScale', 'revision', 'signOff', 'finalRevisions'] as const;
export const SIGN_OFF_KEYS = ['by', 'on'] as const;
export const FINAL_REVISION_KEYS = ['revision', 'signOff', 'meta', 'entryPoints', 'threads'] as const;
export const META_KEYS = ['title', 'date', 'practitioner', 'patientId', 'ageBand', 'skinThickness', 'saggingGrade', 'notes'] as const;
export const ENTRY_POINT_KEYS = ['id', 'label', 'position', 'side'] as const;
export const POINT_KEYS = ['x', 'y'] as const;
export const THREAD_KEYS = [
  'id', 'side', 'typeId', 'entryPointId', 'path', 'depthMm', 'pointDepthsMm', 'barbed',
  'fixationEnd', 'fixationZoneId', 'tensionN', 'lot', 'notes',
] as const;
export const BARBED_KEYS = ['startMm', 'endMm'] as const;
export const PHOTO_KEYS = ['id', 'angle', 'kind', 'date', 'interval', 'image', 'landmarks'] as const;
export const PHOTO_IMAGE_KEYS = ['mediaType', 'width', 'height', 'data'] as const;
export const PHOTO_LANDMARK_KEYS = ['id', 'x', 'y', 'source'] as const;
export const INTERVAL_KEYS = ['value', 'unit'] as const;
export const PHOTO_SCALE_KEYS = ['fromLandmark', 'toLandmark', 'distanceMm'] as const;
export const PHOTO_ANGLES: readonly PhotoAngle[] = ['frontal', 'oblique-right', 'oblique-left', 'profile-right', 'profile-left'];
export const PHOTO_KINDS: readonly PhotoKind[] = ['baseline', 'follow-up'];
export const INTERVAL_UNITS: readonly IntervalUnit[] = ['days', 'weeks', 'months'];
export const LANDMARK_SOURCES: readonly LandmarkSource[] = ['detected', 'manual'];
export const PHOTO_MEDIA_TYPES: readonly PhotoImage['mediaType'][] = ['image/jpeg', 'image/png'];
export const LOT_KEYS = ['number', 'expiry'] as const;

/** A location in the document, as a cheap linked list; turned into a pointer only on failure. */
interface Loc {
  readonly up: Loc | null;
  readonly key: string | number;
}
const ROOT: Loc | null = null;
const at = (up: Loc | null, key: string | number): Loc => ({ up, key });

function segmentsOf(loc: Loc | null): (string | number)[] {
  const out: (string | number)[] = [];
  for (let l = loc; l !== null; l = l.up) out.push(l.key);
  return out.reverse();
}

class Refusal extends Error {
  constructor(
    readonly loc: Loc | null,
    readonly problem: Problem,
    readonly got?: { readonly value: unknown },
  ) {
    super(problem.key);
  }
}

const refuse = (loc: Loc | null, why: Problem): never => {
  throw new Refusal(loc, why);
};
const refuseValue = (loc: Loc | null, why: Problem, value: unknown): never => {
  throw new Refusal(loc, why, { value });
};

/** Numbers in messages: at most two decimals, no float noise (the language writes the separator). */
export const fmt = (n: number): number => (Number.isFinite(n) ? Math.round(n * 100) / 100 : n);

type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

type Part = Extract<PlanErrorKey, `part.${string}`>;
type Items = Extract<PlanErrorKey, `items.${string}`>;
type Unit = Extract<PlanErrorKey, `unit.${string}`>;

/** Check v is an object with exactly these keys; `what` names it in messages ("a thread"). */
function record(v: unknown, loc: Loc | null, what: Part, keys: readonly string[], orNull = false): Obj {
  if (!isObject(v)) return refuseValue(loc, problem(orNull ? 'field.notObjectOrNull' : 'field.notObject', undefined, { part: what }), v);
  for (const key of Object.keys(v)) {
    if (!keys.includes(key)) refuse(at(loc, key), { ...problem('field.unknown', undefined, { part: what }), values: { field: valueDescription(key) } });
  }
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) refuse(at(loc, key), problem('field.missing', { field: key }, { part: what }));
  }
  return v;
}

function num(o: Obj, key: string, loc: Loc | null, min: number, max: number, unit: Unit): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    refuseValue(at(loc, key), problem('number.range', { min, max }, { unit }), v);
  }
  return (v as number) + 0; // + 0 turns -0 into 0, so a plan serializes and compares cleanly
}

function str(o: Obj, key: string, loc: Loc | null, maxLength: number): string {
  const v = o[key];
  if (typeof v !== 'string') return refuseValue(at(loc, key), problem('text.notString'), v);
  if (v.length > maxLength) refuse(at(loc, key), problem('text.tooLong', { length: v.length, max: maxLength }));
  return v;
}

function id(o: Obj, key: string, loc: Loc | null): string {
  const v = str(o, key, loc, L.MAX_ID_LENGTH);
  if (!L.ID_PATTERN.test(v)) {
    refuseValue(at(loc, key), problem('id.pattern'), v);
  }
  return v;
}

function oneOf<T extends string>(o: Obj, key: string, loc: Loc | null, allowed: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    refuseValue(at(loc, key), problem('choice.oneOf', { allowed: allowed.map((a) => `"${a}"`).join(', ') }), v);
  }
  return v as T;
}

function isoDate(o: Obj, key: string, loc: Loc | null, allowEmpty: boolean): string {
  const v = o[key];
  if (typeof v === 'string' && allowEmpty && v === '') return v;
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return v as string;
  }
  return refuseValue(at(loc, key), problem(allowEmpty ? 'date.patternOrEmpty' : 'date.pattern'), v);
}

function list(o: Obj, key: string, loc: Loc | null, what: Items, min: number, max: number): readonly unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) return refuseValue(at(loc, key), problem('list.notList', undefined, { items: what }), v);
  if (v.length < min) refuse(at(loc, key), problem('list.tooFew', { min, count: v.length }, { items: what }));
  if (v.length > max) refuse(at(loc, key), problem('list.tooMany', { count: v.length, max }, { items: what }));
  return v;
}

/** Map over every index, holes included (Array.prototype.map skips holes in sparse arrays). */
function eachIndex<T>(items: readonly unknown[], check: (item: unknown, index: number) => T): T[] {
  const out: T[] = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = check(items[i], i);
  return out;
}

function point(v: unknown, loc: Loc): FacePoint {
  const o = record(v, loc, 'part.point', POINT_KEYS);
  const unit = 'unit.mm';
  return {
    x: num(o, 'x', loc, -L.MAX_COORDINATE_MM, L.MAX_COORDINATE_MM, unit),
    y: num(o, 'y', loc, -L.MAX_COORDINATE_MM, L.MAX_COORDINATE_MM, unit),
  };
}

function meta(v: unknown, loc: Loc): PlanMeta {
  const o = record(v, loc, 'part.meta', META_KEYS);
  const title = str(o, 'title', loc, L.MAX_TITLE_LENGTH);
  const date = isoDate(o, 'date', loc, false);
  const practitioner = str(o, 'practitioner', loc, L.MAX_PRACTITIONER_LENGTH);
  const patientId = str(o, 'patientId', loc, L.MAX_PATIENT_ID_LENGTH);
  const ageBand = o.ageBand === null ? null : oneOf(o, 'ageBand', loc, AGE_BANDS);
  const skinThickness = oneOf(o, 'skinThickness', loc, SKIN_THICKNESSES);
  let saggingGrade: number | null = null;
  if (o.saggingGrade !== null) {
    const g = o.saggingGrade;
    if (typeof g !== 'number' || !Number.isInteger(g) || g < L.MIN_SAGGING_GRADE || g > L.MAX_SAGGING_GRADE) {
      refuseValue(at(loc, 'saggingGrade'), problem('meta.saggingGrade', { min: L.MIN_SAGGING_GRADE, max: L.MAX_SAGGING_GRADE }), g);
    }
    saggingGrade = (g as number) + 0;
  }
  const notes = str(o, 'notes', loc, L.MAX_PLAN_NOTES_LENGTH);
  return { title, date, practitioner, patientId, ageBand, skinThickness, saggingGrade, notes };
}

function entryPoint(v: unknown, loc: Loc): EntryPoint {
  const o = record(v, loc, 'part.entryPoint', ENTRY_POINT_KEYS);
  return {
    id: id(o, 'id', loc),
    label: str(o, 'label', loc, L.MAX_LABEL_LENGTH),
    position: point(o.position, at(loc, 'position')),
    side: oneOf(o, 'side', loc, SIDES),
  };
}

function thread(v: unknown, loc: Loc, entryPoints: ReadonlyMap<string, EntryPoint>, knownTypes: ReadonlySet<string> | null): Thread {
  const o = record(v, loc, 'part.thread', THREAD_KEYS);
  const threadId = id(o, 'id', loc);
  const side = oneOf(o, 'side', loc, SIDES);
  const typeId = id(o, 'typeId', loc);
  if (knownTypes && !knownTypes.has(typeId)) {
    refuseValue(at(loc, 'typeId'), problem('thread.unknownType'), typeId);
  }
  const entryPointId = id(o, 'entryPointId', loc);
  const entry = entryPoints.get(entryPointId);
  if (!entry) return refuseValue(at(loc, 'entryPointId'), problem('thread.unknownEntryPoint'), entryPointId);
  // A thread lies on the side of the face its entry point is on; a file that says otherwise would
  // make every side-based rule (asymmetry, fixation zone, malar share) talk about the wrong side.
  if (side !== entry.side) {
    refuse(at(loc, 'side'), problem('thread.sideMismatch', { entry: entry.id }, { side: `side.${side}`, entrySide: `side.${entry.side}` }));
  }

  const pathLoc = at(loc, 'path');
  const rawPath = list(o, 'path', loc, 'items.pathPoints', L.MIN_PATH_POINTS, L.MAX_PATH_POINTS);
  const path = eachIndex(rawPath, (p, i) => point(p, at(pathLoc, i)));
  const first = path[0] as FacePoint;
  const gap = Math.hypot(first.x - entry.position.x, first.y - entry.position.y);
  if (gap > L.ENTRY_POINT_TOLERANCE_MM) {
    refuse(
      at(pathLoc, 0),
      problem('thread.offEntryPoint', { entry: entry.id, x: fmt(entry.position.x), y: fmt(entry.position.y), gap: fmt(gap), tolerance: L.ENTRY_POINT_TOLERANCE_MM }),
    );
  }

  const depthUnit = 'unit.depth';
  const depthMm = num(o, 'depthMm', loc, L.MIN_DEPTH_MM, L.MAX_DEPTH_MM, depthUnit);
  const depthsLoc = at(loc, 'pointDepthsMm');
  const rawDepths = list(o, 'pointDepthsMm', loc, 'items.pointDepths', 0, L.MAX_PATH_POINTS);
  if (rawDepths.length !== path.length) {
    refuse(depthsLoc, problem('thread.depthCount', { count: rawDepths.length, points: path.length }));
  }
  const pointDepthsMm = eachIndex(rawDepths, (d, i) => {
    if (d === null) return null;
    if (typeof d !== 'number' || !Number.isFinite(d) || d < L.MIN_DEPTH_MM || d > L.MAX_DEPTH_MM) {
      refuseValue(at(depthsLoc, i), problem('number.rangeOrNull', { min: L.MIN_DEPTH_MM, max: L.MAX_DEPTH_MM }, { unit: depthUnit }), d);
    }
    return (d as number) + 0;
  });

  let barbed: BarbedSection | null = null;
  if (o.barbed !== null) {
    const bLoc = at(loc, 'barbed');
    const b = record(o.barbed, bLoc, 'part.barbed', BARBED_KEYS, true);
    const length = polylineLength(path);
    const limit = L.MAX_COORDINATE_MM * 2 * L.MAX_PATH_POINTS; // any finite path is shorter
    const startMm = num(b, 'startMm', bLoc, 0, limit, 'unit.alongPath');
    const endMm = num(b, 'endMm', bLoc, 0, limit, 'unit.alongPath');
    if (startMm > endMm) {
      refuse(at(bLoc, 'startMm'), problem('barbed.startAfterEnd', { start: fmt(startMm), end: fmt(endMm) }));
    }
    if (endMm > length + L.BARBED_LENGTH_TOLERANCE_MM) {
      refuse(at(bLoc, 'endMm'), problem('barbed.beyondPath', { end: fmt(endMm), length: fmt(length) }));
    }
    barbed = { startMm, endMm };
  }

  const fixationEnd = oneOf(o, 'fixationEnd', loc, FIXATION_ENDS);
  const fixationZoneId = o.fixationZoneId === null ? null : id(o, 'fixationZoneId', loc);
  const tensionN = num(o, 'tensionN', loc, L.MIN_TENSION_N, L.MAX_TENSION_N, 'unit.newtons');

  let lot: LotInfo | null = null;
  if (o.lot !== null) {
    const lotLoc = at(loc, 'lot');
    const l = record(o.lot, lotLoc, 'part.lot', LOT_KEYS, true);
    lot = { number: str(l, 'number', lotLoc, L.MAX_LOT_NUMBER_LENGTH), expiry: isoDate(l, 'expiry', lotLoc, true) };
  }
  const notes = str(o, 'notes', loc, L.MAX_THREAD_NOTES_LENGTH);
  return {
    id: threadId, side, typeId, entryPointId, path, depthMm, pointDepthsMm, barbed,
    fixationEnd, fixationZoneId, tensionN, lot, notes,
  };
}

/** Running totals over the current design and every kept final revision: one budget for all (limits.ts). */
interface Budget {
  threads: number;
  entryPoints: number;
  pathPoints: number;
}

/** Entry points and threads of one design (the current one, or a kept final revision). */
function design(o: Obj, loc: Loc | null, knownTypes: ReadonlySet<string> | null, budget: Budget): { entryPoints: EntryPoint[]; threads: Thread[] } {
  const epLoc = at(loc, 'entryPoints');
  const rawEntryPoints = list(o, 'entryPoints', loc, 'items.entryPoints', 0, L.MAX_ENTRY_POINTS);
  budget.entryPoints += rawEntryPoints.length;
  if (budget.entryPoints > L.MAX_ENTRY_POINTS) {
    refuse(epLoc, problem('total.entryPoints', { max: L.MAX_ENTRY_POINTS }));
  }
  const byId = new Map<string, EntryPoint>();
  const entryPoints = eachIndex(rawEntryPoints, (e, i) => {
    const ep = entryPoint(e, at(epLoc, i));
    if (byId.has(ep.id)) refuseValue(at(at(epLoc, i), 'id'), problem('unique.entryPoint'), ep.id);
    byId.set(ep.id, ep);
    return ep;
  });

  const thLoc = at(loc, 'threads');
  const rawThreads = list(o, 'threads', loc, 'items.threads', 0, L.MAX_THREADS);
  budget.threads += rawThreads.length;
  if (budget.threads > L.MAX_THREADS) {
    refuse(thLoc, problem('total.threads', { max: L.MAX_THREADS }));
  }
  const threadIds = new Set<string>();
  const threads = eachIndex(rawThreads, (t, i) => {
    const th = thread(t, at(thLoc, i), byId, knownTypes);
    if (threadIds.has(th.id)) refuseValue(at(at(thLoc, i), 'id'), problem('unique.thread'), th.id);
    threadIds.add(th.id);
    budget.pathPoints += th.path.length;
    if (budget.pathPoints > L.MAX_PLAN_PATH_POINTS) {
      refuse(at(at(thLoc, i), 'path'), problem('total.pathPoints', { max: L.MAX_PLAN_PATH_POINTS }));
    }
    return th;
  });
  return { entryPoints, threads };
}

function signOff(v: unknown, loc: Loc): SignOff {
  const o = record(v, loc, 'part.signOff', SIGN_OFF_KEYS);
  const by = str(o, 'by', loc, L.MAX_PRACTITIONER_LENGTH);
  if (by.trim() === '') refuse(at(loc, 'by'), problem('signOff.noName'));
  return { by, on: isoDate(o, 'on', loc, false) };
}

function revisionNumber(o: Obj, key: string, loc: Loc | null): number {
  const n = o[key];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > L.MAX_REVISION) {
    refuseValue(at(loc, key), problem('revision.range', { max: L.MAX_REVISION }), n);
  }
  return (n as number) + 0;
}

function plan(v: unknown, options: ValidateOptions): PlanDocument {
  const o = record(v, ROOT, 'part.plan', PLAN_KEYS);
  if (o.format !== PLAN_FORMAT) refuseValue(at(ROOT, 'format'), problem('plan.format', { format: PLAN_FORMAT }), o.format);
  if (o.schemaVersion !== PLAN_SCHEMA_VERSION) {
    refuseValue(at(ROOT, 'schemaVersion'), problem('plan.schemaVersion', { version: PLAN_SCHEMA_VERSION }), o.schemaVersion);
  }
  const m = meta(o.meta, at(ROOT, 'meta'));
  const known = options.knownThreadTypeIds;
  const knownTypes = known === undefined ? null : known instanceof Set ? known : new Set(known);
  const budget: Budget = { threads: 0, entryPoints: 0, pathPoints: 0 };
  const { entryPoints, threads } = design(o, ROOT, knownTypes, budget);

  const phLoc = at(ROOT, 'photos');
  const rawPhotos = list(o, 'photos', ROOT, 'items.photos', 0, L.MAX_PHOTOS);
  const photoIds = new Set<string>();
  const photos = eachIndex(rawPhotos, (p, i) => {
    const ph = photo(p, at(phLoc, i));
    if (photoIds.has(ph.id)) refuseValue(at(at(phLoc, i), 'id'), problem('unique.photo'), ph.id);
    photoIds.add(ph.id);
    return ph;
  });
  const photoScale = o.photoScale === null ? null : scale(o.photoScale, at(ROOT, 'photoScale'));

  const revision = revisionNumber(o, 'revision', ROOT);
  const currentSignOff = o.signOff === null ? null : signOff(o.signOff, at(ROOT, 'signOff'));
  const frLoc = at(ROOT, 'finalRevisions');
  const rawRevisions = list(o, 'finalRevisions', ROOT, 'items.finalRevisions', 0, L.MAX_FINAL_REVISIONS);
  let previous = 0;
  const finalRevisions = eachIndex(rawRevisions, (r, i): FinalRevision => {
    const rLoc = at(frLoc, i);
    const ro = record(r, rLoc, 'part.finalRevision', FINAL_REVISION_KEYS);
    const number = revisionNumber(ro, 'revision', rLoc);
    // Oldest first, each an earlier revision than the current one.
    if (number <= previous || number >= revision) {
      refuseValue(at(rLoc, 'revision'), problem('revision.order', { previous, revision }), number);
    }
    previous = number;
    const kept = design(ro, rLoc, knownTypes, budget);
    return { revision: number, signOff: signOff(ro.signOff, at(rLoc, 'signOff')), meta: meta(ro.meta, at(rLoc, 'meta')), ...kept };
  });

  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    meta: m,
    entryPoints,
    threads,
    photos,
    photoScale,
    revision,
    signOff: currentSignOff,
    finalRevisions,
  };
}

function landmarkId(o: Obj, key: string, loc: Loc | null): string {
  const v = o[key];
  if (typeof v !== 'string' || !isLandmarkId(v)) {
    refuseValue(at(loc, key), problem('landmark.id'), v);
  }
  return v as string;
}

function photoImage(v: unknown, loc: Loc): PhotoImage {
  const o = record(v, loc, 'part.photoImage', PHOTO_IMAGE_KEYS);
  const mediaType = oneOf(o, 'mediaType', loc, PHOTO_MEDIA_TYPES);
  const side = (key: string): number => {
    const n = o[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > L.MAX_PHOTO_LONG_SIDE_PX) {
      refuseValue(at(loc, key), problem('image.sidePx', { max: L.MAX_PHOTO_LONG_SIDE_PX }), n);
    }
    return n as number;
  };
  const width = side('width');
  const height = side('height');
  const dataLoc = at(loc, 'data');
  const text = o.data;
  if (typeof text !== 'string') return refuseValue(dataLoc, problem('image.notText'), text);
  // Size first, from the text length alone, so an oversized photo is refused before decoding.
  if (text.length % 4 === 0 && base64DecodedLength(text) > L.MAX_PHOTO_BYTES) {
    refuse(dataLoc, problem('image.tooLarge', { size: fmt(base64DecodedLength(text) / 1e6), max: L.MAX_PHOTO_BYTES / 1e6 }));
  }
  const bytes = decodeBase64(text);
  if (!bytes) return refuse(dataLoc, problem('image.badBase64'));
  const header = readImageHeader(bytes);
  if (!header) return refuse(dataLoc, problem('image.incomplete'));
  if (header.mediaType !== mediaType) refuse(at(loc, 'mediaType'), problem('image.typeMismatch', { stated: mediaType, actual: header.mediaType }));
  if (header.width !== width || header.height !== height) {
    refuse(at(loc, 'width'), problem('image.sizeMismatch', { width, height, actualWidth: header.width, actualHeight: header.height }));
  }
  // Photos are stored without metadata (GPS, device, owner); a file holding some was not
  // written by VectorLift's importer, and loading it would carry that data along.
  const metadata = findImageMetadata(bytes);
  if (metadata.length > 0) {
    refuse(dataLoc, problem('image.metadata', { kinds: metadata.join(', ') }));
  }
  return { mediaType, width, height, data: text };
}

function photoLandmark(v: unknown, loc: Loc, image: PhotoImage): PhotoLandmark {
  const o = record(v, loc, 'part.landmark', PHOTO_LANDMARK_KEYS);
  const lid = landmarkId(o, 'id', loc);
  // A landmark may lie a little outside the frame (a cropped chin); further out is damage.
  const margin = L.PHOTO_LANDMARK_MARGIN;
  const x = num(o, 'x', loc, -margin * image.width, (1 + margin) * image.width, 'unit.px');
  const y = num(o, 'y', loc, -margin * image.height, (1 + margin) * image.height, 'unit.px');
  return { id: lid, x, y, source: oneOf(o, 'source', loc, LANDMARK_SOURCES) };
}

function interval(v: unknown, loc: Loc): FollowUpInterval {
  const o = record(v, loc, 'part.interval', INTERVAL_KEYS);
  const value = o.value;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > L.MAX_FOLLOW_UP_VALUE) {
    refuseValue(at(loc, 'value'), problem('interval.value', { max: L.MAX_FOLLOW_UP_VALUE }), value);
  }
  return { value: (value as number) + 0, unit: oneOf(o, 'unit', loc, INTERVAL_UNITS) };
}

function photo(v: unknown, loc: Loc): PlanPhoto {
  const o = record(v, loc, 'part.photo', PHOTO_KEYS);
  const photoId = id(o, 'id', loc);
  const angle = oneOf(o, 'angle', loc, PHOTO_ANGLES);
  const kind = oneOf(o, 'kind', loc, PHOTO_KINDS);
  const date = isoDate(o, 'date', loc, false);
  let followUp: FollowUpInterval | null = null;
  if (kind === 'baseline' && o.interval !== null) refuseValue(at(loc, 'interval'), problem('interval.baseline'), o.interval);
  if (kind === 'follow-up') {
    if (o.interval === null) refuse(at(loc, 'interval'), problem('interval.missing', { example: '{"value": 2, "unit": "weeks"}' }));
    followUp = interval(o.interval, at(loc, 'interval'));
  }
  const image = photoImage(o.image, at(loc, 'image'));
  const lmLoc = at(loc, 'landmarks');
  const raw = list(o, 'landmarks', loc, 'items.landmarks', 0, L.MAX_PHOTO_LANDMARKS);
  const seen = new Set<string>();
  const landmarks = eachIndex(raw, (p, i) => {
    const lm = photoLandmark(p, at(lmLoc, i), image);
    if (seen.has(lm.id)) refuseValue(at(at(lmLoc, i), 'id'), problem('unique.landmark'), lm.id);
    seen.add(lm.id);
    return lm;
  });
  return { id: photoId, angle, kind, date, interval: followUp, image, landmarks };
}

function scale(v: unknown, loc: Loc): PhotoScale {
  const o = record(v, loc, 'part.photoScale', PHOTO_SCALE_KEYS, true);
  const fromLandmark = landmarkId(o, 'fromLandmark', loc);
  const toLandmark = landmarkId(o, 'toLandmark', loc);
  if (fromLandmark === toLandmark) refuse(at(loc, 'toLandmark'), problem('scale.sameLandmark'));
  const distanceMm = num(o, 'distanceMm', loc, L.MIN_PHOTO_SCALE_MM, L.MAX_PHOTO_SCALE_MM, 'unit.mm');
  return { fromLandmark, toLandmark, distanceMm };
}

/** Validate with the refusal kept structured (parse.ts uses it to add line, column and raw text). */
export function validatePlanDetailed(value: unknown, options: ValidateOptions = {}): DetailedValidateResult {
  try {
    return { ok: true, plan: plan(value, options) };
  } catch (e) {
    if (e instanceof Refusal) {
      return { ok: false, refusal: { segments: segmentsOf(e.loc), problem: e.problem, ...(e.got ? { got: e.got } : {}) } };
    }
    // Not expected (the checks above only read plain data), but a validator must never throw:
    // a hostile IPC payload with throwing getters lands here.
    return { ok: false, refusal: { segments: [], problem: problem('plan.notPlainData') } };
  }
}

/** The text of a refusal, quoting the value unless `raw` (as written in the file) is given. */
export function refusalText(refusal: PlanRefusal, raw?: string): PlanErrorText {
  if (!refusal.got) return refusal.problem;
  return { ...refusal.problem, got: raw !== undefined ? { kind: 'quoted', text: raw } : valueDescription(refusal.got.value) };
}

/** Check any value is a current-schema plan; returns a clean copy or the first problem. Never throws. */
export function validatePlan(value: unknown, options: ValidateOptions = {}): ValidateResult {
  const r = validatePlanDetailed(value, options);
  if (r.ok) return r;
  return {
    ok: false,
    error: planError(refusalText(r.refusal), pointerFromSegments(r.refusal.segments)),
  };
}
