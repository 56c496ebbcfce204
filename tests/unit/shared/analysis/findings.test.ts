import { describe, expect, it } from 'vitest';
import { findingKey, sortFindings, worstSeverityByThread } from '../../../../shared/analysis';
import { makeFinding } from '../../../../shared/analysis/findings';
import { RULE_IDS, type Finding, type RuleId, type Severity } from '../../../../shared/analysis/types';
import type { Side } from '../../../../shared/plan/types';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';

/**
 * Building, ordering and identifying findings (shared/analysis/findings.ts): the order every list
 * shows them in (panel, CLI, PDF), the id that keeps a finding selected while a thread is
 * dragged, and the severity each thread is coloured by.
 */

const plan = makeLargePlan(12);
const ids = plan.threads.map((t) => t.id);

interface Spec {
  readonly rule?: RuleId;
  readonly severity?: Severity;
  readonly threads?: readonly string[];
  readonly side?: Side | null;
  readonly aspect?: string;
  readonly title?: string;
}

const finding = ({ rule = 'crowding', severity = 'warning', threads = [], side = 'left', aspect = 'close', title = 't' }: Spec): Finding =>
  makeFinding(rule, severity, { title, message: 'm', fix: 'f', threads, location: { x: 1, y: 2 }, side, aspect });

/** The order of `expected` after sorting it from every rotation of it. */
function expectSortedFromAnyOrder(expected: readonly Finding[]): void {
  for (let r = 0; r < expected.length; r++) {
    const shuffled = [...expected.slice(r), ...expected.slice(0, r)].reverse();
    expect(sortFindings(shuffled, plan)).toEqual(expected);
  }
}

describe('sortFindings', () => {
  it('puts critical findings first, then warnings, then notes, whatever the rule', () => {
    const last = RULE_IDS[RULE_IDS.length - 1]!;
    const first = RULE_IDS[0]!;
    expectSortedFromAnyOrder([
      finding({ rule: last, severity: 'critical', title: 'a' }),
      finding({ rule: first, severity: 'warning', title: 'b' }),
      finding({ rule: first, severity: 'info', title: 'c' }),
    ]);
  });

  it('within a severity, follows the rules in registry order', () => {
    expectSortedFromAnyOrder(RULE_IDS.map((rule) => finding({ rule, title: rule })));
  });

  it("then by the first thread's place in the plan (thread 2 before thread 10), threads outside the plan after, whole-plan findings last", () => {
    expectSortedFromAnyOrder([
      finding({ threads: [ids[1]!, ids[11]!], title: 'z' }),
      finding({ threads: [ids[9]!], title: 'a' }),
      finding({ threads: [ids[11]!, ids[10]!], title: 'a' }),
      finding({ threads: ['not-in-the-plan'], title: 'a' }),
      finding({ threads: [], title: 'a' }),
    ]);
  });

  it("then the patient's right before the left before no side, then by check, then by title", () => {
    const t = [ids[3]!];
    expectSortedFromAnyOrder([
      finding({ threads: t, side: 'right', aspect: 'z', title: 'z' }),
      finding({ threads: t, side: 'left', aspect: 'a', title: 'b' }),
      finding({ threads: t, side: 'left', aspect: 'b', title: 'a' }),
      finding({ threads: t, side: 'left', aspect: 'b', title: 'c' }),
      finding({ threads: t, side: null, aspect: 'a', title: 'a' }),
    ]);
  });
});

describe('findingKey', () => {
  const base = finding({ threads: [ids[0]!, ids[2]!] });

  it('is the same whatever the words or the place', () => {
    const reworded = makeFinding('crowding', 'warning', { title: 'other', message: 'other', fix: 'other', threads: [ids[0]!, ids[2]!], location: { x: 40, y: -3 }, side: 'left', aspect: 'close' });
    expect(findingKey(reworded)).toBe(findingKey(base));
  });

  it('differs with the rule, the check, the side and the threads', () => {
    const others = [
      finding({ rule: 'asymmetry', threads: [ids[0]!, ids[2]!] }),
      finding({ aspect: 'crossing', threads: [ids[0]!, ids[2]!] }),
      finding({ side: 'right', threads: [ids[0]!, ids[2]!] }),
      finding({ side: null, threads: [ids[0]!, ids[2]!] }),
      finding({ threads: [ids[0]!] }),
      finding({ threads: [ids[0]!, ids[3]!] }),
      finding({ threads: [ids[2]!, ids[0]!] }),
    ];
    const keys = [base, ...others].map(findingKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).not.toBe('');
  });
});

describe('worstSeverityByThread', () => {
  it("gives each thread named by any finding its worst severity, whatever the findings' order", () => {
    const [a, b, c] = ids as [string, string, string];
    const findings = [
      finding({ severity: 'info', threads: [a, b] }),
      finding({ severity: 'critical', threads: [b] }),
      finding({ severity: 'warning', threads: [a, c] }),
      finding({ severity: 'info', threads: [c] }),
      finding({ severity: 'warning', threads: [b] }),
    ];
    const expected = new Map<string, Severity>([
      [a, 'warning'],
      [b, 'critical'],
      [c, 'warning'],
    ]);
    expect(worstSeverityByThread(findings)).toEqual(expected);
    expect(worstSeverityByThread([...findings].reverse())).toEqual(expected);
    expect(worstSeverityByThread([finding({ threads: [] })]).size).toBe(0);
  });
});

describe('makeFinding', () => {
  it('keeps its own copy of the place, and no place when there is none', () => {
    const at = { x: 3, y: 4 };
    const f = makeFinding('crowding', 'warning', { title: 't', message: 'm', fix: 'f', threads: [], location: at, side: null, aspect: 'close' });
    expect(f.location).toEqual({ x: 3, y: 4 });
    expect(f.location).not.toBe(at);
    expect(makeFinding('crowding', 'warning', { title: 't', message: 'm', fix: 'f', threads: [], location: null, side: null, aspect: 'close' }).location).toBeNull();
  });
});
