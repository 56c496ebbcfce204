import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import { RULES } from '../../../../../shared/analysis/registry';
import type { FindingParams } from '../../../../../shared/analysis/finding-text';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import type { ThreadType } from '../../../../../shared/catalogue/types';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import { TEMPLE, findingsOf, midfaceVector, oneSide, type ThreadSpec } from '../helpers';

/**
 * length-mismatch at its limits, read from the findings' data: a probe thread type whose length
 * (or minimum path) is set just inside and just outside the drawing tolerance of the path's
 * length on the skin. The path's length is read from the rule's own finding (pathMm), the
 * tolerance from the rule's threshold, so the test follows the data it checks.
 */

const rule = 'length-mismatch' as const;
const TOL = RULES.find((r) => r.description.id === rule)!.description.thresholds.find((t) => t.name === 'lengthToleranceMm')!.value;
const COG = THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!;
const params = (f: Finding): FindingParams => f.text!.params;

/** The probe type: the cog thread with no minimum path, and the length, minimum path and cones given. */
const probe = (over: Partial<ThreadType>): ThreadType => ({ ...COG, id: 'probe', minPathMm: 0, ...over });
const SPEC: ThreadSpec = midfaceVector(23, 65, { type: 'probe', barbs: [15, 50] });
const planOn = (side: 'left' | 'right', spec: ThreadSpec = SPEC): PlanDocument =>
  side === 'left' ? oneSide('left', TEMPLE, [spec]) : oneSide('right', [-TEMPLE[0], TEMPLE[1]], [mirrorSpec(spec)]);
const found = (type: Partial<ThreadType>, plan: PlanDocument = planOn('left')): Finding[] =>
  findingsOf(analyze(plan, CANONICAL_ATLAS, { catalogue: [...THREAD_CATALOGUE, probe(type)] }), rule);

/** The path's length on the skin, as the rule reports it for a thread type far too short for it. */
const PATH_MM = (params(found({ lengthMm: 1 })[0]!).pathMm as { mm: number }).mm;

describe('length-mismatch, read from its data', () => {
  it('reports the path on the skin, longer than the 65 mm drawn in the front view is not (the drawing foreshortens the side of the face)', () => {
    expect(PATH_MM).toBeGreaterThan(60);
    expect(PATH_MM).toBeLessThan(90);
  });

  it('a thread exactly the tolerance shorter than the path fits; a hundredth of a millimetre shorter is too short for it', () => {
    // The arithmetic the rule does must land on the boundary exactly for this fixture.
    expect(PATH_MM - TOL + TOL).toBe(PATH_MM);
    expect(found({ lengthMm: PATH_MM - TOL })).toEqual([]);
    const over = found({ lengthMm: PATH_MM - TOL - 0.01 });
    expect(over.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'too-long']]);
    expect(params(over[0]!)).toEqual({
      thread: { threads: [1], start: true },
      pathMm: { mm: PATH_MM },
      typeMm: { mm: PATH_MM - TOL - 0.01 },
      lost: { text: 'length-mismatch.lost.lift' },
    });
    // A thread as long as the path, or longer, fits.
    expect(found({ lengthMm: PATH_MM })).toEqual([]);
    expect(found({ lengthMm: PATH_MM + 50 })).toEqual([]);
  });

  it('a minimum path exactly the tolerance longer than the path is met; a hundredth more is not', () => {
    expect(PATH_MM + TOL - TOL).toBe(PATH_MM);
    expect(found({ minPathMm: PATH_MM + TOL })).toEqual([]);
    const short = found({ minPathMm: PATH_MM + TOL + 0.01 });
    expect(short.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'too-short']]);
    // A type without cones states no cones to seat.
    expect(params(short[0]!)).toEqual({
      thread: { threads: [1], start: true },
      pathMm: { mm: PATH_MM },
      minMm: { mm: PATH_MM + TOL + 0.01 },
      seat: '',
      // A cog has no cones to drop: the remedy is a shorter thread.
      instead: { text: 'length-mismatch.instead.shorter' },
    });
    // A type with no minimum path (0) never is too short.
    expect(found({ minPathMm: 0, lengthMm: PATH_MM })).toEqual([]);
  });

  it('names the cones a cone type needs room for', () => {
    const short = found({ minPathMm: PATH_MM + 20, coneCount: 12 });
    expect(params(short[0]!).seat).toEqual({ text: 'length-mismatch.seatCones', params: { cones: 12 } });
    expect(params(short[0]!).instead).toEqual({ text: 'length-mismatch.instead.cones' });
    expect(short[0]!.fix).toMatch(/^Lengthen the path to at least [\d.]+ mm, or choose a type with fewer cones\.$/);
  });

  it('tells a cog that is too short for its path to take a shorter thread, not fewer cones', () => {
    const [short] = found({ minPathMm: PATH_MM + 20 });
    expect(short!.fix).toContain('choose a shorter thread type');
    expect(short!.fix).not.toContain('cones');
  });

  it('says a smooth thread drawn too long leaves a stretch untreated, not that a lift is lost', () => {
    const plan = planOn('left', { ...SPEC, barbs: null });
    const [long] = found({ configuration: 'mono', barbStyle: null, purpose: 'tightening', lengthMm: 10 }, plan);
    expect(params(long!).lost).toEqual({ text: 'length-mismatch.lost.smooth' });
    expect(long!.message).toContain('so that stretch will go untreated');
    expect(long!.message).not.toContain('lift');
    // The same length on a cog: the lift planned there is lost.
    const [cog] = found({ lengthMm: 10 });
    expect(params(cog!).lost).toEqual({ text: 'length-mismatch.lost.lift' });
  });

  it('a path both too long and too short for its type gets both findings, in that order', () => {
    // Not a real type; the two checks are independent of each other.
    const both = found({ lengthMm: 10, minPathMm: PATH_MM + 20 });
    expect(both.map((f) => f.aspect)).toEqual(['too-long', 'too-short']);
  });

  it('a barbed section ending at the end of the path is accepted; one ending more than the tolerance past it is not', () => {
    // The barbs' end is said on the skin like the path; on a straight drawn line the ends coincide.
    const end = (barbsEnd: number): Finding[] => found({}, planOn('left', { ...SPEC, barbs: [15, barbsEnd] }));
    const past = end(80);
    expect(past.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'barbs-past-end']]);
    const p = params(past[0]!);
    expect(p.thread).toEqual({ threads: [1] });
    expect(p.pathMm).toEqual({ mm: PATH_MM });
    const barbsMm = (p.barbsMm as { mm: number }).mm;
    expect(barbsMm).toBeGreaterThan(PATH_MM + TOL);
    // Barbs ending at the far end of the drawn path end at the far end on the skin: no finding.
    expect(end(65)).toEqual([]);
  });

  it('a smooth thread has no barbed section to run past the end, whatever the file says', () => {
    const smooth = THREAD_CATALOGUE.find((t) => t.configuration === 'mono')!;
    const plan = planOn('left', { ...SPEC, type: smooth.id, barbs: [15, 80] });
    expect(findingsOf(analyze(plan, CANONICAL_ATLAS), rule).filter((f) => f.aspect === 'barbs-past-end')).toEqual([]);
  });

  it('a thread whose type is not in the catalogue has no length to compare', () => {
    expect(found({ lengthMm: 1, minPathMm: 500 }, planOn('left', { ...SPEC, type: 'not-in-catalogue' }))).toEqual([]);
  });

  it('names the thread, its side and the far end of its path, on either side', () => {
    for (const side of ['left', 'right'] as const) {
      const plan = planOn(side);
      const [f] = found({ lengthMm: 1 }, plan);
      const thread = plan.threads[0]!;
      expect([f!.threads, f!.side]).toEqual([[thread.id], side]);
      expect(f!.location).toEqual(thread.path[thread.path.length - 1]);
    }
    const plan = planOn('right', { ...SPEC, barbs: [15, 80] });
    const [past] = found({}, plan);
    expect([past!.aspect, past!.threads, past!.side, past!.location]).toEqual(['barbs-past-end', [plan.threads[0]!.id], 'right', plan.threads[0]!.path.at(-1)]);
    const right = planOn('right');
    const [short] = found({ minPathMm: PATH_MM + 20 }, right);
    expect([short!.aspect, short!.threads, short!.side, short!.location]).toEqual(['too-short', [right.threads[0]!.id], 'right', right.threads[0]!.path.at(-1)]);
  });

  it('words each check with its own text key (what the title, message and fix are built from)', () => {
    expect(found({ lengthMm: 10, minPathMm: PATH_MM + 20 }).map((f) => f.text!.id)).toEqual(['length-mismatch.too-long', 'length-mismatch.too-short']);
    expect(found({}, planOn('left', { ...SPEC, barbs: [15, 80] })).map((f) => f.text!.id)).toEqual(['length-mismatch.barbs-past-end']);
  });
});
