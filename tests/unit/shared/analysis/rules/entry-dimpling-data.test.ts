import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../../shared/analysis/types';
import type { PlanMeta } from '../../../../../shared/plan/types';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';

/**
 * Entry-dimpling read from the findings' data (severity, side, threads, text parameters, place),
 * not their English. The fixtures are midface vectors at 23 degrees from the temple entry
 * (skin 2.1 mm there, 1.7 mm at the far end of the 65 mm vector in the submalar cheek), at 4.5 mm.
 */

const rule = 'entry-dimpling' as const;
/** A double-needle cone thread: its far end comes out through the skin, a puncture like the entry. */
const CONE = 'plla-cone-8';
const found = (length: number, spec: Partial<ThreadSpec>, meta: Partial<PlanMeta> = {}) =>
  findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, length, spec)], meta)), rule);
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const head = (f: Finding) => [f.severity, f.aspect, f.side, f.threads, f.text!.id];
const fix = (end: string, limit: number) => ({ text: `entry-dimpling.fix.${end}`, params: { nearMm: { mm: 5 }, limitMm: { mm: limit } } });

describe('entry-dimpling, read from its data', () => {
  it('barbs from the puncture itself: right at the entry, with the depth, the skin and the limit (skin + 3 mm of fat)', () => {
    const [f, ...rest] = found(65, { barbs: [0, 58] });
    expect(rest).toEqual([]);
    expect(head(f!)).toEqual(['warning', 'entry', 'left', ['t1'], 'entry-dimpling']);
    expect(params(f!)).toEqual({
      thread: { threads: [1] },
      which: { text: 'entry-dimpling.close.entry' },
      at: { text: 'entry-dimpling.rightAt.entry' },
      depthMm: { mm: 4.5 },
      fatMm: { mm: 3 },
      limitMm: { mm: 2.1 + 3 },
      skinMm: { mm: 2.1 },
      note: '',
      fix: fix('entry', 2.1 + 3),
    });
    // The first barbed sample of the same depth is named: the entry itself.
    expect(f!.location).toEqual({ x: TEMPLE[0], y: TEMPLE[1] });
  });

  it('a barb exactly at the limit (skin + 3 mm) is deep enough; just above it is not', () => {
    expect(found(65, { barbs: [0, 58], depth: 2.1 + 3 })).toEqual([]);
    expect(found(65, { barbs: [0, 58], depth: 2.1 + 3 - 1e-9 }).map((f) => f.aspect)).toEqual(['entry']);
  });

  it('barbs a little way in: their distance from the entry', () => {
    const [f] = found(65, { barbs: [2, 58] });
    const at = params(f!).at as { text: string; params: { distance: { mm: number } } };
    expect(at.text).toBe('entry-dimpling.from.entry');
    expect(at.params.distance.mm).toBeGreaterThan(2);
    expect(at.params.distance.mm).toBeLessThan(5);
  });

  it('the shallowest barb near the entry is named, not the first', () => {
    // 4.9 mm at the entry rising toward the surface: within 5 mm the barb farthest in is shallowest.
    const [f] = found(65, { barbs: [0, 58], pointDepths: [4.9, 2.5] });
    expect((params(f!).depthMm as { mm: number }).mm).toBeLessThan(4.9);
    expect((params(f!).at as { text: string }).text).toBe('entry-dimpling.from.entry');
  });

  it("barbs to a cone thread's far end (where it comes out): the exit finding, with the skin and limit of the cheek there", () => {
    const [f, ...rest] = found(65, { type: CONE, barbs: [15, 65] });
    expect(rest).toEqual([]);
    expect(head(f!)).toEqual(['warning', 'exit', 'left', ['t1'], 'entry-dimpling']);
    expect(params(f!)).toMatchObject({ which: { text: 'entry-dimpling.close.exit' }, skinMm: { mm: 1.7 }, fix: fix('exit', 1.7 + 3) });
    expect((params(f!).limitMm as { mm: number }).mm).toBeCloseTo(4.7, 9);
    const at = params(f!).at as { text: string; params: { distance: { mm: number } } };
    expect(at.text).toBe('entry-dimpling.from.exit');
    expect(at.params.distance.mm).toBeLessThan(5);
  });

  it('a cone path with barbs at both ends gets both findings; one short enough for one puncture zone gets one', () => {
    expect(found(65, { type: CONE, barbs: [2, 65] }).map((f) => f.aspect)).toEqual(['entry', 'exit']);
    // 11 mm drawn is more than 10 mm on the skin: two zones. 7 mm drawn is less: one.
    expect(found(11, { type: CONE, barbs: [0, 11] }).map((f) => f.aspect)).toEqual(['entry', 'exit']);
    expect(found(7, { type: CONE, barbs: [0, 7] }).map((f) => f.aspect)).toEqual(['entry']);
    // A cog's far end is buried: only its entry is a puncture.
    expect(found(65, { barbs: [2, 65] }).map((f) => f.aspect)).toEqual(['entry']);
  });

  it('says which patient margin raised the limit', () => {
    const [f] = found(65, { barbs: [0, 58] }, { skinThickness: 'thin' });
    expect(params(f!).note).toEqual({ text: 'margin.thin', params: { age: 50 } });
    expect((params(f!).limitMm as { mm: number }).mm).toBeCloseTo(2.1 + 3 + 0.5, 9);
  });
});
