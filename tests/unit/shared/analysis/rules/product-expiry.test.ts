import { describe, expect, it } from 'vitest';
import { expiredBefore } from '../../../../../shared/analysis/rules/product-expiry';
import { MIDFACE_FAN, TEMPLE } from '../../../../../cli/examples/plans';
import { bilateral, findingsOf, run, type ThreadSpec } from '../helpers';

const rule = 'product-expiry' as const;
const withLots = (lots: (ThreadSpec['lot'] | undefined)[]): ThreadSpec[] => MIDFACE_FAN.map((spec, i) => ({ ...spec, lot: lots[i] }));

describe('product-expiry', () => {
  it("flags a lot that expired before the plan's date, once per lot, naming its threads", () => {
    const expired = { number: 'PDO-23-0211', expiry: '2025-02-14' };
    const plan = bilateral(TEMPLE, withLots([{ number: 'OK-1', expiry: '2026-01-01' }, expired, expired]), { date: '2025-03-14' });
    const found = findingsOf(run(plan), rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    // Threads 2, 3 (right) and 5, 6 (left) come from the expired lot.
    expect(found[0]!.threads).toEqual(['t2', 't3', 't5', 't6']);
    expect(found[0]!.title).toContain('lot PDO-23-0211 expired on 2025-02-14');
    expect(found[0]!.title).toContain('2025-03-14');
    expect(found[0]!.side).toBeNull();
  });

  it('treats a lot expiring on the plan date, an unknown expiry and no lot as in date', () => {
    const plan = bilateral(TEMPLE, withLots([{ number: 'A', expiry: '2025-03-14' }, { number: 'B', expiry: '' }, undefined]), { date: '2025-03-14' });
    expect(findingsOf(run(plan), rule)).toEqual([]);
  });

  it('follows the plan date: moving the treatment earlier clears the finding', () => {
    const lots = withLots([{ number: 'A', expiry: '2025-02-14' }]);
    expect(findingsOf(run(bilateral(TEMPLE, lots, { date: '2025-03-14' })), rule)).toHaveLength(1);
    expect(findingsOf(run(bilateral(TEMPLE, lots, { date: '2025-02-01' })), rule)).toEqual([]);
  });

  it('compares calendar dates only', () => {
    expect(expiredBefore('2025-02-14', '2025-03-14')).toBe(true);
    expect(expiredBefore('2025-03-14', '2025-03-14')).toBe(false);
    expect(expiredBefore('', '2025-03-14')).toBe(false);
    expect(expiredBefore('soon', '2025-03-14')).toBe(false);
  });
});
