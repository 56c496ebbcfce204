/**
 * The plan-loader fuzz (issue 8): mutations of every bundled example, training case and valid
 * test fixture (scripts/fuzz/mutations.ts) fed to the loader the CLI, the desktop and the
 * browser share (shared/plan/plan-file.ts, then parsePlanText), and case.json files to the case
 * loader. For every case it checks, independently of the loader's own code:
 * - no crash: nothing throws, and the loader's last-resort "could not be read (...)" answer,
 *   which only an internal exception produces, never appears;
 * - every refusal is located: one line of text, and a JSON pointer or a line in the file (only
 *   refusals of the whole file, by its size, need neither);
 * - no prototype pollution: Object.prototype, Array.prototype and Function.prototype keep
 *   exactly their own properties, and nothing accepted holds a non-plain object or a
 *   `__proto__`/`constructor` key;
 * - whatever is accepted passes the validator again, saves (as the app writes it, within every
 *   writer's cap), reopens through the same loader and is the same plan.
 * `npm run fuzz` runs it long (scripts/fuzz/run.ts); tests/unit/fuzz/loader-fuzz.test.ts runs a
 * few thousand cases inside `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { THREAD_CATALOGUE } from '../../shared/catalogue';
import { validatePlanText } from '../../shared/ipc/validate';
import { formatPlanError, type PlanError } from '../../shared/plan/errors';
import { parsePlanText } from '../../shared/plan/parse';
import { readPlanFileText, type PlanFileSystem } from '../../shared/plan/plan-file';
import { serializePlan } from '../../shared/plan/serialize';
import type { PlanDocument } from '../../shared/plan/types';
import { validatePlan } from '../../shared/plan/validate';
import { parseCaseText, serializeCase, validateCase } from '../../shared/training/case-format';
import type { TrainingCase } from '../../shared/training/types';
import { generatedPlan } from '../../cli/examples/generated';
import { MAX_THREADS } from '../../shared/plan/limits';
import { PROTOTYPE_KEYS, mutate, type Json } from './mutations';
import { Random } from './random';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: PlanError };

/** A loader under test: how it reads bytes, how its result is written back, and what a valid result is. */
export interface LoaderTarget<T> {
  readonly name: string;
  /** Valid files to mutate. */
  readonly seeds: readonly { readonly name: string; readonly text: string }[];
  load(bytes: Uint8Array): Promise<Loaded<T>>;
  /** The text the app writes for an accepted value. */
  save(value: T): string;
  /** Why the writers would refuse to write `text` (the IPC cap every writer applies), or null. */
  saveRefusal(text: string): string | null;
  /** Why an accepted value is not acceptable after all (the validator, run again), or null. */
  invalid(value: T): string | null;
}

/** A file system holding one file, so the loader reads exactly as it reads from disk. */
export function memoryFile(bytes: Uint8Array): PlanFileSystem {
  let position = 0;
  return {
    open: async () => ({
      stat: async () => ({ isFile: () => true, isDirectory: () => false, size: bytes.length }),
      read: async (buffer, offset, length) => {
        const n = Math.max(0, Math.min(length, bytes.length - position));
        buffer.set(bytes.subarray(position, position + n), offset);
        position += n;
        return { bytesRead: n };
      },
      close: async () => undefined,
    }),
  };
}

const OPEN_FLAGS = { O_RDONLY: 0 };

function readSeeds(folders: readonly string[], match: (name: string) => boolean): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const folder of folders) {
    const full = join(ROOT, folder);
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.isDirectory()) out.push(...readSeeds([join(folder, entry.name)], match));
      else if (match(entry.name)) out.push({ name: join(folder, entry.name), text: readFileSync(join(full, entry.name), 'utf8') });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The plan loader as the CLI and the app use it, with the thread catalogue they pass. */
export function planTarget(): LoaderTarget<PlanDocument> {
  const options = { knownThreadTypeIds: new Set(THREAD_CATALOGUE.map((t) => t.id)) };
  const seeds = [
    ...readSeeds(['assets/examples', 'assets/cases', 'tests/fixtures/plans/v1/valid', 'tests/fixtures/plans/v2/valid'], (n) => n.endsWith('.vlift')),
    // A plan at the thread limit, so duplicating a thread crosses it.
    { name: `generated ${MAX_THREADS}-thread plan`, text: serializePlan(generatedPlan(MAX_THREADS)) },
  ];
  return {
    name: 'plan',
    seeds,
    load: async (bytes) => {
      const read = await readPlanFileText(memoryFile(bytes), 'fuzz.vlift', OPEN_FLAGS);
      if (!read.ok) return read;
      const parsed = parsePlanText(read.text, options);
      return parsed.ok ? { ok: true, value: parsed.plan } : parsed;
    },
    save: serializePlan,
    saveRefusal: (text) => {
      const checked = validatePlanText(text);
      return checked.ok ? null : checked.error;
    },
    invalid: (plan) => {
      const checked = validatePlan(plan, options);
      return checked.ok ? null : formatPlanError(checked.error);
    },
  };
}

/** case.json of the training library, through the case loader. */
export function caseTarget(): LoaderTarget<TrainingCase> {
  return {
    name: 'case',
    seeds: readSeeds(['assets/cases'], (n) => n === 'case.json'),
    load: async (bytes) => {
      const read = await readPlanFileText(memoryFile(bytes), 'case.json', OPEN_FLAGS);
      if (!read.ok) return read;
      const parsed = parseCaseText(read.text);
      return parsed.ok ? { ok: true, value: parsed.case } : parsed;
    },
    save: serializeCase,
    saveRefusal: (text) => {
      const checked = validatePlanText(text);
      return checked.ok ? null : checked.error;
    },
    invalid: (c) => {
      const checked = validateCase(c);
      return checked.ok ? null : formatPlanError(checked.error);
    },
  };
}

export type FailureKind = 'crash' | 'unlocated refusal' | 'prototype pollution' | 'unsafe value accepted' | 'save/reopen';

export interface FuzzFailure {
  readonly index: number;
  readonly target: string;
  readonly seed: string;
  readonly kind: FailureKind;
  readonly detail: string;
  readonly steps: readonly string[];
  readonly bytes: Uint8Array;
}

export interface FuzzReport {
  readonly seed: number;
  readonly cases: number;
  readonly accepted: number;
  readonly refused: number;
  readonly counts: Readonly<Record<FailureKind, number>>;
  /** The first failures found (at most `keep`), with their input. */
  readonly failures: readonly FuzzFailure[];
  readonly slowestCaseMs: number;
  readonly perTarget: Readonly<Record<string, { cases: number; accepted: number }>>;
}

export interface FuzzOptions {
  readonly count: number;
  readonly seed: number;
  /** Only case `only` (its number in a run of any count), to reproduce a failure. */
  readonly only?: number;
  /** Failures kept with their input (all are counted). */
  readonly keep?: number;
  /** Loaders under test with their share of the cases; defaults to plans 90%, case.json 10%. */
  readonly targets?: readonly { readonly target: LoaderTarget<never>; readonly share: number }[];
  readonly onProgress?: (done: number, report: FuzzReport) => void;
}

// ---------------------------------------------------------------------------------------------
// The checks, written without the loader's code.

/** Refusals about the file as a whole, which have no place inside it. */
const WHOLE_FILE_REFUSAL = /^(plan|case) file is (over )?[0-9.]+ ?(MB|kB)/;
/** The loaders' last resort when something inside them threw. */
const INTERNAL_ERROR = /^could not be read \(/;

function refusalProblem(error: PlanError, bytes: Uint8Array): string | null {
  const { message, path, line, column } = error;
  if (typeof message !== 'string' || message.trim() === '') return 'empty message';
  if (/[\r\n]/.test(formatPlanError(error, 'x.vlift'))) return 'message is not one line';
  if (typeof path !== 'string' || (path !== '' && !path.startsWith('/'))) return `bad pointer ${JSON.stringify(path)}`;
  for (const n of [line, column]) if (n !== null && !(Number.isInteger(n) && n >= 1)) return `bad line/column ${line}:${column}`;
  if (line !== null) {
    let lines = 1;
    for (const b of bytes) if (b === 0x0a) lines++;
    if (line > lines) return `line ${line} is past the end (${lines} lines)`;
  }
  if (line === null && path === '' && !WHOLE_FILE_REFUSAL.test(message)) return 'refusal says neither where in the file nor which field';
  return null;
}

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];
const prototypeSnapshot = (): string[] => PROTOTYPES.map(([name, p]) => `${name}:${Reflect.ownKeys(p).map(String).sort().join(',')}`);

function pollution(before: readonly string[]): string | null {
  const now = prototypeSnapshot();
  for (let i = 0; i < now.length; i++) if (now[i] !== before[i]) return `${PROTOTYPES[i]![0]} changed`;
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined) return 'a fresh object inherits a planted property';
  return null;
}

/** A plain tree: objects of Object.prototype, arrays, and no key that could reach a prototype. */
function unsafeShape(value: unknown, where = ''): string | null {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? `${where} is a ${typeof value}` : null;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return `${where || '/'} is not a plain object or array`;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return `${where} has a symbol key`;
    if (PROTOTYPE_KEYS.includes(key)) return `${where} has a key ${JSON.stringify(key)}`;
    const problem = unsafeShape((value as Record<string, unknown>)[key], `${where}/${key}`);
    if (problem) return problem;
  }
  return null;
}

/** Same plan: equal values, -0 and 0 alike (JSON writes both as 0). */
function sameValue(a: unknown, b: unknown, where = ''): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${where || '/'}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${where}: list and object`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join() !== kb.join()) return `${where}: keys ${ka.join()} became ${kb.join()}`;
  for (const k of ka) {
    const problem = sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}/${k}`);
    if (problem) return problem;
  }
  return null;
}

const textOf = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** One case: the loader's outcome and what, if anything, is wrong with it. */
async function runCase<T>(target: LoaderTarget<T>, bytes: Uint8Array, before: readonly string[]): Promise<{ accepted: boolean; kind: FailureKind; detail: string } | { accepted: boolean; kind: null }> {
  let loaded: Loaded<T>;
  try {
    loaded = await target.load(bytes);
  } catch (e) {
    return { accepted: false, kind: 'crash', detail: `load threw ${textOf(e)}` };
  }
  const polluted = pollution(before);
  if (polluted) return { accepted: loaded.ok, kind: 'prototype pollution', detail: polluted };
  if (!loaded.ok) {
    if (INTERNAL_ERROR.test(loaded.error.message)) return { accepted: false, kind: 'crash', detail: `internal error: ${loaded.error.message}` };
    const problem = refusalProblem(loaded.error, bytes);
    return problem ? { accepted: false, kind: 'unlocated refusal', detail: `${problem}: ${formatPlanError(loaded.error)}` } : { accepted: false, kind: null };
  }
  const value = loaded.value;
  const unsafe = unsafeShape(value) ?? target.invalid(value);
  if (unsafe) return { accepted: true, kind: 'unsafe value accepted', detail: unsafe };
  try {
    const saved = target.save(value);
    const refused = target.saveRefusal(saved);
    if (refused) return { accepted: true, kind: 'save/reopen', detail: `opens but cannot be saved: ${refused}` };
    const reopened = await target.load(new TextEncoder().encode(saved));
    if (!reopened.ok) return { accepted: true, kind: 'save/reopen', detail: `saved but does not reopen: ${formatPlanError(reopened.error)}` };
    const changed = sameValue(value, reopened.value);
    if (changed) return { accepted: true, kind: 'save/reopen', detail: `reopens changed: ${changed}` };
    if (target.save(reopened.value) !== saved) return { accepted: true, kind: 'save/reopen', detail: 'saving the reopened plan writes different text' };
  } catch (e) {
    return { accepted: true, kind: 'crash', detail: `save/reopen threw ${textOf(e)}` };
  }
  return { accepted: true, kind: null };
}

const FAILURE_KINDS: readonly FailureKind[] = ['crash', 'unlocated refusal', 'prototype pollution', 'unsafe value accepted', 'save/reopen'];

/** Runs `count` cases from `seed`. Case i depends only on (seed, i): any case can be rerun alone. */
export async function runLoaderFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const targets = options.targets ?? [
    { target: planTarget() as LoaderTarget<never>, share: 0.9 },
    { target: caseTarget() as LoaderTarget<never>, share: 0.1 },
  ];
  const prepared = targets.map(({ target, share }) => {
    const parsed = target.seeds.map((s) => JSON.parse(s.text.replace(/^\uFEFF/, '')) as Json);
    return { target, share, parsed, bytes: target.seeds.map((s) => new TextEncoder().encode(s.text)) };
  });
  const totalShare = prepared.reduce((n, p) => n + p.share, 0);
  const keep = options.keep ?? 20;
  const counts = Object.fromEntries(FAILURE_KINDS.map((k) => [k, 0])) as Record<FailureKind, number>;
  const perTarget: Record<string, { cases: number; accepted: number }> = Object.fromEntries(prepared.map((p) => [p.target.name, { cases: 0, accepted: 0 }]));
  const failures: FuzzFailure[] = [];
  let accepted = 0;
  let cases = 0;
  let slowest = 0;
  const before = prototypeSnapshot();
  const report = (): FuzzReport => ({ seed: options.seed, cases, accepted, refused: cases - accepted, counts: { ...counts }, failures: [...failures], slowestCaseMs: slowest, perTarget: structuredClone(perTarget) });

  const first = options.only ?? 0;
  const end = options.only !== undefined ? options.only + 1 : options.count;
  for (let index = first; index < end; index++) {
    const rng = Random.forCase(options.seed, index);
    let r = rng.next() * totalShare;
    const p = prepared.find((x) => (r -= x.share) < 0) ?? prepared[0]!;
    const seedIndex = rng.below(p.parsed.length);
    const { bytes, steps } = mutate(rng, p.parsed[seedIndex]!, p.parsed, p.bytes);
    const t0 = performance.now();
    const outcome = await runCase(p.target, bytes, before);
    slowest = Math.max(slowest, performance.now() - t0);
    cases++;
    perTarget[p.target.name]!.cases++;
    if (outcome.accepted) {
      accepted++;
      perTarget[p.target.name]!.accepted++;
    }
    if (outcome.kind !== null) {
      counts[outcome.kind]++;
      if (failures.length < keep) failures.push({ index, target: p.target.name, seed: p.target.seeds[seedIndex]!.name, kind: outcome.kind, detail: outcome.detail, steps, bytes });
    }
    if (options.onProgress && cases % 1000 === 0) options.onProgress(cases, report());
  }
  return report();
}

export const failureCount = (r: FuzzReport): number => FAILURE_KINDS.reduce((n, k) => n + r.counts[k], 0);
