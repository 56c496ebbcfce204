import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCases } from '../../../cli/commands/cases';
import { main } from '../../../cli/main';
import { terminalWidth } from '../../../cli/terminal-width';

/**
 * `vectorlift cases`: the real command line (node bin/vectorlift.mjs) lists the library, and the
 * paths it prints work with `vectorlift analyze` from any directory. In-process runs cover the
 * text table and a broken library.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');
const LIBRARY = join(ROOT, 'assets', 'cases');

/** Run the CLI as a user would, from `cwd` (a scratch folder: nothing may depend on the repo root). */
function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface CaseLine {
  id: string;
  title: string;
  poor: string;
  corrected: string;
  rules: string[];
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vl-cases-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), cwd }, out, err };
}

describe('vectorlift cases (spawned)', () => {
  it('lists every case as JSON with absolute design paths that vectorlift analyze accepts', () => {
    const listed = cli(['cases', '--json'], scratch);
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    const cases = JSON.parse(listed.stdout) as CaseLine[];
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const c of cases) {
      expect(Object.keys(c)).toEqual(['id', 'title', 'poor', 'corrected', 'rules']);
      expect(isAbsolute(c.poor) && isAbsolute(c.corrected)).toBe(true);
      expect(existsSync(c.poor) && existsSync(c.corrected)).toBe(true);
      expect(c.rules.length).toBeGreaterThan(0);
    }

    // A poor design with a critical finding: analyze exits 1 and reports the stated rules.
    const critical = cases.find((c) => c.id === 'jawline-over-tension')!;
    const poor = cli(['analyze', critical.poor, '--json'], scratch);
    expect(poor.status).toBe(1);
    const poorRules = new Set((JSON.parse(poor.stdout) as { findings: { rule: string; severity: string }[] }).findings.filter((f) => f.severity !== 'info').map((f) => f.rule));
    expect([...poorRules]).toEqual(critical.rules);

    // A poor design with warnings only: exit 0 (no critical finding), the stated rules reported.
    const warningOnly = cases.find((c) => c.id === 'midface-converging-on-cheekbone')!;
    const poorWarn = cli(['analyze', warningOnly.poor, '--json'], scratch);
    expect(poorWarn.status).toBe(0);
    const warnRules = new Set((JSON.parse(poorWarn.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule));
    for (const rule of warningOnly.rules) expect(warnRules).toContain(rule);

    // The corrected design: exit 0 and no warning or critical finding.
    const fixed = cli(['analyze', critical.corrected, '--json'], scratch);
    expect(fixed.status).toBe(0);
    const fixedFindings = (JSON.parse(fixed.stdout) as { findings: { severity: string }[] }).findings;
    expect(fixedFindings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('vectorlift cases (in process)', () => {
  it('prints a readable table with each case, its area and rules', async () => {
    const { io, out, err } = capture(scratch);
    expect(await main(['cases'], io)).toBe(0);
    expect(err).toEqual([]);
    const text = out.join('');
    expect(text).toMatch(/^\d+ training cases in .*assets[/\\]cases\n/);
    expect(text).toMatch(/ID +AREA +TITLE/);
    expect(text).toMatch(/jawline-over-tension +jawline +Jawline threads pulled too hard\n +rules: over-tension\n/);
    expect(text).toContain('vectorlift analyze /');
  });

  it('lines the Korean table up by terminal cells, Hangul two a character', async () => {
    const { io, out } = capture(scratch);
    expect(await main(['cases', '--lang', 'ko'], io)).toBe(0);
    // Each case's title (and the rules line under it) starts in the header's third column.
    const lines = out.join('').split('\n').filter((l) => /^[a-z]+-[a-z-]+ /.test(l) || /^ +규칙: /.test(l));
    expect(lines.length).toBeGreaterThan(10);
    const header = out.join('').split('\n').find((l) => l.startsWith('ID '))!;
    const titleColumn = terminalWidth(header.slice(0, header.search(/\S+$/)));
    for (const line of lines) {
      const cells = [...line.matchAll(/ {2,}(?=\S)/g)].at(-1)!;
      expect(terminalWidth(line.slice(0, cells.index! + cells[0].length)), line).toBe(titleColumn);
    }
  });

  it('refuses extra arguments', async () => {
    const { io, err } = capture(scratch);
    expect(await main(['cases', 'extra'], io)).toBe(2);
    expect(err.join('')).toMatch(/unexpected argument "extra"/);
  });

  it('lists the good cases and exits 2 with one line per broken case', async () => {
    const lib = join(scratch, 'library');
    cpSync(join(LIBRARY, 'brow-anchored-below'), join(lib, 'brow-anchored-below'), { recursive: true });
    cpSync(join(LIBRARY, 'neck-mesh-too-deep'), join(lib, 'renamed-folder'), { recursive: true });
    cpSync(join(LIBRARY, 'jawline-over-tension'), join(lib, 'jawline-over-tension'), { recursive: true });
    rmSync(join(lib, 'jawline-over-tension', 'corrected.vlift'));
    cpSync(join(LIBRARY, 'midface-threads-in-dermis'), join(lib, 'midface-threads-in-dermis'), { recursive: true });
    writeFileSync(join(lib, 'midface-threads-in-dermis', 'case.json'), '{ "format": "vectorlift-case", "schemaVersion": 9 }');
    const { io, out, err } = capture(scratch);
    expect(await listCases(io, true, lib)).toBe(2);
    expect((JSON.parse(out.join('')) as CaseLine[]).map((c) => c.id)).toEqual(['brow-anchored-below']);
    const lines = err.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^vectorlift cases: jawline-over-tension\/case\.json: "corrected" names corrected\.vlift, which is not in the case folder$/);
    expect(lines[1]).toMatch(/midface-threads-in-dermis\/case\.json: \/schemaVersion: this case was made by a newer version of VectorLift/);
    expect(lines[2]).toMatch(/renamed-folder\/case\.json: the case id "neck-mesh-too-deep" does not match its folder name "renamed-folder"/);

    // The same broken library with --lang ru: every line in Russian, the paths and ids as they are.
    const ru = capture(scratch);
    expect(await listCases(ru.io, true, lib, 'ru')).toBe(2);
    const ruLines = ru.err.join('').trimEnd().split('\n');
    expect(ruLines[0]).toBe('vectorlift cases: jawline-over-tension/case.json: "corrected" называет corrected.vlift, но его нет в папке случая');
    expect(ruLines[1]).toMatch(/midface-threads-in-dermis\/case\.json: \/schemaVersion: случай создан более новой версией VectorLift \(схема случая 9; эта версия читает до \d+\)/);
    expect(ruLines[2]).toMatch(/renamed-folder\/case\.json: идентификатор случая "neck-mesh-too-deep" не совпадает с именем его папки "renamed-folder"/);
  });

  it('exits 2 when the library folder is missing', async () => {
    const { io, err } = capture(scratch);
    expect(await listCases(io, false, join(scratch, 'nowhere'))).toBe(2);
    expect(err.join('')).toMatch(/cannot read the case library folder \(ENOENT\)/);
  });
});
