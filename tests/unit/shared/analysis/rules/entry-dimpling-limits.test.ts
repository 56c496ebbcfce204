import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { Atlas } from '../../../../../shared/atlas/types';
import { findingsOf, oneSide, type XY } from '../helpers';

/**
 * Entry-dimpling's distance limits exactly: a barb 5 mm from a puncture is near it, a path of
 * 10 mm is one puncture zone (and so is a path shorter than 5 mm, where the walks from both ends
 * cover it all), a barb 0.5 mm from the entry is "at" it only when closer. Measured
 * on the flat diagram (the canonical atlas without its surface), where a straight path's skin
 * length is its drawn length and the barb ends are samples, so each distance is exact. Found
 * missing by mutation testing (docs/testing.md, entry-dimpling.ts).
 */

const FLAT: Atlas = { ...CANONICAL_ATLAS, surface: undefined };
const ENTRY: XY = [40, 60];
/** Barbs 1 mm below the surface: shallower than any skin + 3 mm of fat. */
/** A double-needle cone thread: both ends of its path are punctures (a cog's far end is buried). */
const CONE = 'plla-cone-8';
const shallow = (lengthMm: number, barbs: readonly [number, number]) =>
  oneSide('left', ENTRY, [{ type: CONE, to: [[ENTRY[0], ENTRY[1] + lengthMm]], depth: 1, barbs, tension: 1 }]);
const found = (lengthMm: number, barbs: readonly [number, number]) => findingsOf(analyze(shallow(lengthMm, barbs), FLAT), 'entry-dimpling');
const which = (f: Finding) => ((f.text!.params as Record<string, unknown>).which as { text: string }).text;
const at = (f: Finding) => (f.text!.params as Record<string, unknown>).at;

describe('entry-dimpling at its distance limits', () => {
  it('shallow barbs starting exactly 5 mm from the entry are near it; from 5.01 mm they are not', () => {
    const exact = found(40, [5, 20]);
    expect(exact.map(which)).toEqual(['entry-dimpling.close.entry']);
    expect(at(exact[0]!)).toEqual({ text: 'entry-dimpling.from.entry', params: { distance: { mm: 5 } } });
    expect(found(40, [5.01, 20])).toEqual([]);
  });

  it('shallow barbs ending exactly 5 mm before the far end are near it; 5.01 mm before it they are not', () => {
    const exact = found(40, [20, 35]);
    expect(exact.map(which)).toEqual(['entry-dimpling.close.exit']);
    expect(at(exact[0]!)).toEqual({ text: 'entry-dimpling.from.exit', params: { distance: { mm: 5 } } });
    expect(found(40, [20, 34.99])).toEqual([]);
  });

  it('a path exactly 10 mm long, shallow barbs all along, is one puncture zone: one finding; 10.01 mm gets two', () => {
    expect(found(10, [0, 10]).map(which)).toEqual(['entry-dimpling.close.entry']);
    expect(found(10.01, [0, 10.01]).map(which)).toEqual(['entry-dimpling.close.entry', 'entry-dimpling.close.exit']);
  });

  it('a path shorter than 5 mm, every sample near both punctures, is one puncture zone: one finding', () => {
    // The walks from each end then cover the whole path and stop at its ends.
    expect(found(4, [0, 4]).map(which)).toEqual(['entry-dimpling.close.entry']);
  });

  it('a shallow barb exactly 0.5 mm from the entry is said to be 0.5 mm from it; 0.49 mm is at the entry', () => {
    expect(at(found(40, [0.5, 20])[0]!)).toEqual({ text: 'entry-dimpling.from.entry', params: { distance: { mm: 0.5 } } });
    expect(at(found(40, [0.49, 20])[0]!)).toEqual({ text: 'entry-dimpling.rightAt.entry' });
  });
});
