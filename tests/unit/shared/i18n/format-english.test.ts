import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalSeparator, formatNumber } from '../../../../shared/i18n';

/**
 * English numbers are written without Intl (shared/i18n/format.ts formatEnglish: the first
 * Intl.NumberFormat delays the first screen). They must be exactly what Intl writes for en-US
 * with the same options, the sign of a value that rounds to zero dropped as for every language.
 */
const formats = new Map<string, Intl.NumberFormat>();
function intlEnglish(value: number, min: number, max: number): string {
  const key = `${min}|${max}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: min, maximumFractionDigits: max })));
  const text = format.format(value + 0);
  return text.replace(/^-(0(?:[.,]0+)?)$/, '$1');
}

const decimals = fc.integer({ min: 0, max: 6 }).chain((max) => fc.tuple(fc.integer({ min: 0, max }), fc.constant(max)));

describe('formatNumber in English, without Intl', () => {
  it('equals Intl for any finite value and decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e20, max: 1e20, noNaN: true }), decimals, (value, [min, max]) => {
        expect(formatNumber('en', value, { minDecimals: min, maxDecimals: max })).toBe(intlEnglish(value, min, max));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals Intl on halves and other ties, small values, negatives rounding to zero and measurement-sized values', () => {
    const ties = [0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1.45, -1.45, 0.05, -0.05, 0.0049, -0.0049, 1e-7, -1e-7, 0, -0, 12.345, 20480, 99.995, 999999.5];
    for (const value of ties) {
      for (let max = 0; max <= 4; max++) {
        for (let min = 0; min <= max; min++) expect(formatNumber('en', value, { minDecimals: min, maxDecimals: max }), `${value} ${min}..${max}`).toBe(intlEnglish(value, min, max));
      }
    }
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), fc.integer({ min: 0, max: 4 }), (n, max) => {
        const value = n / 1000;
        expect(formatNumber('en', value, { maxDecimals: max })).toBe(intlEnglish(value, 0, max));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes English's decimal separator as Intl does, without Intl", () => {
    const intl = new Intl.NumberFormat('en-US').formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    expect(decimalSeparator('en')).toBe(intl);
  });
});
