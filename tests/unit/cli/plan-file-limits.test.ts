/**
 * Issue 8, defects 3 and 6: the CLI reads plan files the way the desktop does, with the one
 * shared loader: regular files only (a named pipe must not hang it, /dev/zero must not eat
 * memory), a size cap that does not trust stat, strict UTF-8 with the place of a bad byte.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as realFs from 'node:fs/promises';
import { readPlanText } from '../../../electron/files';
import { loadPlanFile } from '../../../cli/plan-file';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');
const GOOD = join(ROOT, 'assets', 'examples', 'good-midface.vlift');

interface Run {
  code: number | string;
  stderr: string;
}

/** The CLI as spawned by a user; a run still going after 20 s is killed and reported as hung. */
function cli(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
      const code = error === null ? 0 : error.killed ? 'hung' : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stderr });
    });
  });
}

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vl-cli-files-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('the CLI refuses what is not a regular file', () => {
  it('a named pipe is refused at once (no writer ever opens it)', { timeout: 30_000 }, async () => {
    const fifo = join(scratch, 'pipe.vlift');
    execFileSync('mkfifo', [fifo]);
    const run = await cli(['analyze', fifo]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('vectorlift: pipe.vlift: is not a regular file (a pipe, device or socket), so it was not read\n');
  });

  it('/dev/zero is refused without reading it', async () => {
    const run = await cli(['analyze', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('vectorlift: zero: is not a regular file (a pipe, device or socket), so it was not read\n');
  });

  it('a folder is refused', async () => {
    const run = await cli(['analyze', scratch]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a folder, not a plan file/);
  });
});

describe('one loader, one answer for bytes that are not UTF-8', () => {
  it('the CLI refuses the file the desktop refuses, saying where the bad byte is', async () => {
    const good = readFileSync(GOOD);
    const at = good.indexOf('"title"') + 10;
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    const file = join(scratch, 'latin1.vlift');
    writeFileSync(file, bad);
    const before = good.subarray(0, at).toString('utf8').split('\n');
    const where = `(line ${before.length}, column ${[...before.at(-1)!].length + 1})`;
    const expected = `latin1.vlift: is not UTF-8 text: byte 0xFF at offset ${at} cannot start a character; save the plan as UTF-8 ${where}`;

    const run = await cli(['analyze', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`vectorlift: ${expected}\n`);
    const cliLoad = await loadPlanFile(file, scratch);
    expect(cliLoad).toEqual({ ok: false, message: expected });
    // The desktop's reader gives the same sentence.
    await expect(readPlanText(realFs, file)).rejects.toThrow(expected);
  });

  it('a sequence cut short is placed at its first byte', async () => {
    const file = join(scratch, 'cut.vlift');
    writeFileSync(file, Buffer.concat([Buffer.from('{\n  "a": "caf'), Buffer.from([0xc3]), Buffer.from('"\n}\n')]));
    const loaded = await loadPlanFile(file, scratch);
    expect(loaded).toEqual({ ok: false, message: 'cut.vlift: is not UTF-8 text: byte 0xC3 at offset 13 does not continue into a whole character; save the plan as UTF-8 (line 2, column 12)' });
  });
});
