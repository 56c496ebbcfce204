/**
 * A floating design (holding.ts: a bidirectional cog or cone thread with no fixation zone and at
 * most FLOATING_TENSION_MAX) grips the tissue on opposed barbs and pulls toward neither end, so
 * the direction rules judge its axis (rulePull), not a pull toward the end it was entered from.
 * Found by a clinical review: the same floating jowl threads entered from below were warned of
 * pulling downward and, entered from below on one side only, of being lifted 180 degrees apart
 * with no counterparts. Here: those plans built in code are clean, the lifts from one end beside
 * them still warn, and every verdict of a random floating plan survives reversing every path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { rulePull } from '../../../../../shared/analysis/holding';
import { mirrorPairCost } from '../../../../../shared/analysis/mirror-pairs';
import { computeThreadGeometry, type ThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import type { AnalysisResult, RuleId } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import type { PlanDocument, Thread } from '../../../../../shared/plan/types';
import { PlanBuilder, findingsOf, meta, type ThreadSpec, type XY } from '../helpers';
import { FOREHEAD_ENTRY, down } from './muscle-conflict-fixtures';

const COG_BI = 'pdo-cog-bi-19g-100';
const COG_UNI = 'pdo-cog-uni-19g-100';
const run = (plan: PlanDocument): AnalysisResult => analyze(plan, CANONICAL_ATLAS);
const aspects = (result: AnalysisResult, rule: RuleId): (string | undefined)[] => findingsOf(result, rule).map((f) => f.aspect);

/**
 * The review's jowl design on the patient's left (right mirrored): two bidirectional cogs over the
 * jowl from in front of the ear down to the jaw border, 0.6 N, no anchor. `fromBelow` enters each
 * at its lower end instead; `more` changes every thread (a type, a tension, a zone).
 */
const JOWL: readonly { readonly upper: XY; readonly lower: XY; readonly barbs: readonly [number, number] }[] = [
  { upper: [54, 44], lower: [40, 104], barbs: [9, 56.61] },
  { upper: [62, 50], lower: [50, 106], barbs: [9, 52.27] },
];

function addJowl(b: PlanBuilder, side: 'right' | 'left', fromBelow: boolean, more: Partial<ThreadSpec>): void {
  const m = side === 'right' ? -1 : 1;
  JOWL.forEach(({ upper, lower, barbs }, i) => {
    const [from, to] = fromBelow ? [lower, upper] : [upper, lower];
    b.side(side, `${side[0]}${i + 1}`, [m * from[0], from[1]], [{ type: COG_BI, to: [[m * to[0], to[1]]], depth: 4.5, barbs, tension: 0.6, ...more }]);
  });
}

/** Both sides entered from above or below (S06, S07), or right from above and left from below (S13). */
function jowlPlan(right: 'above' | 'below', left: 'above' | 'below', more: Partial<ThreadSpec> = {}): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'floating jowl', patientId: 'FJ-1' }));
  addJowl(b, 'right', right === 'below', more);
  addJowl(b, 'left', left === 'below', more);
  return b.build();
}

const geometriesOf = (plan: PlanDocument): ThreadGeometry[] => {
  const lookup = atlasLookup(CANONICAL_ATLAS);
  return plan.threads.map((t, i) => computeThreadGeometry(t, i + 1, THREAD_CATALOGUE.find((c) => c.id === t.typeId)!, lookup));
};

describe('rulePull: the direction a direction rule judges', () => {
  it("is a floating design's barbed axis pointing upward, the same whichever end it was entered from", () => {
    const above = geometriesOf(jowlPlan('above', 'above'));
    const below = geometriesOf(jowlPlan('below', 'below'));
    for (let i = 0; i < above.length; i++) {
      const a = rulePull(above[i]!)!;
      const b = rulePull(below[i]!)!;
      expect(a.axis).toBe(true);
      expect(a.direction.y).toBeLessThan(0); // upward (+y is down)
      expect(b.elevationDeg).toBeCloseTo(a.elevationDeg, 9);
      expect(b.magnitudeN).toBe(0.6);
      // Entered from above it is its traction, toward the upper entry; from below the traction points down.
      expect(a.elevationDeg).toBeCloseTo(above[i]!.traction!.elevationDeg, 9);
      expect(below[i]!.traction!.direction.y).toBeGreaterThan(0);
    }
  });

  it('is the traction of a lift from one end: a unidirectional cog, a self-anchoring thread tensioned past the floating limit, or one named to a zone', () => {
    for (const more of [{ type: COG_UNI }, { tension: 1.4 }, { zone: 'preauricular-smas' }]) {
      for (const g of geometriesOf(jowlPlan('below', 'below', more))) {
        const pull = rulePull(g)!;
        expect(pull.axis).toBe(false);
        expect(pull.elevationDeg).toBe(g.traction!.elevationDeg);
        expect(pull.direction.y).toBeGreaterThan(0); // entered from below and fixed there: it pulls down
      }
    }
  });
});

describe('floating jowl threads entered from below (clinical review S07, S13)', () => {
  it('get no downward warning and no direction note, as when entered from above (S06, S07)', () => {
    for (const plan of [jowlPlan('above', 'above'), jowlPlan('below', 'below')]) {
      const result = run(plan);
      expect(findingsOf(result, 'gravity-direction')).toEqual([]);
      expect(findingsOf(result, 'asymmetry')).toEqual([]);
      expect(aspects(result, 'weak-fixation')).toEqual(['floating', 'floating', 'floating', 'floating']);
    }
  });

  it('entered from above on one side and from below on the other, the sides pair and match (S13)', () => {
    const result = run(jowlPlan('above', 'below'));
    expect(findingsOf(result, 'gravity-direction')).toEqual([]);
    expect(findingsOf(result, 'asymmetry')).toEqual([]);
    // Floating threads add no net pull to a side's resultant (metrics.ts); their tension still counts.
    const { right, left } = result.metrics.resultant;
    expect([right.elevationDeg, left.elevationDeg]).toEqual([null, null]);
    expect(result.metrics.tractionBySide).toEqual({ right: 1.2, left: 1.2 });
    expect(result.metrics.symmetry!).toBeCloseTo(1, 9);
    // Each thread's counterpart is the thread in the same place, at the cost of a drawn mirror image.
    const g = geometriesOf(jowlPlan('above', 'below'));
    expect(mirrorPairCost(g[0]!, g[2]!)).toBeCloseTo(0, 9);
    expect(mirrorPairCost(g[1]!, g[3]!)).toBeCloseTo(0, 9);
    expect(mirrorPairCost(g[2]!, g[0]!)).toBeCloseTo(0, 9);
  });
});

describe('the same threads as lifts from one end still warn', () => {
  const lifts: readonly [string, Partial<ThreadSpec>][] = [
    ['unidirectional cogs', { type: COG_UNI }],
    ['bidirectional cogs tensioned past the floating limit (F17 entered from below)', { tension: 1.4 }],
    ['bidirectional cogs named to a fixation zone', { zone: 'preauricular-smas' }],
  ];

  it.each(lifts)('%s entered and fixed below pull downward', (_, more) => {
    expect(aspects(run(jowlPlan('below', 'below', more)), 'gravity-direction')).toEqual(['downward', 'downward', 'downward', 'downward']);
  });

  it.each(lifts)('%s fixed above on one side and below on the other are lifted in different directions', (_, more) => {
    const result = run(jowlPlan('above', 'below', more));
    expect(aspects(result, 'gravity-direction')).toEqual(['downward', 'downward']);
    // A reversed lift is not its counterpart's mirror image: no pair, and the sides 180 degrees apart.
    expect(aspects(result, 'asymmetry').sort()).toEqual(['direction', 'unmatched']);
    const g = geometriesOf(jowlPlan('above', 'below', more));
    expect(mirrorPairCost(g[0]!, g[2]!)).toBeGreaterThan(60);
  });

  it('a unidirectional cog fixed below (F18) pulls downward; the same path as a floating bidirectional cog does not', () => {
    const f18 = (type: string) => {
      const b = new PlanBuilder(meta({ title: 'F18', patientId: 'F18' }));
      b.bilateral('K', [58, 56], [{ type, to: [[46, 116]], depth: 4.5, barbs: [6, 40], fixationEnd: 'distal', tension: 0.9 }]);
      return b.build();
    };
    expect(aspects(run(f18(COG_UNI)), 'gravity-direction')).toEqual(['downward', 'downward']);
    expect(aspects(run(f18(COG_BI)), 'gravity-direction')).not.toContain('downward');
  });
});

describe('asymmetry: pairs with floating threads', () => {
  /** One thread per side: `right` and `left` specs from mirrored entries. */
  function pair(at: XY, right: ThreadSpec, left: ThreadSpec): PlanDocument {
    const b = new PlanBuilder(meta({ title: 'pair', patientId: 'P-1' }));
    b.side('right', 'R', [-at[0], at[1]], [{ ...right, to: right.to.map(([x, y]) => [-x, y] as XY) }]);
    b.side('left', 'L', at, [left]);
    return b.build();
  }

  it('two floating threads lying on nearly horizontal lines tipped opposite ways are compared as lines', () => {
    // Across the lower cheek, 6 degrees off level: the right tips up laterally, the left up
    // medially. As pulls pointing upward they are 168 degrees apart; as lines, 12.
    const right: ThreadSpec = { type: COG_BI, to: [[30, 69.31]], depth: 4.5, barbs: [5, 55], tension: 0.8 };
    const left: ThreadSpec = { type: COG_BI, to: [[30, 56.69]], depth: 4.5, barbs: [5, 55], tension: 0.8 };
    const plan = pair([90, 63], right, left);
    const [r, l] = geometriesOf(plan);
    expect(Math.abs(rulePull(r!)!.elevationDeg - rulePull(l!)!.elevationDeg)).toBeGreaterThan(160);
    expect(aspects(run(plan), 'asymmetry')).toEqual([]);
  });

  it('a floating thread beside a lift is compared as a line: the same line matches either way, a turned line does not', () => {
    const floating: ThreadSpec = { type: COG_BI, to: [[40, 104]], depth: 4.5, barbs: [9, 56.61], tension: 0.8 };
    const up: ThreadSpec = { ...floating, type: COG_UNI, zone: 'preauricular-smas' };
    expect(aspects(run(pair([54, 44], up, floating)), 'asymmetry')).toEqual([]);
    // The lift on the same line entered from below and fixed there pulls down: gravity-direction
    // says so; the two sides are still laid along mirrored lines.
    const downLift: ThreadSpec = { type: COG_UNI, to: [[-54, 44]], depth: 4.5, barbs: [5, 52], tension: 0.8 };
    const b = new PlanBuilder(meta({ title: 'pair', patientId: 'P-2' }));
    b.side('right', 'R', [-40, 104], [downLift]);
    b.side('left', 'L', [54, 44], [floating]);
    const result = run(b.build());
    expect(aspects(result, 'gravity-direction')).toEqual(['downward']);
    expect(aspects(result, 'asymmetry')).toEqual([]);
    // Turned 30 degrees about its upper end (the jowl end moved toward the chin), the lift pulls
    // along another line: 30 degrees apart, printed as two directions 30 degrees apart.
    const turned: ThreadSpec = { ...up, to: [[11.88, 88.96]] };
    const [f] = findingsOf(run(pair([54, 44], turned, floating)), 'asymmetry').filter((x) => x.aspect === 'pair-direction');
    const params = f!.text!.params as Record<string, { deg?: number; direction?: number }>;
    expect(params['apart']!.deg!).toBeCloseTo(30, 0);
    expect(Math.abs(params['right']!.direction! - params['left']!.direction!)).toBeCloseTo(params['apart']!.deg!, 9);
  });
});

describe('muscle-conflict: a floating thread pulls against no muscle', () => {
  it('laid up the frontalis from its lower end it gets no against-the-action warning; tensioned as a lift from that end it does', () => {
    const plan = (more: Partial<ThreadSpec>) => {
      const b = new PlanBuilder(meta({ title: 'forehead', patientId: 'M-1' }));
      b.side('left', 'F', FOREHEAD_ENTRY, [down(more)]);
      return b.build();
    };
    expect(aspects(run(plan({})), 'muscle-conflict')).toEqual(['against:frontalis']);
    expect(aspects(run(plan({ type: COG_BI })), 'muscle-conflict')).toEqual([]);
    expect(aspects(run(plan({ type: COG_BI, tension: 1.4 })), 'muscle-conflict')).toEqual(['against:frontalis']);
  });
});

/** Every thread entered from its other end: the path, its depths and its barbed section reversed. */
function reversed(plan: PlanDocument): PlanDocument {
  const threads: Thread[] = plan.threads.map((t) => {
    let drawn = 0;
    for (let i = 1; i < t.path.length; i++) drawn += Math.hypot(t.path[i]!.x - t.path[i - 1]!.x, t.path[i]!.y - t.path[i - 1]!.y);
    const barbed = t.barbed === null ? null : { startMm: drawn - t.barbed.endMm, endMm: drawn - t.barbed.startMm };
    return { ...t, path: [...t.path].reverse(), pointDepthsMm: [...t.pointDepthsMm].reverse(), barbed };
  });
  const entryPoints = plan.entryPoints.map((e) => {
    const t = threads.find((x) => x.entryPointId === e.id)!;
    return { ...e, position: { ...t.path[0]! } };
  });
  return { ...plan, entryPoints, threads };
}

/**
 * The verdicts that rest on a direction, with their threads as plan numbers: gravity-direction,
 * asymmetry, muscle-conflict's against-the-action and the cheekbone rule's crossing traction lines
 * (and weak-fixation, which says each thread is floating); and the sides' resultant angles and
 * symmetry, rounded far above rounding. Verdicts that count the samples lying in a region or a
 * muscle (the cheekbone shares, muscle crossings and rings) are left out: the skin path is lifted
 * in steps from its entry, so entered from the other end its length, and with it which sample
 * falls on which side of a region's edge, can differ by rounding, and a share at its limit can
 * tip either way. That is not a direction.
 */
function directionVerdicts(result: AnalysisResult, plan: PlanDocument) {
  const number = new Map(plan.threads.map((t, i) => [t.id, i + 1]));
  const rules: readonly RuleId[] = ['gravity-direction', 'asymmetry', 'weak-fixation'];
  const directional = ['converging', 'against:'];
  const findings = result.findings
    .filter((f) => rules.includes(f.rule) || directional.some((a) => f.aspect?.startsWith(a) === true))
    .map((f) => `${f.rule}|${f.aspect}|${f.severity}|${f.side}|${f.threads.map((id) => number.get(id)).join(',')}`)
    .sort();
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);
  const m = result.metrics;
  return { findings, right: round(m.resultant.right.elevationDeg), left: round(m.resultant.left.elevationDeg), symmetry: round(m.symmetry) };
}

/** A floating thread on the left of the face (mirrored for the right): a bidirectional cog or a cone thread, barbed in its middle. */
const floatingThreadArb = fc.record({
  right: fc.boolean(),
  type: fc.constantFrom(COG_BI, 'pdo-cog-bi-18g-150', 'plla-cone-8'),
  entry: fc.tuple(fc.integer({ min: 25, max: 75 }), fc.integer({ min: -10, max: 120 })),
  turns: fc.array(fc.tuple(fc.integer({ min: 0, max: 359 }), fc.integer({ min: 20, max: 45 })), { minLength: 1, maxLength: 2 }),
  tension: fc.integer({ min: 2, max: 10 }).map((t) => t / 10),
});

type FloatingSpec = typeof floatingThreadArb extends fc.Arbitrary<infer T> ? T : never;

function floatingPlan(specs: readonly FloatingSpec[]): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'random floating', patientId: 'RF-1' }));
  specs.forEach((s, i) => {
    const to: XY[] = [];
    let [x, y] = s.entry;
    let length = 0;
    for (const [deg, mm] of s.turns) {
      x += mm * Math.cos((deg * Math.PI) / 180);
      y += mm * Math.sin((deg * Math.PI) / 180);
      to.push([x, y]);
      length += mm;
    }
    const m = s.right ? -1 : 1;
    b.side(s.right ? 'right' : 'left', `R${i}`, [m * s.entry[0], s.entry[1]], [
      { type: s.type, to: to.map(([px, py]) => [m * px, py] as XY), depth: 4.5, barbs: [length * 0.15, length * 0.85], tension: s.tension },
    ]);
  });
  return b.build();
}

describe('a floating design reads the same from either end', () => {
  it('reversing every path of a random floating plan changes no verdict of a direction rule, no resultant and no symmetry', () => {
    fc.assert(
      fc.property(fc.array(floatingThreadArb, { minLength: 2, maxLength: 6 }), (specs) => {
        const plan = floatingPlan(specs);
        const back = reversed(plan);
        expect(directionVerdicts(run(back), back)).toEqual(directionVerdicts(run(plan), plan));
      }),
      { numRuns: 40, seed: 20261208 },
    );
  });
});
