/**
 * Fuzz of every IPC validator (issue 8): thousands of random and hostile payloads per channel.
 *
 * 1. Every `validate*` export of shared/ipc/validate.ts returns a result for every input and
 *    never throws (getters that throw, proxies, objects whose prototype is a Uint8Array, ...).
 * 2. Through the real wiring (electron/ipc.ts registerIpcHandlers), whatever reaches a main
 *    service is SAFE by the rules below, which are written here independently of the
 *    validators: no path from the page, no preference main owns, only genuine byte arrays,
 *    sizes within the caps, fresh plain data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerIpcHandlers } from '../../../electron/ipc';
import type { IpcEventLike, IpcMainLike, IpcServices } from '../../../electron/ipc';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import * as validators from '../../../shared/ipc/validate';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';

/** 2,000 inside npm test; `npm run fuzz -- --ipc N` runs N (scripts/fuzz/run.ts sets the variable). */
const RUNS_PER_CHANNEL = Number(process.env.VL_IPC_FUZZ_RUNS) || 2_000;
const SEED = 8_2024;

// ---------------------------------------------------------------------------------------------
// Payload generators: anything fast-check can make, hostile objects, and near-valid shapes.

function throwingGetters(keys: readonly string[]): object {
  const o = {};
  for (const key of keys) Object.defineProperty(o, key, { enumerable: true, get: () => { throw new Error(`getter ${key}`); } });
  return o;
}

const trapAll = new Proxy({}, {
  get: () => { throw new Error('trap'); },
  ownKeys: () => { throw new Error('trap'); },
  getPrototypeOf: () => { throw new Error('trap'); },
  has: () => { throw new Error('trap'); },
  getOwnPropertyDescriptor: () => { throw new Error('trap'); },
});
const revoked = Proxy.revocable({}, {});
revoked.revoke();

const HOSTILE: readonly unknown[] = [
  Object.create(new Uint8Array(4)),
  Object.create(Uint8Array.prototype),
  new Proxy(new Uint8Array(4), {}),
  trapAll,
  revoked.proxy,
  new DataView(new ArrayBuffer(4)),
  new Int8Array(4),
  new Uint8ClampedArray(4),
  new Uint16Array(4),
  new ArrayBuffer(4),
  new (class Uint8Array {})(),
  { [Symbol.toStringTag]: 'Uint8Array', byteLength: 4, length: 4 },
  throwingGetters(['suggestedName', 'bytes', 'text', 'documentId', 'path', 'title', 'dirty', 'folderName', 'files', 'theme']),
  Object.assign(Object.create(null), { theme: 'dark' }),
  Object.assign([], { theme: 'dark' }),
  '/etc/passwd',
  '../../.bashrc',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x.vlift',
  'a'.repeat(40),
  'A'.repeat(32),
  '0'.repeat(31) + 'g',
  '0'.repeat(32) + '\0',
  'x'.repeat(MAX_PLAN_FILE_BYTES + 1),
  'é'.repeat(MAX_PLAN_FILE_BYTES / 2 + 1),
  Symbol('x'),
  10n,
  () => 'fn',
  new Date(0),
  new Map([['theme', 'dark']]),
  new Error('e'),
  Number.NaN,
  -0,
  Infinity,
];

/**
 * One of HOSTILE. fast-check inspects generated values (and would trip the trapping proxies), so
 * it generates a reference, swapped for the real value by `unbox` just before the call.
 */
class HostileRef {
  constructor(readonly index: number) {}
}
const hostile = fc.nat(HOSTILE.length - 1).map((i) => new HostileRef(i));

function containsRef(v: unknown, depth = 0): boolean {
  if (v instanceof HostileRef) return true;
  if (depth > 8 || typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return false;
  return Object.values(v).some((x) => containsRef(x, depth + 1));
}

function unbox(v: unknown): unknown {
  if (v instanceof HostileRef) return HOSTILE[v.index];
  if (!containsRef(v)) return v;
  if (Array.isArray(v)) return v.map(unbox);
  return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, unbox(x)]));
}

/** A value that looks a lot like a valid one but has one thing wrong (or nothing wrong). */
const pathLike = fc.constantFrom('/etc/passwd', '~/.bashrc', '../x.vlift', 'C:\\x.vlift', '/tmp/a.vlift', '');
const idLike = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), fc.stringMatching(/^[0-9a-fA-F]{30,34}$/), pathLike, fc.constant(null));
const textLike = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant('{}'), fc.anything());
const bytesLike = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 16 }),
  hostile,
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 }),
);
const prefsLike = fc.record(
  {
    theme: fc.oneof(fc.constantFrom('light', 'dark', 'system', 'neon'), fc.anything()),
    layers: fc.oneof(fc.dictionary(fc.constantFrom('regions', 'muscles', 'danger-zones', 'fixation', 'evil', '__proto__'), fc.anything()), fc.anything()),
    practitionerName: fc.oneof(fc.string({ maxLength: 300 }), fc.anything()),
    defaultThreadTypeId: fc.oneof(fc.constantFrom('', 'pdo-cog-bi-19g-100', '../x'), fc.anything()),
    language: fc.oneof(fc.constantFrom('en', 'ko', 'ru', 'en-GB', 'x'), fc.anything()),
    recentFiles: fc.array(pathLike, { maxLength: 3 }),
    windowBounds: fc.oneof(fc.constant(null), fc.record({ x: fc.integer(), y: fc.integer(), width: fc.integer(), height: fc.integer() })),
    clinic: fc.oneof(
      fc.record(
        {
          name: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('a\nb'), fc.anything()),
          address: fc.oneof(fc.string({ maxLength: 400 }), fc.constant('1\n2\n3\n4\n5'), fc.anything()),
          telephone: fc.oneof(fc.string({ maxLength: 80 }), fc.anything()),
          logo: fc.oneof(fc.constant(null), fc.record({ base64: fc.oneof(fc.base64String({ maxLength: 64 }), fc.constant('iVBORw0KGgo='), fc.anything()) }, { requiredKeys: [] }), fc.anything()),
          path: pathLike,
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
    recordTexts: fc.oneof(
      fc.record(
        { consentProcedure: fc.string({ maxLength: 300 }), consentPhoto: fc.anything(), beforeTreatment: fc.string({ unit: 'binary', maxLength: 50 }), aftercare: fc.string(), evil: fc.anything() },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
    exportOptions: fc.oneof(
      fc.record({ paper: fc.constantFrom('a4', 'letter', null, 'a3'), anonymize: fc.anything(), aftercare: fc.boolean(), signature: fc.boolean(), consent: fc.boolean() }, { requiredKeys: [] }),
      fc.anything(),
    ),
    evil: fc.anything(),
  },
  { requiredKeys: [] },
);
const nearValid: Record<string, fc.Arbitrary<unknown>> = {
  [IPC_CHANNELS.openRecent]: idLike,
  [IPC_CHANNELS.savePlan]: fc.record(
    { documentId: idLike, path: pathLike, suggestedName: fc.oneof(fc.string(), fc.anything()), text: textLike },
    { requiredKeys: [] },
  ),
  [IPC_CHANNELS.exportPdf]: fc.record({ suggestedName: fc.oneof(fc.string(), fc.anything()), bytes: bytesLike }, { requiredKeys: [] }),
  [IPC_CHANNELS.saveTrainingCase]: fc.record(
    {
      folderName: fc.oneof({ weight: 3, arbitrary: fc.constant('brow-case') }, { weight: 1, arbitrary: fc.constantFrom('../evil', 'a/b', '.', 'CON') }, { weight: 1, arbitrary: fc.string() }),
      files: fc.oneof(
        fc
          .shuffledSubarray(['case.json', 'poor.vlift', 'corrected.vlift'], { minLength: 3, maxLength: 3 })
          .chain((names) => fc.tuple(...names.map((name) => fc.record({ name: fc.constant(name), text: fc.oneof(fc.constant('{}'), textLike) })))),
        fc.array(
          fc.record({ name: fc.constantFrom('case.json', 'poor.vlift', 'corrected.vlift', '../x', 'x.exe'), text: textLike }, { requiredKeys: [] }),
          { maxLength: 4 },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
  [IPC_CHANNELS.setPreferences]: prefsLike,
  [IPC_CHANNELS.writeAutosave]: textLike,
  [IPC_CHANNELS.setDocumentState]: fc.record({ title: fc.oneof(fc.string(), fc.anything()), dirty: fc.anything() }, { requiredKeys: [] }),
  [IPC_CHANNELS.closeConfirmed]: fc.anything(),
};

const anyPayload = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true }) },
  { weight: 1, arbitrary: hostile },
);

function argsFor(channel: string): fc.Arbitrary<unknown[]> {
  const near = nearValid[channel];
  const one = near ? fc.oneof({ weight: 3, arbitrary: near }, { weight: 2, arbitrary: anyPayload }) : anyPayload;
  return fc.oneof(
    { weight: 6, arbitrary: one.map((v): unknown[] => [v]) },
    { weight: 1, arbitrary: fc.constant<unknown[]>([]) },
    { weight: 1, arbitrary: fc.tuple(one, anyPayload).map((t): unknown[] => [...t]) },
  );
}

// ---------------------------------------------------------------------------------------------
// What is safe to hand to main's services (independent of the validators' code).

const OPAQUE_ID = /^[0-9a-f]{32}$/;
const USER_PREFERENCE_KEYS = ['layers', 'defaultThreadTypeId', 'practitionerName', 'theme', 'language', 'clinic', 'recordTexts', 'exportOptions'];
/** Longest text each preference may carry: the clinic texts and the logo (base64 of 256 KB) are longer than a name. */
const PREFERENCE_TEXT_LIMITS: Record<string, number> = { clinic: 256 * 1024 * 4 / 3 + 4, recordTexts: 6000 };

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const utf8Bytes = (s: string): number => new TextEncoder().encode(s).byteLength;
const keysWithin = (v: Record<string, unknown>, allowed: readonly string[]): boolean => Object.keys(v).every((k) => allowed.includes(k));
const isPlanText = (v: unknown): boolean => typeof v === 'string' && utf8Bytes(v) <= MAX_PLAN_FILE_BYTES;
const TYPED_ARRAY_TAG = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag)!.get!;
const isGenuineBytes = (v: unknown): v is Uint8Array => ArrayBuffer.isView(v) && TYPED_ARRAY_TAG.call(v) === 'Uint8Array';

/** Every string anywhere in a value (a path could hide in any of them). */
function strings(v: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof v === 'string') out.push(v);
  else if (depth < 6 && typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) for (const x of Object.values(v)) strings(x, out, depth + 1);
  return out;
}

const SAFE: Record<string, (payload: unknown) => string | null> = {
  [IPC_CHANNELS.openRecent]: (p) => (typeof p === 'string' && OPAQUE_ID.test(p) ? null : `openRecent got ${JSON.stringify(p)}: not an opaque id`),
  [IPC_CHANNELS.savePlan]: (p) => {
    if (!isPlain(p) || !keysWithin(p, ['documentId', 'suggestedName', 'text'])) return 'save request is not exactly {documentId, suggestedName, text}';
    if (!(p.documentId === null || (typeof p.documentId === 'string' && OPAQUE_ID.test(p.documentId)))) return 'save request names a file';
    if (typeof p.suggestedName !== 'string' || p.suggestedName.length > 500) return 'bad suggestedName';
    return isPlanText(p.text) ? null : 'save text too large or not text';
  },
  [IPC_CHANNELS.exportPdf]: (p) => {
    if (!isPlain(p) || !keysWithin(p, ['suggestedName', 'bytes'])) return 'export request has other fields';
    if (typeof p.suggestedName !== 'string' || p.suggestedName.length > 500) return 'bad suggestedName';
    if (!isGenuineBytes(p.bytes)) return 'export bytes are not a genuine Uint8Array';
    return p.bytes.byteLength > 0 && p.bytes.byteLength <= validators.MAX_EXPORT_BYTES ? null : 'export size out of range';
  },
  [IPC_CHANNELS.saveTrainingCase]: (p) => {
    if (!isPlain(p) || !keysWithin(p, ['folderName', 'files'])) return 'case request has other fields';
    if (typeof p.folderName !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p.folderName) || p.folderName.length > 100) return 'case folder is not a slug';
    if (!Array.isArray(p.files) || p.files.length !== 3) return 'case files are not three';
    const names = p.files.map((f: unknown) => (isPlain(f) ? f.name : null));
    if (new Set(names).size !== 3 || !names.every((n) => ['case.json', 'poor.vlift', 'corrected.vlift'].includes(n as string))) return 'case file names';
    return p.files.every((f: unknown) => isPlain(f) && keysWithin(f, ['name', 'text']) && isPlanText(f.text)) ? null : 'case file text';
  },
  [IPC_CHANNELS.setPreferences]: (p) => {
    if (!isPlain(p) || !keysWithin(p, USER_PREFERENCE_KEYS)) return `preferences patch carries ${JSON.stringify(Object.keys(Object(p)))}`;
    for (const [key, value] of Object.entries(p)) {
      if (strings(value).some((s) => s.length > (PREFERENCE_TEXT_LIMITS[key] ?? 200))) return `preferences ${key} text too long`;
    }
    if (isPlain(p.clinic) && (!keysWithin(p.clinic, ['name', 'address', 'telephone', 'logo']) || strings(p.clinic).some((s) => /[\0]/.test(s)))) return 'clinic has other fields or control characters';
    return null;
  },
  [IPC_CHANNELS.writeAutosave]: (p) => (isPlanText(p) ? null : 'autosave text too large or not text'),
  [IPC_CHANNELS.setDocumentState]: (p) =>
    isPlain(p) && keysWithin(p, ['title', 'dirty']) && typeof p.title === 'string' && p.title.length <= 500 && typeof p.dirty === 'boolean' ? null : 'document state',
  [IPC_CHANNELS.closeConfirmed]: (p) => (typeof p === 'boolean' ? null : 'close answer is not a boolean'),
};

// ---------------------------------------------------------------------------------------------

describe('every IPC validator', () => {
  const named = Object.entries(validators).filter(([name, fn]) => name.startsWith('validate') && typeof fn === 'function');

  it('is fuzzed (the list is not empty)', () => {
    expect(named.map(([name]) => name)).toEqual(expect.arrayContaining(['validateSaveRequest', 'validateExportRequest', 'validatePreferencesPatch']));
  });

  for (const [name, fn] of named) {
    it(`${name} returns a refusal or a value for every input, and never throws`, () => {
      for (const hostile of HOSTILE) expect(() => (fn as (v: unknown) => unknown)(name === 'validateNoPayload' ? [hostile] : hostile), `${name}(${String(typeof hostile)})`).not.toThrow();
      fc.assert(
        fc.property(anyPayload, (boxed) => {
          const value = unbox(boxed);
          const result = (fn as (v: unknown) => { ok: boolean })(name === 'validateNoPayload' ? [value] : value);
          return typeof result === 'object' && result !== null && typeof result.ok === 'boolean';
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: SEED },
      );
    });
  }
});

describe('payloads that reach main through the IPC wiring', () => {
  type Listener = (event: IpcEventLike<string>, ...args: unknown[]) => unknown;
  const handled = new Map<string, Listener>();
  const listened = new Map<string, Listener>();
  const ipcMain: IpcMainLike<string> = {
    handle: (channel, listener) => void handled.set(channel, listener),
    on: (channel, listener) => void listened.set(channel, listener),
  };
  let received: { channel: string; payload: unknown; count: number } | null = null;
  const record =
    (channel: string) =>
    async (...args: unknown[]): Promise<null> => {
      // Services get (payload, sender) or (sender) only; count what came before the sender.
      const payloadArgs = args.filter((a) => a !== 'window-1');
      received = { channel, payload: payloadArgs[0], count: payloadArgs.length };
      return null;
    };
  const services = {
    openPlan: record(IPC_CHANNELS.openPlan),
    openRecent: record(IPC_CHANNELS.openRecent),
    savePlan: record(IPC_CHANNELS.savePlan),
    exportPdf: record(IPC_CHANNELS.exportPdf),
    saveTrainingCase: record(IPC_CHANNELS.saveTrainingCase),
    getPreferences: record(IPC_CHANNELS.getPreferences),
    setPreferences: record(IPC_CHANNELS.setPreferences),
    writeAutosave: record(IPC_CHANNELS.writeAutosave),
    takeRecovery: record(IPC_CHANNELS.takeRecovery),
    clearAutosave: record(IPC_CHANNELS.clearAutosave),
    setDocumentState: record(IPC_CHANNELS.setDocumentState),
    closeConfirmed: record(IPC_CHANNELS.closeConfirmed),
  } as unknown as IpcServices<string>;
  registerIpcHandlers(ipcMain, 'app://vectorlift/index.html', services, () => undefined);
  const event: IpcEventLike<string> = { senderFrame: { url: 'app://vectorlift/index.html', parent: null }, sender: 'window-1' };

  const channels = [...handled.keys(), ...listened.keys()];
  it('covers every renderer -> main channel', () => {
    expect(channels.length).toBeGreaterThanOrEqual(12);
  });

  for (const channel of channels) {
    it(`${channel}: nothing unsafe passes`, async () => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(argsFor(channel), async (boxed) => {
          const args = boxed.map(unbox);
          received = null;
          const listener = (handled.get(channel) ?? listened.get(channel))!;
          await Promise.resolve()
            .then(() => listener(event, ...args))
            .catch(() => undefined);
          if (received === null) return true;
          accepted++;
          const got = received as { payload: unknown; count: number };
          const check = SAFE[channel];
          if (!check) return got.count === 0 && args.length === 0; // a no-payload channel
          const problem = got.count === 1 ? check(got.payload) : 'more than one payload';
          if (problem) throw new Error(`${channel} let through ${problem}`);
          return true;
        }),
        { numRuns: RUNS_PER_CHANNEL, seed: SEED },
      );
      // The generators do produce valid payloads, so "nothing passed" cannot hide a broken test.
      expect(accepted, channel).toBeGreaterThan(0);
    });
  }
});
