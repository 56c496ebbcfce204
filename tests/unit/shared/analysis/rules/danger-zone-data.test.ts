import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import { RULES } from '../../../../../shared/analysis/registry';
import type { FindingParam, FindingParams } from '../../../../../shared/analysis/finding-text';
import type { Finding } from '../../../../../shared/analysis/types';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';

/**
 * Danger-zone at its depth limits, read from the findings' data (text parameters, place, side):
 * a path exactly the margin above a structure's layer is flagged as "within the margin", one at
 * the layer "reaches" it, one just shallower than the margin passes. The layer depth is read from
 * the atlas, the margin from the rule, so the test follows the data it checks.
 */

const rule = 'danger-zone' as const;
const MARGIN = RULES.find((r) => r.description.id === rule)!.description.thresholds.find((t) => t.name === 'dangerDepthMarginMm')!.value;
// Where a temple-entry midface vector runs first: the temporal branch of the facial nerve.
const TEMPORAL = CANONICAL_ATLAS.dangerZones.filter((z) => z.kind === 'temporal-branch');
const LAYER = TEMPORAL[0]!.depthFromMm;
const params = (f: Finding): FindingParams => f.text!.params;
/** The message key a nested text parameter (such as `depth` or `harm`) names. */
const keyOf = (p: FindingParam | undefined): string | undefined => (typeof p === 'object' && 'text' in p ? p.text : undefined);
const at = (depth: number, side: 'left' | 'right' = 'left') => {
  const spec = midfaceVector(23, 65, { depth });
  const plan = side === 'left' ? oneSide('left', TEMPLE, [spec]) : oneSide('right', [-TEMPLE[0], TEMPLE[1]], [mirrorSpec(spec)]);
  return { plan, found: findingsOf(run(plan), rule) };
};

describe('danger-zone, read from its data', () => {
  it('reads one temporal-branch layer from the atlas, deeper than the margin', () => {
    expect(new Set(TEMPORAL.map((z) => z.depthFromMm)).size).toBe(1);
    expect(LAYER).toBeGreaterThan(MARGIN);
  });

  it('a path just shallower than the margin above the layer passes; exactly the margin above is flagged as near', () => {
    expect(at(LAYER - MARGIN - 0.01).found).toEqual([]);
    const { found } = at(LAYER - MARGIN);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['critical', 'temporal-branch']]);
    expect(params(found[0]!).depth).toEqual({
      text: 'danger-zone.depth.near',
      params: { depthMm: { mm: LAYER - MARGIN }, fromMm: { mm: LAYER }, structure: { danger: 'temporal-branch' }, marginMm: { mm: MARGIN } },
    });
    expect(params(found[0]!).aboveMm).toEqual({ mm: LAYER - MARGIN });
  });

  it('a path just above the layer is near it; at the layer it reaches it (never both, never the other way round)', () => {
    expect(keyOf(params(at(LAYER - 0.01).found[0]!).depth)).toBe('danger-zone.depth.near');
    const reaches = at(LAYER).found;
    expect(reaches.map((f) => f.aspect)).toEqual(['temporal-branch']);
    expect(params(reaches[0]!).depth).toEqual({
      text: 'danger-zone.depth.in',
      params: { depthMm: { mm: LAYER }, fromMm: { mm: LAYER }, structure: { danger: 'temporal-branch' } },
    });
  });

  it('names the thread, its side and the harm of the structure\'s kind, at a point of the path inside the zone', () => {
    for (const side of ['left', 'right'] as const) {
      const { plan, found } = at(LAYER, side);
      expect(found.map((f) => [f.threads, f.side])).toEqual([[[plan.threads[0]!.id], side]]);
      expect(params(found[0]!)).toMatchObject({ thread: { threads: [1], start: true }, structure: { danger: 'temporal-branch' }, harm: { text: 'danger-zone.harm.nerve' } });
      // The place is on the path: between its entry and its far end, on the thread's side.
      const [from, to] = plan.threads[0]!.path;
      const loc = found[0]!.location!;
      expect(Math.sign(loc.x)).toBe(side === 'left' ? 1 : -1);
      expect(loc.y).toBeGreaterThan(Math.min(from!.y, to!.y));
      expect(loc.y).toBeLessThan(Math.max(from!.y, to!.y));
    }
  });

  it('gives one finding per structure however many samples of the path lie in its zone (none folded from repeats)', () => {
    const deep = at(7).found;
    expect(deep.length).toBeGreaterThan(1);
    expect(new Set(deep.map((f) => f.aspect)).size).toBe(deep.length);
    for (const f of deep) expect(f.folded, f.aspect).toBeUndefined();
  });

  it('the great auricular nerve has its own harm (sensory), other nerves their kind\'s', () => {
    const found = findingsOf(
      run(oneSide('left', [62, 72], [{ type: 'pdo-cog-uni-19g-100', to: [[60, 102]], depth: 7, barbs: [5, 25], zone: null, tension: 0.5 }])),
      rule,
    );
    const gan = found.find((f) => f.aspect === 'great-auricular-nerve')!;
    expect(params(gan).harm).toEqual({ text: 'danger-zone.harm.great-auricular-nerve' });
    const deep = at(7).found;
    expect(deep.map((f) => [f.aspect, keyOf(params(f).harm)])).toEqual(
      expect.arrayContaining([
        ['parotid-duct', 'danger-zone.harm.duct'],
        ['temporal-branch', 'danger-zone.harm.nerve'],
      ]),
    );
  });
});
