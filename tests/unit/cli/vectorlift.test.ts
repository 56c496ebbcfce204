import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS, analyze, describeRules } from '../../../shared/analysis';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import { simulatePlan } from '../../../shared/simulation';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { PLAN_JSON_SCHEMA, parsePlanText } from '../../../shared/plan';
import { polylineLength } from '../../../shared/geometry/polyline';
import { CANONICAL_SURFACE, SkinPath, markPoint } from '../../../shared/surface';

/** The real command line: bin/vectorlift.mjs spawned with node, as `npx vectorlift` runs it. */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');
const EXAMPLES = join(ROOT, 'assets', 'examples');
const example = (name: string): string => join(EXAMPLES, name);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vl-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('vectorlift (spawned)', () => {
  it('prints help and version', async () => {
    const [help, version] = await Promise.all([cli(['--help']), cli(['--version'])]);
    expect(help.code).toBe(0);
    for (const command of ['analyze PLAN [--json]', 'rules [--json]', 'schema']) expect(help.stdout).toContain(command);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('refuses a missing command, an unknown command and unknown flags with exit 2 and one usage line', async () => {
    const runs = await Promise.all([cli([]), cli(['analyze']), cli(['analyze', example('good-midface.vlift'), '--jsn']), cli(['analyze']), cli(['analyze', 'a.vlift', 'b.vlift']), cli(['rules', '--verbose'])]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(/Usage: vectorlift/);
    }
    expect(runs[2]!.stderr).toContain('unknown option --jsn');
    expect(runs[3]!.stderr).toContain('missing PLAN');
  });

  it('analyze: exit 0 and a readable report for a good plan', async () => {
    const r = await cli(['analyze', example('good-midface.vlift')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Midface lift: three bidirectional cog threads per side (good-midface.vlift)');
    expect(r.stdout).toContain('No findings.');
    expect(r.stdout).toMatch(/Symmetry\s+1\.00/);
    expect(r.stdout).toContain('Summary: 0 critical, 0 warnings, 0 notes.');
  });

  it('analyze: exit 1 with a critical finding, grouped by severity', async () => {
    const r = await cli(['analyze', example('poor-over-tension.vlift')]);
    expect(r.code).toBe(1);
    const critical = r.stdout.indexOf('CRITICAL (2)');
    const warnings = r.stdout.indexOf('WARNINGS (2)');
    expect(critical).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(critical);
    expect(r.stdout).toContain('Thread 1 is tensioned beyond what it can hold [over-tension, patient\'s right]');
    expect(r.stdout).toMatch(/Why: .+\n\s+Fix: /);
  });

  it('analyze --json: the findings contract and the metrics, equal to the library result', async () => {
    const file = example('poor-over-tension.vlift');
    const r = await cli(['analyze', file, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Record<string, unknown>[]; metrics: unknown };
    // Every field of Finding, optional ones (aspect, folded, text) when the finding has them.
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual([
        'rule', 'severity', 'title', 'message', 'fix', 'threads', 'location', 'side',
        ...('aspect' in f ? ['aspect'] : []), ...('folded' in f ? ['folded'] : []), ...('text' in f ? ['text'] : []),
      ]);
    }
    // The over-tension finding's words come as data too (text key and parameters), for other languages.
    expect(out.findings.find((f) => f.aspect === 'beyond-hold')?.text).toMatchObject({ id: 'over-tension.beyond-hold' });
    const parsed = parsePlanText(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error('example does not load');
    const expected = analyze(parsed.plan, CANONICAL_ATLAS, { simulation: simulatePlan(parsed.plan, CANONICAL_ATLAS, THREAD_CATALOGUE).summary });
    expect(out.findings).toEqual(JSON.parse(JSON.stringify(expected.findings)));
    expect(out.findings.some((f) => f.aspect === 'beyond-hold')).toBe(true);
    expect(out.metrics).toEqual(JSON.parse(JSON.stringify(expected.metrics)));
    // The simulated tissue map's per-side figures are part of the metrics.
    const simulated = (out.metrics as { simulation: { right: { prominenceMean: number }; left: { prominenceMean: number } } }).simulation;
    expect(simulated.right.prominenceMean).toBeGreaterThan(0);
    expect(simulated.left.prominenceMean).toBeGreaterThan(0);
  });

  it('analyze --json: each thread\'s length on the skin and the marks of its entry and fixation points', async () => {
    const file = example('good-midface.vlift');
    const r = await cli(['analyze', file, '--json']);
    expect(r.code).toBe(0);
    type MarkJson = { x: number; y: number; marks: { landmark: string; distanceMm: number; directions: string[]; text: string }[]; text: string };
    type ThreadJson = { id: string; number: number; surfaceLengthMm: number; barbedFromEntryMm: { startMm: number; endMm: number } | null; frankfortAngleDeg: number; fixationEnd: string; entry: MarkJson; fixation: MarkJson; distal: MarkJson };
    const out = JSON.parse(r.stdout) as { threads: ThreadJson[] };
    const parsed = parsePlanText(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error('example does not load');
    expect(out.threads.map((t) => t.id)).toEqual(parsed.plan.threads.map((t) => t.id));
    parsed.plan.threads.forEach((thread, i) => {
      const t = out.threads[i]!;
      const skin = SkinPath.of(CANONICAL_SURFACE, thread.path);
      expect(t.surfaceLengthMm).toBeCloseTo(skin.length, 1);
      // The skin is longer than the drawing: the midface vectors start over the temple.
      expect(t.surfaceLengthMm).toBeGreaterThan(polylineLength(thread.path));
      expect(t.barbedFromEntryMm!.startMm).toBeCloseTo(skin.skinDistanceAtFrontal(thread.barbed!.startMm), 1);
      expect(t.entry.text).toBe(markPoint(CANONICAL_SURFACE, thread.path[0]!).text);
      expect(t.fixation).toEqual(thread.fixationEnd === 'entry' ? t.entry : t.distal);
      expect(t.entry.marks).toHaveLength(2);
      for (const m of t.entry.marks) expect(m.text.startsWith(`${m.distanceMm} mm `) || m.text.startsWith('on the ')).toBe(true);
    });
    // The temple entry (68, -10) as a practitioner would mark it.
    const temple = out.threads.find((t) => t.entry.x === 68 && t.entry.y === -10)!;
    expect(temple.entry.text).toBe('29 mm in front of the top of the ear, 29 mm above the zygomatic arch');
  });

  // Thirteen CLIs at once: on a 2-core machine shared with other jobs this alone can pass 20 s.
  it('analyze: exit code follows the critical findings for every example', { timeout: 90_000 }, async () => {
    const names = RULE_IDS.map((id) => `poor-${id}.vlift`).concat(['good-brow.vlift', 'good-jawline.vlift', 'good-neck.vlift']);
    const runs = await Promise.all(names.map((n) => cli(['analyze', example(n), '--json'])));
    runs.forEach((r, i) => {
      const findings = (JSON.parse(r.stdout) as { findings: { severity: string }[] }).findings;
      expect(r.code, names[i]).toBe(findings.some((f) => f.severity === 'critical') ? 1 : 0);
    });
  });

  it('analyze: exit 2 with one clear line for a missing, broken, newer or invalid file, which is left untouched', { timeout: 90_000 }, async () => {
    const broken = join(scratch, 'broken.vlift');
    writeFileSync(broken, '{ "format": "vectorlift-plan", "schemaVersion": 1, "meta": {');
    const newer = join(scratch, 'newer.vlift');
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(readFileSync(example('good-neck.vlift'), 'utf8')), schemaVersion: 99 }));
    const invalid = join(scratch, 'invalid.vlift');
    const plan = JSON.parse(readFileSync(example('good-neck.vlift'), 'utf8'));
    plan.threads[0].depthMm = -3;
    writeFileSync(invalid, JSON.stringify(plan, null, 2));
    const before = [broken, newer, invalid].map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);

    const runs = await Promise.all([cli(['analyze', join(scratch, 'nope.vlift')]), cli(['analyze', broken]), cli(['analyze', newer]), cli(['analyze', invalid]), cli(['analyze', scratch])]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toHaveLength(1);
    }
    expect(runs[0]!.stderr).toContain('nope.vlift: cannot be read (no such file)');
    expect(runs[1]!.stderr).toContain('broken.vlift');
    expect(runs[2]!.stderr).toMatch(/newer/i);
    expect(runs[3]!.stderr).toContain('/threads/0/depthMm');
    expect(runs[4]!.stderr).toContain('is a folder');
    expect([broken, newer, invalid].map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs])).toEqual(before);
  });

  it('rules: every rule id with its thresholds, as text and as JSON', async () => {
    const [text, json] = await Promise.all([cli(['rules']), cli(['rules', '--json'])]);
    expect(text.code).toBe(0);
    for (const rule of describeRules()) {
      expect(text.stdout).toContain(`${rule.id}: ${rule.title}`);
      for (const t of rule.thresholds) expect(text.stdout).toContain(`${t.name} = ${t.value} ${t.unit}`);
    }
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(describeRules())));
  });

  it('schema: the plan JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(PLAN_JSON_SCHEMA)));
  });

  it('runs from another folder with a relative plan path', async () => {
    const r = await cli(['analyze', 'examples/good-brow.vlift'], join(ROOT, 'assets'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(good-brow.vlift)');
  });

  it('works as `npx vectorlift` from the project (npm runs the package\'s own bin)', () => {
    const out = execFileSync('npx', ['--no-install', 'vectorlift', '--version'], { cwd: join(ROOT, 'assets'), encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(out.trim()).toBe(pkg.version);
  });
});
