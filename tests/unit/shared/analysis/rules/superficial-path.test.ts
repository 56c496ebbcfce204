import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../../../shared/plan';
import { mm, regionWords } from '../../../../../shared/analysis/words';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import { CANONICAL_SURFACE, SkinPath } from '../../../../../shared/surface';
import { MIDFACE_FAN, TEMPLE, bilateral, findingsOf, midfaceVector, oneSide, ray, run } from '../helpers';

/** The 65 mm (drawn) midface vector at 23 degrees on the skin: what the rule measures. */
const vector23 = SkinPath.of(CANONICAL_SURFACE, [TEMPLE, ray(TEMPLE, 23, 65)].map(([x, y]) => ({ x, y })));

const rule = 'superficial-path' as const;

describe('superficial-path', () => {
  it('is critical for a cog thread in the dermis and names the place', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 1.5 })])), rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('critical');
    expect(found[0]!.aspect).toBe('intradermal');
    // The whole path (65 mm drawn, longer on the skin) is at 1.5 mm, inside the skin everywhere.
    expect(vector23.length).toBeGreaterThan(66);
    expect(found[0]!.title.startsWith(`Thread 1 runs in the dermis along ${mm(vector23.length)} of its path, mostly in the `)).toBe(true);
  });

  it('states the length of the longest shallow stretch and points at its middle', () => {
    // 2.4 mm all along: under the skin (2.1 mm at most on this path) but above the layer throughout.
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 2.4 })])), rule);
    expect(found[0]!.title.startsWith(`Thread 1 runs too shallow along ${mm(vector23.length)} of its path, mostly in the `)).toBe(true);
    // Its middle: half the skin length along the path (samples are 2 mm apart).
    const middle = vector23.pointAt(vector23.length / 2);
    const { x: lx, y: ly } = found[0]!.location!;
    expect(Math.hypot(lx - middle.x, ly - middle.y)).toBeLessThan(2);
  });

  it('measures only the shallow part of a path that rises toward its end', () => {
    // 6 mm at the entry rising to 1.2 mm at the far end: only the far part is too shallow, and
    // the last part of that is in the dermis, which the critical finding names.
    const spec = midfaceVector(23, 65, { depth: 6, pointDepths: [null, 1.2] });
    const found = findingsOf(run(oneSide('left', TEMPLE, [spec])), rule);
    expect(found.map((f) => f.severity)).toEqual(['critical']);
    const stated = Number(/^Thread 1 runs in the dermis along ([\d.]+) mm of its path, mostly in /.exec(found[0]!.title)?.[1]);
    expect(stated).toBeGreaterThan(5);
    expect(stated).toBeLessThan(vector23.length / 2);
    expect(found[0]!.message.startsWith(`Along ${stated} mm of its path, mostly in `)).toBe(true);
    // The stretch ends at the far end, so its middle is beyond the middle of the path.
    const [x, y] = TEMPLE;
    const { x: lx, y: ly } = found[0]!.location!;
    expect(Math.hypot(lx - x, ly - y)).toBeGreaterThan(65 / 2);
  });

  it('names one stretch in title, text and highlight (the training case whose title once said 65 mm in the mid-cheek and its text 32.5 mm in the temple)', () => {
    const text = readFileSync(new URL('../../../../../assets/cases/midface-threads-in-dermis/poor.vlift', import.meta.url), 'utf8');
    const parsed = parsePlanText(text);
    if (!parsed.ok) throw new Error('the training case does not load');
    const first = findingsOf(run(parsed.plan), rule).find((f) => f.threads.length === 1 && f.title.startsWith('Thread 1 '))!;
    expect(first.severity).toBe('critical');
    const [, length, where] = /^Thread 1 runs in the dermis along ([\d.]+ mm) of its path, (mostly in the [^,.]+)$/.exec(first.title)!;
    expect(first.message.startsWith(`Along ${length} of its path, ${where}, it is shallower than the skin`)).toBe(true);
    // The highlight lies in the region the text names.
    const region = CANONICAL_ATLAS.regions.find((r) => where === `mostly in the ${regionWords(r.kind)}`)!;
    expect(region).toBeDefined();
    expect(atlasLookup(CANONICAL_ATLAS).regionAt(first.location!)?.kind).toBe(region.kind);
  });

  it('warns when a cog thread lies below the skin but above its layer (skin + 1 mm)', () => {
    // Temple skin 2.1 mm: 2.8 mm is under the dermis but inside the 1 mm margin.
    const found = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 2.8 })])), rule);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'too-shallow']]);
  });

  it('clears at the standard subcutaneous depth', () => {
    expect(findingsOf(run(bilateral(TEMPLE, MIDFACE_FAN)), rule)).toEqual([]);
  });

  it('raises the margin for thin skin and eases it a little for thick skin', () => {
    // 3.3 mm: clear of the temple's 2.1 mm skin + 1 mm with normal skin, not with thin skin.
    const spec = [midfaceVector(23, 65, { depth: 3.3 })];
    expect(findingsOf(run(oneSide('left', TEMPLE, spec, { skinThickness: 'normal' })), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', TEMPLE, spec, { skinThickness: 'thin' })), rule).map((f) => f.aspect)).toEqual(['too-shallow']);
    // 3.0 mm: inside the normal margin, clear with the thick-skin relief (2.1 + 1 - 0.25 = 2.85).
    const shallower = [midfaceVector(23, 65, { depth: 3.0 })];
    expect(findingsOf(run(oneSide('left', TEMPLE, shallower, { skinThickness: 'normal' })), rule)).toHaveLength(1);
    expect(findingsOf(run(oneSide('left', TEMPLE, shallower, { skinThickness: 'thick' })), rule)).toEqual([]);
  });

  it('raises the margin for a patient aged 50 or over (the same step as thin skin) and says why', () => {
    // 3.3 mm: clear of the temple's 2.1 mm skin + 1 mm at 40-49, not at 50-59 (+0.5 mm).
    const spec = [midfaceVector(23, 65, { depth: 3.3 })];
    expect(findingsOf(run(oneSide('left', TEMPLE, spec, { ageBand: '40-49' })), rule)).toEqual([]);
    const older = findingsOf(run(oneSide('left', TEMPLE, spec, { ageBand: '50-59' })), rule);
    expect(older.map((f) => f.aspect)).toEqual(['too-shallow']);
    expect(older[0]!.message).toContain('50 or over');
    // Thin skin over 50: both margins add up (2.1 + 1 + 0.5 + 0.5 = 4.1 mm), so 3.8 mm is too shallow.
    const deeper = [midfaceVector(23, 65, { depth: 3.8 })];
    expect(findingsOf(run(oneSide('left', TEMPLE, deeper, { ageBand: '60-69' })), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', TEMPLE, deeper, { ageBand: '60-69', skinThickness: 'thin' })), rule)).toHaveLength(1);
  });

  it('does not raise a smooth thread\'s margin for age (the age margin rests on barb dimpling), but does for thin skin', () => {
    // A mono at 2.4 mm from the temple: under its 2.1 mm skin. Over 50 alone it is clear; thin
    // skin raises the subdermal margin to 0.5 mm (2.6 mm), so with thin skin it is too shallow.
    const mono = [{ type: 'pdo-mono-27g-60', to: [[50, 40] as const], depth: 2.4, barbs: null, tension: 0 }];
    expect(findingsOf(run(oneSide('left', TEMPLE, mono, { ageBand: '70-plus' })), rule)).toEqual([]);
    const thin = findingsOf(run(oneSide('left', TEMPLE, mono, { ageBand: '70-plus', skinThickness: 'thin' })), rule);
    expect(thin.map((f) => f.aspect)).toEqual(['too-shallow']);
    // Its words give thin skin as the reason, not age.
    expect(thin[0]!.message).not.toContain('50 or over');
  });

  it('lets a subdermal mono thread lie just under the dermis but not in it', () => {
    const mono = (depth: number) => [{ type: 'pdo-mono-27g-60', to: [[40, 40] as const], depth, barbs: null }];
    expect(findingsOf(run(oneSide('left', TEMPLE, mono(2.8))), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', TEMPLE, mono(1.5))), rule).map((f) => f.severity)).toEqual(['critical']);
  });

  it('uses the per-point depth overrides, interpolated along the path', () => {
    // Deep at the entry, 1.2 mm at the far end: the end of the path is in the dermis.
    const spec = midfaceVector(23, 65, { depth: 4.5, pointDepths: [null, 1.2] });
    const found = findingsOf(run(oneSide('left', TEMPLE, [spec])), rule);
    expect(found.map((f) => f.severity)).toEqual(['critical']);
    // The shallow stretch is the far part of the path.
    const middle = found[0]!.location!;
    expect(middle.y).toBeGreaterThan(30);
  });
});
