import { describe, expect, it } from 'vitest';
import { findingsOf, oneSide, run } from '../helpers';

/**
 * The depth rules on a path outside every mapped region (lateral to the face): they still judge
 * it, by the tissue of the nearest region, and say where it lies as "outside the mapped regions"
 * (read from the finding's data). Found missing by mutation testing (docs/testing.md,
 * superficial-path.ts and deep-path.ts).
 */

const offRegions = (depth: number) => oneSide('left', [110, 0], [{ type: 'pdo-cog-bi-19g-100', to: [[110, 40]], depth, barbs: [10, 30], tension: 1 }]);
const where = (f: { text?: { params?: unknown } }) => (f.text!.params as Record<string, unknown>).where;

describe('the depth rules outside every mapped region', () => {
  it('a path in the dermis there is a superficial-path finding placed outside the mapped regions', () => {
    const found = findingsOf(run(offRegions(0.5)), 'superficial-path');
    expect(found.map((f) => [f.severity, f.text!.id, f.threads])).toEqual([['critical', 'superficial-path.intradermal', ['t1']]]);
    expect(where(found[0]!)).toEqual({ text: 'region.outside' });
  });

  it('a path far too deep there is a deep-path finding placed outside the mapped regions', () => {
    const found = findingsOf(run(offRegions(25)), 'deep-path');
    expect(found.map((f) => [f.severity, f.text!.id, f.threads])).toEqual([['warning', 'deep-path.too-deep', ['t1']]]);
    expect(where(found[0]!)).toEqual({ text: 'region.outside' });
  });
});
