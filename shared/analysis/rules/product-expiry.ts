import type { AnalysisContext, Rule } from '../context';
import { makeFinding } from '../findings';
import type { Finding, Threshold } from '../types';

/**
 * A thread whose lot expires before the plan's date would be used out of date: sterility and the
 * absorbable material's strength are only warranted until the expiry the maker prints. One
 * finding per lot (threads sharing a lot number and expiry), so a box of ten gives one line.
 * Critical (a risk of harm, docs/rules.md): an implant whose sterility is no longer warranted
 * must not be used, whatever the design; the fix is another lot, not a better plan.
 */

const EXPIRY_MARGIN: Threshold = {
  name: 'expiryMarginDays',
  value: 0,
  unit: 'days',
  description: "A lot whose expiry date falls this many days or more before the plan's date is flagged; a lot expiring on the plan's date is still in date.",
  source:
    "design choice: the maker's expiry date is the last day of use; the plan's date is the treatment day the record documents, so anything earlier is out of date on that day.",
};

/** True when `expiry` (yyyy-mm-dd, or '' when unknown) is before `planDate` (yyyy-mm-dd). ISO dates compare as text. */
export function expiredBefore(expiry: string, planDate: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(expiry) && /^\d{4}-\d{2}-\d{2}$/.test(planDate) && expiry < planDate;
}

export const productExpiry: Rule = {
  description: {
    id: 'product-expiry',
    title: 'Product expired before the treatment date',
    description: "Critical for threads whose lot expiry date is earlier than the plan's date (sterility is no longer warranted), one finding per lot.",
    thresholds: [EXPIRY_MARGIN],
  },
  check(context: AnalysisContext): Finding[] {
    const { plan } = context;
    const lots = new Map<string, { number: string; expiry: string; numbers: number[]; ids: string[]; sides: Set<string> }>();
    context.threads.forEach((g) => {
      const lot = g.thread.lot;
      if (!lot || !expiredBefore(lot.expiry, plan.meta.date)) return;
      const key = `${lot.number}\u0000${lot.expiry}`;
      const entry = lots.get(key) ?? { number: lot.number, expiry: lot.expiry, numbers: [], ids: [], sides: new Set<string>() };
      entry.numbers.push(g.number);
      entry.ids.push(g.thread.id);
      entry.sides.add(g.side);
      lots.set(key, entry);
    });
    return [...lots.values()].map((lot) => {
      const side = lot.sides.size === 1 ? ([...lot.sides][0] as 'left' | 'right') : null;
      return makeFinding('product-expiry', 'critical', {
        text: {
          id: 'product-expiry',
          params: {
            threads: { threads: lot.numbers, start: true },
            lot: lot.number ? { text: 'product-expiry.lot', params: { number: lot.number } } : { text: 'product-expiry.noLot' },
            expiry: { day: lot.expiry },
            planDate: { day: plan.meta.date },
          },
        },
        threads: lot.ids,
        location: null,
        side,
        aspect: `lot:${lot.number}:${lot.expiry}`,
      });
    });
  },
};
