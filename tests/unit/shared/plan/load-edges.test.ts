import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText, v8Position } from '../../../../shared/plan/parse';
import { decodePlanBytes, findInvalidUtf8, planFileSizeRefusal, readPlanFileText } from '../../../../shared/plan/plan-file';
import type { PlanFileHandle, PlanFileSystem } from '../../../../shared/plan/plan-file';
import { canonicalPlan, serializePlan } from '../../../../shared/plan/serialize';
import type { PlanDocument } from '../../../../shared/plan/types';

/**
 * The loader's edges that the file tests did not state: what a file that is not a plan object is
 * called, a folder and a stat-known size refused before reading, the read chunks under a small
 * cap, where a non-UTF-8 byte is (line, column in characters, the byte in capitals), UTF-8 at
 * every lead/continuation boundary against TextDecoder, V8's line/column message style, and
 * the optional parts of a plan written back.
 */

const refusedMessage = (text: unknown): string => {
  const r = parsePlanText(text as string);
  if (r.ok) throw new Error('accepted');
  return r.error.message;
};

describe('parsePlanText: what the file is, when it is not a plan', () => {
  it('names null, a list, a number and a string', () => {
    expect(refusedMessage('null')).toBe('is not a VectorLift plan: the file holds null, not a plan object');
    expect(refusedMessage('[1, 2]')).toBe('is not a VectorLift plan: the file holds a list, not a plan object');
    expect(refusedMessage('3')).toBe('is not a VectorLift plan: the file holds a number, not a plan object');
    expect(refusedMessage('"plan"')).toBe('is not a VectorLift plan: the file holds a string, not a plan object');
  });

  it('says which identity field is missing or wrong, at its pointer', () => {
    expect(parsePlanText('{}')).toMatchObject({ ok: false, error: { path: '/format', message: 'is not a VectorLift plan: it has no "format" field (expected "vectorlift-plan")' } });
    expect(parsePlanText('{"format": "vectorlift-plan"}')).toMatchObject({
      ok: false,
      error: { path: '/schemaVersion', message: 'missing field "schemaVersion" (required in a VectorLift plan)' },
    });
    expect(parsePlanText('{"format": "vectorlift-plan", "schemaVersion": "2"}')).toMatchObject({
      ok: false,
      error: { path: '/schemaVersion', message: 'must be a whole number from 1 (got "2")' },
    });
  });

  it('counts a byte-order mark as one column of the first line', () => {
    expect(parsePlanText('\uFEFF{"format": 7, "schemaVersion": 1}')).toMatchObject({ ok: false, error: { path: '/format', line: 1, column: 13 } });
  });

  it('refuses a value that is not text, for the whole file', () => {
    expect(parsePlanText(42 as unknown as string)).toMatchObject({ ok: false, error: { path: '', message: 'is not text' } });
  });
});

describe('v8Position, the newer "(line L column C)" style alone', () => {
  it('counts lines from the text, with numbers of more than one digit', () => {
    const t = Array.from({ length: 12 }, (_, i) => 'x'.repeat(20) + i).join('\n');
    const line12 = t.lastIndexOf('\n') + 1;
    expect(v8Position(t, "Unexpected token (line 12 column 10)")).toBe(line12 + 9);
    expect(v8Position('ab\ncd', 'Bad (line 1 column 1)')).toBe(0);
    expect(v8Position('ab\ncd', 'Bad (line 2 column 1)')).toBe(3);
    // A text that starts with its first line break.
    expect(v8Position('\nab', 'Bad (line 2 column 2)')).toBe(2);
    // A line past the text's end: no position.
    expect(v8Position('ab\ncd', 'Bad (line 3 column 1)')).toBeNull();
  });
});

/** A file whose reads return at most `perRead` bytes of spaces, `length` in all. */
function fakeFile(kind: 'file' | 'dir', statSize: number, length: number, perRead = Infinity) {
  const log = { requested: [] as number[], closed: 0 };
  let position = 0;
  const handle: PlanFileHandle = {
    stat: async () => ({ isFile: () => kind === 'file', isDirectory: () => kind === 'dir', size: statSize }),
    read: async (buffer, offset, count) => {
      log.requested.push(count);
      const n = Math.max(0, Math.min(count, perRead, length - position));
      buffer.fill(0x61, offset, offset + n);
      position += n;
      return { bytesRead: n };
    },
    close: async () => void log.closed++,
  };
  const fs: PlanFileSystem = { open: async () => handle };
  return { fs, log };
}
const FLAGS = { O_RDONLY: 0 };

describe('readPlanFileText before and while reading', () => {
  it('refuses a folder, and a file stat says is over the cap, without reading a byte', async () => {
    const folder = fakeFile('dir', 0, 0);
    await expect(readPlanFileText(folder.fs, '/p', FLAGS)).resolves.toMatchObject({ ok: false, error: { message: 'is a folder, not a plan file', path: '' } });
    const big = fakeFile('file', 2_500_000, 10);
    await expect(readPlanFileText(big.fs, '/p', FLAGS, 1_000_000)).resolves.toMatchObject({
      ok: false,
      error: { message: 'plan file is 2.5 MB; the largest plan VectorLift opens is 1.0 MB', path: '' },
    });
    expect(folder.log.requested).toEqual([]);
    expect(big.log.requested).toEqual([]);
  });

  it('asks for no more than the cap and one byte, and keeps only the bytes a short read gave', async () => {
    const endless = fakeFile('file', 0, Infinity);
    expect((await readPlanFileText(endless.fs, '/p', FLAGS, 1000)).ok).toBe(false);
    expect(endless.log.requested).toEqual([1001]);
    const trickle = fakeFile('file', 0, 10, 3);
    await expect(readPlanFileText(trickle.fs, '/p', FLAGS, 1000)).resolves.toEqual({ ok: true, text: 'a'.repeat(10) });
  });

  it('planFileSizeRefusal: none at the cap, the refusal one byte over', () => {
    expect(planFileSizeRefusal(1000, 1000)).toBeNull();
    expect(planFileSizeRefusal(1001, 1000)).toMatchObject({ path: '', message: 'plan file is 0.0 MB; the largest plan VectorLift opens is 0.0 MB' });
  });
});

describe('decodePlanBytes', () => {
  it('places a bad byte by line and by character column, and names it in capitals', () => {
    // "ab\n" then "é" (2 bytes) and "z": the bad byte 0xFE is on line 2, column 3, offset 6.
    const bytes = new Uint8Array([0x61, 0x62, 0x0a, 0xc3, 0xa9, 0x7a, 0xfe]);
    expect(decodePlanBytes(bytes)).toMatchObject({
      ok: false,
      error: { line: 2, column: 3, message: 'is not UTF-8 text: byte 0xFE at offset 6 cannot start a character; save the plan as UTF-8' },
    });
    const cut = new Uint8Array([0x0a, 0x0a, 0x61, 0xe2, 0x82]);
    expect(decodePlanBytes(cut)).toMatchObject({
      ok: false,
      error: { line: 3, column: 2, message: 'is not UTF-8 text: byte 0xE2 at offset 3 does not continue into a whole character; save the plan as UTF-8' },
    });
  });

  it('agrees with TextDecoder at every lead byte and every continuation boundary', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const edges = [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (const b2 of edges) {
        for (const b3 of [0x7f, 0x80, 0xbf, 0xc0]) {
          for (const b4 of [0x80, 0xc0]) {
            const bytes = new Uint8Array([0x41, lead, b2, b3, b4]);
            let expected: string | null;
            try {
              expected = strict.decode(bytes);
            } catch {
              expected = null;
            }
            const ours = decodePlanBytes(bytes);
            if ((ours.ok ? ours.text : null) !== expected) throw new Error(`bytes ${[...bytes].map((b) => b.toString(16)).join(' ')}`);
            expect(findInvalidUtf8(bytes) === null).toBe(expected !== null);
          }
        }
      }
    }
  });

  it('decodes U+FFFF as one unit and a long text whole', () => {
    expect(decodePlanBytes(new Uint8Array([0xef, 0xbf, 0xbf]))).toEqual({ ok: true, text: '\uffff' });
    const long = 'ab€🧵'.repeat(5000);
    expect(decodePlanBytes(new TextEncoder().encode(long))).toEqual({ ok: true, text: long });
  });
});

describe('serializePlan: the optional parts written back', () => {
  const loaded = parsePlanText(readFileSync(new URL('../../../../assets/examples/good-midface.vlift', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  it('keeps a follow-up photo’s interval, the photo scale and the sign-off', () => {
    const plan: PlanDocument = {
      ...loaded.plan,
      photos: [
        {
          id: 'ph1',
          angle: 'frontal',
          kind: 'follow-up',
          date: '2025-04-01',
          interval: { value: 3, unit: 'weeks' },
          image: { mediaType: 'image/png', width: 1, height: 1, data: 'AAAA' },
          landmarks: [{ id: 'pupil-left', x: 1, y: 2, source: 'manual' }],
        },
      ],
      photoScale: { fromLandmark: 'pupil-left', toLandmark: 'pupil-right', distanceMm: 63 },
      signOff: { by: 'Dr K', on: '2025-03-14' },
    };
    expect(canonicalPlan(plan)).toEqual(plan);
    expect(JSON.parse(serializePlan(plan))).toEqual(plan);
  });
});
