import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../../shared/atlas/landmarks';

/** `vectorlift atlas`: run as a user would (node bin/vectorlift.mjs) from a scratch folder. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vl-atlas-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });

interface Point { x: number; y: number; z?: number }
interface Report { landmarks: Record<string, { frontal: Point; surface: Point; onSurface: boolean }> }

describe('vectorlift atlas', () => {
  it('--json gives every landmark by its atlas name with frontal {x, y} and surface {x, y, z} in mm', () => {
    const r = cli(['atlas', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(Object.keys(report.landmarks).sort()).toEqual(Object.keys(LANDMARKS).sort());
    for (const name of ['tragus-left', 'subnasale', 'zygion-left', 'gonion-left', 'lateral-canthus-left', 'mouth-corner-left', 'nasion', 'menton']) {
      const l = report.landmarks[name]!;
      expect(Object.keys(l.frontal)).toEqual(['x', 'y']);
      expect(Object.keys(l.surface)).toEqual(['x', 'y', 'z']);
      expect(l.frontal).toEqual({ x: LANDMARKS[name]!.x, y: LANDMARKS[name]!.y });
      expect(l.onSurface).toBe(true);
    }
    const t = report.landmarks['tragus-left']!;
    const sn = report.landmarks['subnasale']!;
    expect(t.surface.z).toBeCloseTo(0, 1);
    // Subnasale lies well in front of the tragion plane (the tragion-subnasale depth is ~12 cm).
    expect(sn.surface.z!).toBeGreaterThan(80);
    // Mirror pairs: same height, opposite x.
    expect(report.landmarks['zygion-right']!.surface).toEqual({ ...report.landmarks['zygion-left']!.surface, x: -report.landmarks['zygion-left']!.surface.x });
  });

  it('without --json prints a table with each landmark and its skin height', () => {
    const r = cli(['atlas']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^tragus-left\s+76\.0\s+22\.0\s+0\.0$/m);
    expect(r.stdout).toContain('mastoid-left');
  });
});
