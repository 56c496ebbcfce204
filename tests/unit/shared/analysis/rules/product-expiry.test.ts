import { describe, expect, it } from 'vitest';
import { expiredBefore } from '../../../../../shared/analysis/rules/product-expiry';
import { MIDFACE_FAN, TEMPLE } from '../../../../../cli/examples/plans';
import { bilateral, findingsOf, oneSide, run, type ThreadSpec } from '../helpers';

const rule = 'product-expiry' as const;
const withLots = (lots: (ThreadSpec['lot'] | undefined)[]): ThreadSpec[] => MIDFACE_FAN.map((spec, i) => ({ ...spec, lot: lots[i] }));

describe('product-expiry', () => {
  it("flags a lot that expired before the plan's date, once per lot, naming its threads", () => {
    const expired = { number: 'PDO-23-0211', expiry: '2025-02-14' };
    const plan = bilateral(TEMPLE, withLots([{ number: 'OK-1', expiry: '2026-01-01' }, expired, expired]), { date: '2025-03-14' });
    const found = findingsOf(run(plan), rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('critical');
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

const DATE = '2025-03-14';

// The same rule read from the findings' data (severity, side, threads, text parameters), not their English.
describe('product-expiry, read from its data', () => {
  it('states the lot, its expiry, the plan date and the lot\'s threads in plan order', () => {
    const expired = { number: 'PDO-23-0211', expiry: '2025-02-14' };
    const [f, ...rest] = findingsOf(run(bilateral(TEMPLE, withLots([undefined, expired, expired]), { date: DATE })), rule);
    expect(rest).toEqual([]);
    expect([f!.severity, f!.side, f!.location, f!.aspect, f!.threads, f!.text!.id]).toEqual(['critical', null, null, 'lot:PDO-23-0211:2025-02-14', ['t2', 't3', 't5', 't6'], 'product-expiry']);
    expect(f!.text!.params).toEqual({
      threads: { threads: [2, 3, 5, 6], start: true },
      lot: { text: 'product-expiry.lot', params: { number: 'PDO-23-0211' } },
      expiry: { day: '2025-02-14' },
      planDate: { day: DATE },
    });
  });

  it('a lot used on one side names that side; the same number with another expiry is another lot; a lot with no number says so', () => {
    const specs = withLots([{ number: 'A', expiry: '2025-01-01' }, { number: 'A', expiry: '2025-02-01' }, { number: '', expiry: '2025-02-01' }]);
    const found = findingsOf(run(oneSide('left', TEMPLE, specs, { date: DATE })), rule);
    expect(found.map((f) => [f.aspect, f.side, f.threads])).toEqual([
      ['lot:A:2025-01-01', 'left', ['t1']],
      ['lot:A:2025-02-01', 'left', ['t2']],
      ['lot::2025-02-01', 'left', ['t3']],
    ]);
    expect(found[2]!.text!.params!.lot).toEqual({ text: 'product-expiry.noLot' });
  });

  it('compares only whole yyyy-mm-dd dates, on both sides', () => {
    expect(expiredBefore('2025-2-14', DATE)).toBe(false);
    expect(expiredBefore('x2025-02-14', DATE)).toBe(false);
    // Text that sorts before the digits too (a space), so only the pattern refuses it.
    expect(expiredBefore(' 2025-02-14', DATE)).toBe(false);
    expect(expiredBefore('2025-02-14x', DATE)).toBe(false);
    expect(expiredBefore('2025-02-14', '2025-3-14')).toBe(false);
    expect(expiredBefore('2025-02-14', 'x2025-03-14')).toBe(false);
    expect(expiredBefore('2025-02-14', '2025-03-14x')).toBe(false);
    expect(expiredBefore('2025-03-13', DATE)).toBe(true);
  });
});
