import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { serializePlan } from '../../../shared/plan';
import { makeLargePlan } from '../../fixtures/pdf/large-plan';
import { pdfInfo, pdfText } from '../shared/report/pdf-tools';

/** `vectorlift export`: runs the real command in-process (output captured) in a scratch folder. */

let dir: string;
const out: string[] = [];
const err: string[] = [];
const io = () => ({ out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), cwd: dir });
const run = (...args: string[]) => main(['export', ...args], io());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vl-export-'));
  out.length = 0;
  err.length = 0;
  writeFileSync(join(dir, 'plan.vlift'), serializePlan(makeLargePlan(6, { title: 'CLI export plan', patientId: 'Ким Мин-джун 김민준' })));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('vectorlift export', () => {
  it('writes the PDF and says so', async () => {
    expect(await run('plan.vlift', '-o', 'plan.pdf', '--date', '2025-06-01')).toBe(0);
    const pdf = new Uint8Array(readFileSync(join(dir, 'plan.pdf')));
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pdfText(pdf)).toContain('CLI export plan');
    expect(pdfText(pdf)).toContain('김민준');
    expect(out.join('')).toMatch(/^Wrote plan\.pdf \(\d+ KB\)\n$/);
    expect(err).toEqual([]);
    // Only the PDF is left: the temporary file was renamed, not copied.
    expect(readdirSync(dir).sort()).toEqual(['plan.pdf', 'plan.vlift']);
  });

  it('honours --paper, --anonymize, --aftercare, --signature, --consent and --layers', async () => {
    const code = await run('plan.vlift', '-o', 'out.pdf', '--paper', 'letter', '--anonymize', '--aftercare', '--signature', '--consent', '--layers', 'none');
    expect(code).toBe(0);
    const pdf = new Uint8Array(readFileSync(join(dir, 'out.pdf')));
    const info = pdfInfo(pdf);
    expect(info.sizes[0]).toEqual({ width: 612, height: 792 });
    const text = pdfText(pdf);
    expect(text).not.toContain('김민준');
    expect(text).toContain('Patient: anonymized');
    expect(text).toContain('Before and after your thread lift');
    expect(text).toContain('Consent and signatures');
    expect(text).toContain('Consent to treatment');
    expect(text).toContain('None (face only)');
  });

  it('gives identical bytes for the same plan and --date, OUT given as -o or --output', async () => {
    expect(await run('plan.vlift', '-o', 'a.pdf', '--date', '2025-06-01')).toBe(0);
    expect(await run('plan.vlift', '--output', 'b.pdf', '--date', '2025-06-01')).toBe(0);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
  });

  const badInputs: [string, () => Promise<number>, RegExp][] = [
    ['a plan that is not JSON', async () => {
      writeFileSync(join(dir, 'bad.vlift'), '{ "format": ');
      return run('bad.vlift', '-o', 'out.pdf');
    }, /bad\.vlift/],
    ['a plan that fails validation', async () => {
      const broken = fileURLToPath(new URL('../../fixtures/plans/v1/invalid/bad-side.vlift', import.meta.url));
      copyFileSync(broken, join(dir, 'bad.vlift'));
      return run('bad.vlift', '-o', 'out.pdf');
    }, /bad\.vlift/],
    ['a missing plan file', () => run('missing.vlift', '-o', 'out.pdf'), /missing\.vlift: cannot be read/],
    ['an unknown paper size', () => run('plan.vlift', '-o', 'out.pdf', '--paper', 'a5'), /--paper must be a4 or letter/],
    ['a malformed --date', () => run('plan.vlift', '-o', 'out.pdf', '--date', '01/06/2025'), /--date must be a date/],
    ['a --date that is not on the calendar', () => run('plan.vlift', '-o', 'out.pdf', '--date', '2025-02-30'), /--date must be a date/],
    ['OUT that is a folder', () => {
      mkdirSync(join(dir, 'outdir'));
      return run('plan.vlift', '-o', 'outdir');
    }, /outdir: that is a folder/],
    ['an unknown layer', () => run('plan.vlift', '-o', 'out.pdf', '--layers', 'tattoos'), /unknown layer "tattoos"/],
    ['an unknown option', () => run('plan.vlift', '-o', 'out.pdf', '--colour'), /unknown option --colour/],
    ['no -o', () => run('plan.vlift'), /missing -o OUT\.pdf/],
    ['-o without a value', () => run('plan.vlift', '-o'), /-o, --output needs a value/],
    ['a second plan', () => run('plan.vlift', 'other.vlift', '-o', 'out.pdf'), /unexpected argument "other\.vlift"/],
    ['OUT in a folder that does not exist', () => run('plan.vlift', '-o', 'nowhere/out.pdf'), /folder .* does not exist/],
    ['OUT naming the plan itself', () => run('plan.vlift', '-o', 'plan.vlift'), /OUT is the plan file itself/],
  ];

  for (const [what, act, message] of badInputs) {
    it(`exits 2 with one clear line and no OUT file for ${what}`, async () => {
      expect(await act()).toBe(2);
      const stderr = err.join('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(out).toEqual([]);
      expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('leaves an existing OUT untouched when the input is bad', async () => {
    writeFileSync(join(dir, 'out.pdf'), 'previous export');
    writeFileSync(join(dir, 'bad.vlift'), 'not a plan');
    expect(await run('bad.vlift', '-o', 'out.pdf')).toBe(2);
    expect(readFileSync(join(dir, 'out.pdf'), 'utf8')).toBe('previous export');
  });

  it('sets the process exit code through bin/vectorlift.mjs', () => {
    const bin = fileURLToPath(new URL('../../../bin/vectorlift.mjs', import.meta.url));
    const ok = spawnSync(process.execPath, [bin, 'export', 'plan.vlift', '-o', 'p.pdf', '--date', '2025-06-01'], { cwd: dir, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(existsSync(join(dir, 'p.pdf'))).toBe(true);
    writeFileSync(join(dir, 'bad.vlift'), '[]');
    const bad = spawnSync(process.execPath, [bin, 'export', 'bad.vlift', '-o', 'q.pdf'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'q.pdf'))).toBe(false);
  });
});
