import { describe, expect, it } from 'vitest';
import { RULE_IDS, analyze, describeRules, findingKey, worstSeverityByThread, type Finding } from '../../../../shared/analysis';
import { RULES } from '../../../../shared/analysis/registry';
import { atlasLookup } from '../../../../shared/analysis/atlas-lookup';
import { MAX_SAMPLES, computeThreadGeometry } from '../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { ALL_EXAMPLES } from '../../../../cli/examples/plans';
import { MIDFACE_FAN, TEMPLE, bilateral, midfaceVector, oneSide, run } from './helpers';

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

describe('analyze', () => {
  it('runs the twelve rules, in the order of RULE_IDS', () => {
    expect(RULES.map((r) => r.description.id)).toEqual([...RULE_IDS]);
    expect(describeRules().map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('documents every threshold with a unit, a description and a source or the words "design choice"', () => {
    for (const rule of describeRules()) {
      expect(rule.title.length, rule.id).toBeGreaterThan(0);
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      for (const t of rule.thresholds) {
        expect(Number.isFinite(t.value), `${rule.id}.${t.name}`).toBe(true);
        expect(t.unit, `${rule.id}.${t.name}`).not.toBe('');
        expect(t.description.length, `${rule.id}.${t.name}`).toBeGreaterThan(10);
        expect(t.source, `${rule.id}.${t.name}`).toMatch(/domain\.md|design choice/);
      }
    }
  });

  it('sorts findings by severity, then rule order, then the first thread in plan order', () => {
    for (const { plan } of ALL_EXAMPLES) {
      const { findings } = run(plan);
      const position = new Map(plan.threads.map((t, i) => [t.id, i]));
      const key = (f: Finding) => [
        SEVERITY_ORDER[f.severity],
        RULE_IDS.indexOf(f.rule),
        f.threads.length ? Math.min(...f.threads.map((id) => position.get(id)!)) : Infinity,
      ];
      for (let i = 1; i < findings.length; i++) {
        const [a, b] = [key(findings[i - 1]!), key(findings[i]!)];
        const cmp = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
        expect(cmp, `${findings[i - 1]!.title} / ${findings[i]!.title}`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('gives every finding a title naming its threads, a message, a fix and a side consistent with its threads', () => {
    for (const { plan } of ALL_EXAMPLES) {
      const byId = new Map(plan.threads.map((t, i) => [t.id, { ...t, number: i + 1 }]));
      for (const f of run(plan).findings) {
        expect(f.message.length, f.title).toBeGreaterThan(30);
        expect(f.fix.length, f.title).toBeGreaterThan(15);
        // Count findings (asymmetry, thread-count) are about a side's number of threads: their
        // title gives the count and their text names the threads.
        const counted = f.rule === 'asymmetry' || f.rule === 'thread-count';
        if (f.threads.length === 1) expect((counted ? f.message : f.title).toLowerCase()).toContain(`thread ${byId.get(f.threads[0]!)!.number}`);
        if (f.side !== null) for (const id of f.threads) expect(byId.get(id)!.side).toBe(f.side);
      }
    }
  });

  it('uses the catalogue given in the options', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65, { tension: 1.5 })]);
    expect(run(plan).findings.some((f) => f.rule === 'over-tension')).toBe(false);
    // A weaker custom type with the same id: 1.5 N is now more than it holds.
    const weak = THREAD_CATALOGUE.map((t) => (t.id === 'pdo-cog-bi-19g-100' ? { ...t, holdingForceN: 1 } : t));
    expect(analyze(plan, CANONICAL_ATLAS, { catalogue: weak }).findings.filter((f) => f.rule === 'over-tension').map((f) => f.severity)).toEqual(['critical']);
  });

  it('skips type-dependent checks for a thread type the catalogue does not know, without failing', () => {
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65, { tension: 3 })]);
    const result = analyze(plan, CANONICAL_ATLAS, { catalogue: [] });
    expect(result.findings.some((f) => f.rule === 'over-tension' && f.aspect === 'beyond-hold')).toBe(false);
    expect(result.findings.some((f) => f.rule === 'length-mismatch')).toBe(false);
  });
});

describe('robustness', () => {
  it('samples an absurdly long (but valid) path coarsely instead of stalling', () => {
    // 500 points zigzagging across the whole coordinate range: about 400 m of path.
    const path = Array.from({ length: 500 }, (_, i) => ({ x: i % 2 === 0 ? -400 : 400, y: -400 + (i * 800) / 499 }));
    const plan = oneSide('left', TEMPLE, [midfaceVector(23, 65)]);
    const huge = { ...plan, threads: plan.threads.map((t) => ({ ...t, path, pointDepthsMm: path.map(() => null), barbed: { startMm: 10, endMm: 300_000 } })) };
    const geometry = computeThreadGeometry(huge.threads[0]!, 1, null, atlasLookup(CANONICAL_ATLAS));
    expect(geometry.samples.length).toBeLessThanOrEqual(MAX_SAMPLES + 3);
    expect(() => run(huge)).not.toThrow();
  });
});

describe('metrics', () => {
  it('are symmetric for a mirrored design: equal counts, forces and elevation angles, symmetry 1', () => {
    const m = run(bilateral(TEMPLE, MIDFACE_FAN)).metrics;
    expect(m.threadCount).toEqual({ right: 3, left: 3 });
    expect(m.tractionBySide.right).toBeCloseTo(3, 10);
    expect(m.tractionBySide.left).toBeCloseTo(3, 10);
    expect(m.resultant.right.elevationDeg).toBeCloseTo(m.resultant.left.elevationDeg!, 10);
    expect(m.resultant.left.x).toBeCloseTo(-m.resultant.right.x, 10);
    expect(m.resultant.left.y).toBeLessThan(0); // upward on the face (+y is down)
    expect(m.resultant.left.elevationDeg!).toBeGreaterThan(45);
    expect(m.symmetry).toBeCloseTo(1, 10);
  });

  it('spread each side\'s traction over the regions its barbs lie in', () => {
    const m = run(bilateral(TEMPLE, MIDFACE_FAN)).metrics;
    for (const side of ['right', 'left'] as const) {
      const sum = m.tractionByRegion.filter((r) => r.side === side).reduce((a, r) => a + r.forceN, 0);
      expect(sum).toBeCloseTo(m.tractionBySide[side], 6);
    }
    expect(new Set(m.tractionByRegion.map((r) => r.region))).toEqual(new Set(['temple', 'malar', 'submalar', 'preauricular']));
  });

  it('cap each thread\'s traction at what its type holds', () => {
    const m = run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { tension: 5 })])).metrics;
    expect(m.tractionBySide.left).toBeCloseTo(1.9, 10);
  });

  it('leave the symmetry and the malar share empty when there is nothing to compare', () => {
    const m = run(oneSide('left', TEMPLE, MIDFACE_FAN)).metrics;
    expect(m.symmetry).toBeNull();
    expect(m.malarShare.right).toBeNull();
    expect(m.resultant.right).toEqual({ x: 0, y: 0, magnitudeN: 0, elevationDeg: null });
  });

  it('fall with a force imbalance', () => {
    const b = bilateral(TEMPLE, MIDFACE_FAN);
    const halved = { ...b, threads: b.threads.map((t) => (t.side === 'right' ? { ...t, tensionN: t.tensionN / 2 } : t)) };
    expect(run(halved).metrics.symmetry).toBeCloseTo(0.5, 10);
  });
});

describe('worstSeverityByThread and findingKey', () => {
  const poor = ALL_EXAMPLES.find((e) => e.file === 'poor-over-tension.vlift')!.plan;

  it('colour each thread by its worst finding', () => {
    const worst = worstSeverityByThread(run(poor).findings);
    expect(worst.get('t1')).toBe('critical');
    expect(worst.get('t2')).toBe('warning');
    expect(worst.has('t3')).toBe(false);
  });

  it('give each finding of a plan its own key, stable when the wording or position changes', () => {
    for (const { plan } of ALL_EXAMPLES) {
      const keys = run(plan).findings.map(findingKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const nudged = { ...poor, threads: poor.threads.map((t) => ({ ...t, path: t.path.map((p) => ({ x: p.x, y: p.y + 0.5 })), tensionN: t.tensionN + 0.05 })) };
    expect(run(nudged).findings.map(findingKey)).toEqual(run(poor).findings.map(findingKey));
  });
});
