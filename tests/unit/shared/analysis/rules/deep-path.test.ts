import { describe, expect, it } from 'vitest';
import { NERVE_PLANE } from '../../../../../shared/analysis/depth-window';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import { analyze } from '../../../../../shared/analysis';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import { TISSUE_BY_KIND } from '../../../../../shared/atlas/tissue';
import { MIDFACE_FAN, TEMPLE, bilateral, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';

const rule = 'deep-path' as const;
const BI = 'pdo-cog-bi-19g-100';

/** A short cog thread in the medial cheek (submalar: skin 1.7 + fat 4.4 = 6.1 mm, SMAS to 7.3 mm). */
const cheek = (depth: number): ThreadSpec => ({ type: BI, to: [[38, 58]], depth, barbs: [3, 18], zone: null, tension: 0.5 });
const CHEEK_ENTRY = [34, 40] as const;

describe('deep-path', () => {
  it('is critical for a medial cheek cog at 8 mm, below the fat and the SMAS, where the facial nerve branches run', () => {
    expect(atlasLookup(CANONICAL_ATLAS).regionAt({ x: 36, y: 49 })?.kind).toBe('submalar');
    const found = findingsOf(run(oneSide('left', CHEEK_ENTRY, [cheek(8)])), rule);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['critical', 'nerve-plane']]);
    const [, length, where] = /^Thread 1 runs too deep along ([\d.]+ mm) of its path, (mostly in the [^,]+), in the plane of a nerve$/.exec(found[0]!.title)!;
    expect(found[0]!.message.startsWith(`Along ${length} of its path, ${where}, it lies below the subcutaneous fat`)).toBe(true);
    expect(found[0]!.message).toContain(NERVE_PLANE.submalar.nerve);
  });

  it('warns where only the plane is wrong: in the SMAS of the cheek, above the nerve plane', () => {
    // 6.9 mm: below the fat (6.1 + 0.5) but above the bottom of the SMAS (7.3).
    const found = findingsOf(run(oneSide('left', CHEEK_ENTRY, [cheek(6.9)])), rule);
    expect(found.map((f) => [f.severity, f.aspect])).toEqual([['warning', 'too-deep']]);
    expect(found[0]!.fix).toContain('6.1 mm');
  });

  it('clears the subcutaneous plane, the bottom of the fat included', () => {
    expect(findingsOf(run(oneSide('left', CHEEK_ENTRY, [cheek(4.5)])), rule)).toEqual([]);
    expect(findingsOf(run(oneSide('left', CHEEK_ENTRY, [cheek(6.5)])), rule)).toEqual([]);
    expect(findingsOf(run(bilateral(TEMPLE, MIDFACE_FAN)), rule)).toEqual([]);
  });

  it('treats the SMAS itself as the nerve plane in the temple (the temporal branch under the temporoparietal fascia)', () => {
    const t = TISSUE_BY_KIND.temple.tissue;
    const inFascia = t.skinMm + t.fatMm + 0.8;
    // A temple path behind the anchor band, in the fascia.
    const found = findingsOf(run(oneSide('left', [60, -30], [{ type: BI, to: [[58, -8]], depth: inFascia, barbs: [3, 18], zone: null, tension: 0.5 }])), rule);
    expect(found.map((f) => f.severity)).toEqual(['critical']);
    expect(found[0]!.message).toContain('temporal (frontal) branch');
  });

  it('lets the anchor bite go down to the deep temporal fascia inside the band, but not a whole path', () => {
    // 9 mm at the entry in the band, 4.5 mm from the second point on.
    const bite = midfaceVector(23, 65, { pointDepths: [9, null] });
    const withBite = { ...bite, to: [[64, 0] as const, ...bite.to], pointDepths: [9, 4.5, null] };
    expect(findingsOf(run(oneSide('left', TEMPLE, [withBite])), rule)).toEqual([]);
    const allDeep = findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65, { depth: 9 })])), rule);
    expect(allDeep.map((f) => f.severity)).toEqual(['critical']);
  });

  it('holds a thread type made for the SMAS to the bottom of the SMAS instead', () => {
    const smasCog = { ...THREAD_CATALOGUE.find((t) => t.id === BI)!, id: 'smas-cog', layer: 'smas' as const };
    const catalogue = [...THREAD_CATALOGUE, smasCog];
    const deepIn = (depth: number) =>
      findingsOf(analyze(oneSide('left', CHEEK_ENTRY, [{ ...cheek(depth), type: 'smas-cog' }]), CANONICAL_ATLAS, { catalogue }), rule);
    // 6.9 mm is in the cheek's SMAS (6.1-7.3 mm): its own plane.
    expect(deepIn(6.9)).toEqual([]);
    // 8 mm is below it, where the branches run.
    expect(deepIn(8).map((f) => f.severity)).toEqual(['critical']);
  });

  it('points at the middle of the stretch it names', () => {
    // 4.5 mm at the entry diving to 8 mm at the end: the named stretch is at the far end.
    const spec: ThreadSpec = { ...cheek(4.5), pointDepths: [4.5, 8] };
    const found = findingsOf(run(oneSide('left', CHEEK_ENTRY, [spec])), rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.location!.y).toBeGreaterThan(49);
  });
});
