import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';

const rule = 'length-mismatch' as const;
const one = (spec: Parameters<typeof midfaceVector>[2], length = 65) => findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, length, spec)])), rule);

describe('length-mismatch', () => {
  it('flags a path longer than the thread', () => {
    // 100 mm thread on a 110 mm path (a bend keeps it on the face).
    expect(one({ type: 'pdo-cog-bi-19g-100', barbs: [15, 90] }, 110).map((f) => f.aspect)).toEqual(['too-long']);
  });

  it('flags a cone thread on a path shorter than its cones need', () => {
    expect(one({ type: 'plla-cone-16' }).map((f) => f.aspect)).toEqual(['too-short']);
    expect(one({ type: 'plla-cone-8' })).toEqual([]);
  });

  it('flags a barbed section that runs past the end of the path', () => {
    expect(one({ barbs: [15, 80] }).map((f) => f.aspect)).toEqual(['barbs-past-end']);
  });

  it('clears for a cog thread whose path and barbs fit', () => {
    expect(one({})).toEqual([]);
  });
});
