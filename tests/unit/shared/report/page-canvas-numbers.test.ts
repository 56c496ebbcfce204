import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PathBuilder } from '../../../../shared/report/page-canvas';

/**
 * Numbers in content streams (page-canvas.ts `num`): hundredths as the shortest decimal, -0 as 0,
 * exactly the text String() gives for Math.round(v * 100) / 100, so PDFs stay byte for byte what
 * they were when that was how they were written.
 */
const reference = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};
/** A point's x as the builder writes it (page height 0, so y is written as -y). */
const written = (x: number): string => new PathBuilder(0).moveTo(x, 0).ops[0]!.split(' ')[0]!;

describe('content-stream numbers', () => {
  it('are String() of the value rounded to hundredths, for any double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (v) => {
        expect(written(v)).toBe(reference(v));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agree at the edges: halves, -0, tiny and huge values, the 15-digit limit', () => {
    const edges = [0, -0, 0.004, -0.004, 0.005, -0.005, 1.005, 2.675, 0.1, 0.5, -0.5, 10, -10.1, 12.345, -12.345, 595.28, 841.89, 1e-7, -1e-7, 0.1 + 0.2, 9999999999999.99, 1e13 - 0.001, 1e13, 1e13 + 0.01, -1e13, 1e20, 1e21, -1e21, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, NaN, 5e-324];
    for (const v of edges) expect(written(v), String(v)).toBe(reference(v));
    expect(written(-0.004)).toBe('0');
    expect(written(3.5)).toBe('3.5');
    expect(written(-3.05)).toBe('-3.05');
  });
});
