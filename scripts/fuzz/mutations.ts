/**
 * Mutations of a valid file for the loader fuzz: what a careless user, a broken disk, another
 * program or an attacker could make of a `.vlift` (or case.json). Two layers:
 * - structure: on the parsed JSON, at a random place: wrong types, huge and odd numbers, long
 *   strings, deep nesting, `__proto__`/`constructor` keys, missing, duplicated and reordered
 *   keys and elements, future format versions, and small plausible edits (which the loader
 *   should often accept, so the save/reopen round trip is exercised too);
 * - bytes: on the written text: truncation, bit flips, stray and invalid UTF-8 bytes, cut and
 *   repeated ranges, pieces of another file, line endings, byte-order marks.
 * Raw JSON the serializer cannot write (1e400, a duplicate or `__proto__` key) goes in through
 * placeholders replaced after JSON.stringify.
 */
import type { Random } from './random';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A document being mutated: the JSON plus the raw text its placeholders stand for. */
interface Draft {
  box: { v: Json };
  raw: string[];
}

const placeholder = (draft: Draft, rawText: string): string => {
  draft.raw.push(rawText);
  return `@@fuzz${draft.raw.length - 1}@@`;
};

/** Every (container, key) in the document, the root included (as box.v). */
function slots(draft: Draft): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [{ parent: draft.box as { [key: string]: Json }, key: 'v' }];
  const stack: Json[] = [draft.box.v];
  while (stack.length) {
    const value = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.push({ parent: value, key: i });
        stack.push(v);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push({ parent: value, key: k });
        stack.push(v);
      }
    }
  }
  return out;
}

const get = (s: { parent: Json[] | { [key: string]: Json }; key: string | number }): Json => (s.parent as Record<string | number, Json>)[s.key]!;
const set = (s: { parent: Json[] | { [key: string]: Json }; key: string | number }, v: Json): void => {
  (s.parent as Record<string | number, Json>)[s.key] = v;
};

/** A random slot, preferring ones whose value passes `want` when there are any. */
function pickSlot(rng: Random, draft: Draft, want?: (v: Json) => boolean) {
  const all = slots(draft);
  const preferred = want ? all.filter((s) => want(get(s))) : all;
  return rng.pick(preferred.length > 0 && rng.chance(0.85) ? preferred : all);
}

function pickContainer<T extends Json[] | { [key: string]: Json }>(rng: Random, draft: Draft, isIt: (v: Json) => v is T): T | null {
  const found = slots(draft).map(get).filter(isIt);
  return found.length ? rng.pick(found) : null;
}
const isArray = (v: Json): v is Json[] => Array.isArray(v);
const isObject = (v: Json): v is { [key: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v);

const WRONG_TYPES: readonly Json[] = [null, true, false, 0, -1, 1.5, '', 'x', [], {}, [null], { x: 1 }, '2025-13-45', '../../etc/passwd', '5', 'NaN'];

/** Numbers as a file may spell them, valid JSON or not. */
const ODD_NUMBERS = [
  '1e308', '-1e308', '1e400', '-1e400', '5e-324', '1e-400', '-0', '0.0', '9007199254740993', '123456789012345678901234567890',
  '1.7976931348623157e308', '1E+2', '0.1e1', '2.5', '-2.5', '1e-7', '00', '01', '+1', '.5', '1.', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000',
];

const LONG_UNITS = ['x', 'é', '\u{1F9F5}', '\u0001', '\\', '"', '<script>alert(1)</script>', '\u202e', '\u2028', '\ud800', '\0', ' '];
const LONG_LENGTHS = [33, 65, 201, 2_001, 20_001, 65_536, 1_000_000];

/** Keys that would reach Object.prototype if a loader merged parsed objects naively. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'];
const PROTOTYPE_VALUES = ['{"polluted":true}', '{"prototype":{"polluted":true}}', '{"__proto__":{"polluted":true}}', 'null', '"polluted"', '1', '[]', '{"toString":"x"}'];

const NESTING_DEPTHS = [16, 63, 64, 65, 200, 10_000, 100_000];

const FUTURE_VERSIONS = ['3', '4', '99', '2147483648', '1e9', '1e400', '2.5', '-1', '0', '"2"', 'null', '[2]', '2.0000000000000001'];
const FORMATS = ['"vectorlift-plan2"', '""', '"VECTORLIFT-PLAN"', '"vectorlift-case"', '"vectorlift-plan "', 'null', '1'];

/** Plausible text a practitioner might type, all within the limits. */
const PLAUSIBLE_TEXT = ['', 'Left midface', 'Dr. Kim 김민지', 'Ré-intervention', 'α-β', 'two\nlines', 'tab\there', '\u{1F9F5} thread', 'quote " and \\ slash', '<b>bold</b>'];

function mutateNumber(rng: Random, n: number): number {
  switch (rng.below(7)) {
    case 0: return n + (rng.next() - 0.5) * 1e-6;
    case 1: return n + (rng.next() - 0.5) * 2;
    case 2: return -n;
    case 3: return n * 10;
    case 4: return 0;
    case 5: return Math.round(n);
    default: return n + 1;
  }
}

function mutateString(rng: Random, s: string): string {
  if (s.length === 0 || rng.chance(0.3)) return rng.pick(PLAUSIBLE_TEXT);
  const at = rng.below(s.length);
  switch (rng.below(4)) {
    case 0: return s.slice(0, at) + s.slice(at + 1);
    case 1: return s.slice(0, at) + String.fromCharCode(rng.below(0x3000)) + s.slice(at + 1);
    case 2: return s.slice(0, at) + rng.pick(['A', '/', '=', '+', '-', ' ', '.']) + s.slice(at);
    default: return s.toUpperCase();
  }
}

type StructureMutation = (rng: Random, draft: Draft, donors: readonly Json[]) => string;

const STRUCTURE: readonly (readonly [weight: number, mutation: StructureMutation])[] = [
  [3, (rng, d) => {
    const s = pickSlot(rng, d);
    set(s, structuredClone(rng.pick(WRONG_TYPES)));
    return `wrong type at ${String(s.key)}`;
  }],
  [3, (rng, d) => {
    const s = pickSlot(rng, d, (v) => typeof v === 'number');
    const token = rng.pick(ODD_NUMBERS);
    set(s, placeholder(d, token));
    return `number ${token} at ${String(s.key)}`;
  }],
  [2, (rng, d) => {
    const s = pickSlot(rng, d, (v) => typeof v === 'string');
    const length = rng.pick(LONG_LENGTHS);
    set(s, rng.pick(LONG_UNITS).repeat(length).slice(0, Math.max(length, 1)));
    return `long string (${length}) at ${String(s.key)}`;
  }],
  [1, (rng, d) => {
    const s = pickSlot(rng, d);
    const depth = rng.pick(NESTING_DEPTHS);
    const raw = rng.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    set(s, placeholder(d, raw));
    return `nesting ${depth} at ${String(s.key)}`;
  }],
  [3, (rng, d) => {
    const target = pickContainer(rng, d, isObject);
    if (!target) return 'no object';
    const key = rng.pick(PROTOTYPE_KEYS);
    const value = rng.pick(PROTOTYPE_VALUES);
    // The key itself must be written raw: as a JS property name, __proto__ would set the prototype.
    target[placeholder(d, JSON.stringify(key))] = placeholder(d, value);
    return `key ${key}: ${value}`;
  }],
  [2, (rng, d) => {
    const target = pickContainer(rng, d, isObject);
    const keys = target ? Object.keys(target) : [];
    if (!target || !keys.length) return 'no key';
    const key = rng.pick(keys);
    delete target[key];
    return `removed ${key}`;
  }],
  [1, (rng, d) => {
    const target = pickContainer(rng, d, isObject);
    const keys = target ? Object.keys(target) : [];
    if (!target || !keys.length) return 'no key';
    const key = rng.pick(keys);
    // The same key twice: JSON.parse keeps the last; the loader must still answer sensibly.
    target[placeholder(d, JSON.stringify(key))] = structuredClone(rng.pick(WRONG_TYPES));
    return `duplicate key ${key}`;
  }],
  [1, (rng, d) => {
    const target = pickContainer(rng, d, isObject);
    const keys = target ? Object.keys(target) : [];
    if (!target || !keys.length) return 'no key';
    const key = rng.pick(keys);
    const renamed = rng.pick([key.toUpperCase(), ` ${key}`, `${key}\u200b`, key.slice(1), `${key}s`]);
    target[renamed] = target[key]!;
    delete target[key];
    return `renamed ${key}`;
  }],
  [2, (rng, d) => {
    const target = pickContainer(rng, d, (v): v is Json[] => isArray(v) && v.length > 0);
    if (!target) return 'no array';
    const copies = rng.pick([1, 1, 2, 5, 50, 300]);
    const at = rng.below(target.length);
    target.splice(at, 0, ...Array.from({ length: copies }, () => structuredClone(target[at]!)));
    return `duplicated element x${copies}`;
  }],
  [2, (rng, d) => {
    const target = pickContainer(rng, d, (v): v is Json[] => isArray(v) && v.length > 0);
    if (!target) return 'no array';
    switch (rng.below(3)) {
      case 0: target.splice(rng.below(target.length), 1); return 'removed element';
      case 1: {
        const i = rng.below(target.length);
        const j = rng.below(target.length);
        [target[i], target[j]] = [target[j]!, target[i]!];
        return 'swapped elements';
      }
      default: target.length = 0; return 'emptied array';
    }
  }],
  [2, (rng, d) => {
    if (!isObject(d.box.v)) return 'root not an object';
    if (rng.chance(0.7)) {
      const v = rng.pick(FUTURE_VERSIONS);
      d.box.v.schemaVersion = placeholder(d, v);
      return `schemaVersion ${v}`;
    }
    const f = rng.pick(FORMATS);
    d.box.v.format = placeholder(d, f);
    return `format ${f}`;
  }],
  [2, (rng, d, donors) => {
    // A value from elsewhere in this or another file: ids that collide or point nowhere.
    const s = pickSlot(rng, d, (v) => typeof v === 'string');
    const donor = rng.pick(donors);
    const values = slots({ box: { v: donor }, raw: [] }).map(get).filter((v) => typeof v === 'string' || typeof v === 'number');
    if (!values.length) return 'no donor value';
    set(s, rng.pick(values));
    return `borrowed value at ${String(s.key)}`;
  }],
];

/** Small, plausible edits: the file often stays valid, so the save/reopen check gets work. */
const GENTLE: readonly (readonly [weight: number, mutation: StructureMutation])[] = [
  [6, (rng, d) => {
    const s = pickSlot(rng, d, (v) => typeof v === 'number');
    const v = get(s);
    if (typeof v !== 'number') return 'no number';
    set(s, mutateNumber(rng, v));
    return `nudged number at ${String(s.key)}`;
  }],
  [4, (rng, d) => {
    const s = pickSlot(rng, d, (v) => typeof v === 'string');
    const v = get(s);
    if (typeof v !== 'string') return 'no string';
    set(s, mutateString(rng, v));
    return `edited string at ${String(s.key)}`;
  }],
  [2, (rng, d) => {
    const s = pickSlot(rng, d, (v) => v === null || typeof v === 'boolean');
    set(s, rng.pick<Json>([null, true, false, 0, '']));
    return `toggled at ${String(s.key)}`;
  }],
];
const ANY = [...STRUCTURE, ...GENTLE];

function pickWeighted(rng: Random, list: readonly (readonly [number, StructureMutation])[]): StructureMutation {
  let r = rng.below(list.reduce((sum, [w]) => sum + w, 0));
  for (const [weight, mutation] of list) {
    if (r < weight) return mutation;
    r -= weight;
  }
  return list[0]![1];
}

function render(rng: Random, draft: Draft): string {
  const indent = rng.pick([2, 2, 2, 0, '\t', 4]);
  let text = JSON.stringify(draft.box.v, null, indent) + (rng.chance(0.8) ? '\n' : '');
  if (draft.raw.length) text = text.replace(/"@@fuzz(\d+)@@"/g, (_, i: string) => draft.raw[Number(i)]!);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Bytes

/** Byte runs that are not UTF-8, or are UTF-8 some readers get wrong. */
const ODD_BYTES: readonly number[][] = [
  [0xff], [0xfe], [0x80], [0xc0, 0x80], [0xc3], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xef, 0xbb, 0xbf], [0x00], [0x0d], [0x1a], [0xe2, 0x80, 0xa8], [0x22], [0x5c], [0x7b], [0x5b], [0x2c], [0x3a],
];

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

type ByteMutation = (rng: Random, bytes: Uint8Array, donors: readonly Uint8Array[]) => [Uint8Array, string];

const BYTES: readonly ByteMutation[] = [
  (rng, b) => {
    const at = rng.below(b.length + 1);
    return [b.slice(0, at), `truncated at ${at}`];
  },
  (rng, b) => {
    const out = b.slice();
    const flips = rng.between(1, 8);
    for (let i = 0; i < flips && out.length; i++) out[rng.below(out.length)]! ^= 1 << rng.below(8);
    return [out, `${flips} bit flips`];
  },
  (rng, b) => {
    const out = b.slice();
    if (out.length) out[rng.below(out.length)] = rng.chance(0.5) ? rng.below(256) : rng.pick(ODD_BYTES)[0]!;
    return [out, 'byte replaced'];
  },
  (rng, b) => {
    const at = rng.below(b.length + 1);
    const run = rng.pick(ODD_BYTES);
    return [concat(b.subarray(0, at), Uint8Array.from(run), b.subarray(at)), `inserted ${run.map((x) => x.toString(16)).join(' ')} at ${at}`];
  },
  (rng, b) => {
    const at = rng.below(b.length + 1);
    const length = rng.between(1, 64);
    return [concat(b.subarray(0, at), b.subarray(at + length)), `cut ${length} at ${at}`];
  },
  (rng, b) => {
    const from = rng.below(b.length + 1);
    const piece = b.subarray(from, from + rng.between(1, 256));
    const at = rng.below(b.length + 1);
    return [concat(b.subarray(0, at), piece, b.subarray(at)), `repeated ${piece.length} bytes`];
  },
  (rng, b, donors) => {
    const donor = rng.pick(donors);
    const from = rng.below(donor.length + 1);
    const piece = donor.subarray(from, from + rng.between(1, 512));
    const at = rng.below(b.length + 1);
    return [concat(b.subarray(0, at), piece, b.subarray(at + rng.below(64))), 'spliced from another file'];
  },
  (rng, b) => {
    const text = new TextDecoder().decode(b);
    const out = rng.chance(0.5) ? text.replace(/\n/g, '\r\n') : text.replace(/\n/g, '\r');
    return [new TextEncoder().encode(out), 'line endings'];
  },
  (_rng, b) => [concat(Uint8Array.from([0xef, 0xbb, 0xbf]), b), 'byte-order mark'],
];

export interface Mutated {
  readonly bytes: Uint8Array;
  /** What was done, for the report of a failing case. */
  readonly steps: readonly string[];
}

/**
 * One fuzz case from `seed` (parsed) and its written bytes. Two cases in five get only
 * plausible edits (1-3); the rest 0-3 structure mutations of any kind, then 0-2 byte mutations,
 * at least one in all.
 */
export function mutate(rng: Random, seed: Json, donors: readonly Json[], donorBytes: readonly Uint8Array[]): Mutated {
  const steps: string[] = [];
  const gentle = rng.chance(0.4);
  let structural = gentle ? rng.between(1, 3) : rng.pick([0, 1, 1, 1, 2, 2, 3]);
  let bytewise = gentle ? 0 : rng.pick([0, 0, 0, 1, 1, 2]);
  if (structural + bytewise === 0) {
    if (rng.chance(0.5)) structural++;
    else bytewise++;
  }
  const draft: Draft = { box: { v: structuredClone(seed) }, raw: [] };
  for (let i = 0; i < structural; i++) steps.push(pickWeighted(rng, gentle ? GENTLE : ANY)(rng, draft, donors));
  let bytes: Uint8Array = new TextEncoder().encode(render(rng, draft));
  for (let i = 0; i < bytewise; i++) {
    const [out, step] = rng.pick(BYTES)(rng, bytes, donorBytes);
    bytes = out;
    steps.push(step);
  }
  return { bytes, steps };
}
