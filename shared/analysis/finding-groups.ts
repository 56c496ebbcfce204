/**
 * Findings at the plan size limit (issue 8): their number must grow with the plan, not with its
 * pairs of threads, and a list must stay readable.
 *
 * 1. groupRepeatedFindings: the findings of one rule, severity and check (aspect) that lead with
 *    the same thread are folded into the first one: a thread crowded by twenty others gives one
 *    finding naming all twenty-one threads, not twenty. The first finding's words and place are
 *    kept (they describe one real instance); `folded` says how many more it stands for, and its
 *    `threads` names them all, so the canvas colours and the per-thread filter still reach them.
 *    The words are never rewritten here: each view says "and N more like it" in its own language.
 * 2. listFindings: what a list shows (the panel, the CLI's text, the PDF): the first `limit` in
 *    the analysis's order (critical first) and how many are left out, for an "and N more" line.
 */
import type { PlanDocument } from '../plan/types';
import { foldedCopy } from './findings';
import type { Finding } from './types';

/**
 * Repeats of one rule, severity and check on one thread kept as separate findings before the
 * rest are folded. DESIGN CHOICE: 1, so findings are at most rules x checks x threads, whatever
 * the pairs; the repeats stay reachable through the grouped finding's threads.
 */
export const REPEATS_KEPT_PER_THREAD = 1;

/**
 * Findings a list shows before "and N more". DESIGN CHOICE: about what a practitioner reads in
 * one sitting; a plan with more needs rethinking, not reading, and the canvas and the per-thread
 * filter still show every finding.
 */
export const MAX_LISTED_FINDINGS = 100;

/** A finding kept as the first of its repeats (same rule, severity, check and side, led by the same thread). */
interface Kept {
  readonly finding: Finding;
  /** How many were kept, and where the last one kept is in `out`. */
  count: number;
  at: number;
}

const isRepeatOf = (f: Finding, k: Finding): boolean =>
  f.rule === k.rule && f.severity === k.severity && (f.aspect ?? '') === (k.aspect ?? '') && (f.side ?? null) === (k.side ?? null);

/**
 * The folded finding made last for a kept finding, with the threads and count it was made for: a
 * drag leaves most findings the same objects, so their folded forms are too (copying a finding
 * whose words are written on first read costs more than the rest of the grouping).
 */
const foldedMemo = new WeakMap<Finding, { readonly threads: readonly string[]; readonly count: number; readonly folded: Finding }>();

function foldedFinding(finding: Finding, threads: readonly string[], count: number): Finding {
  const memo = foldedMemo.get(finding);
  if (memo !== undefined && memo.count === count && memo.threads.length === threads.length && memo.threads.every((id, i) => id === threads[i])) return memo.folded;
  const folded = foldedCopy(finding, threads, { count });
  foldedMemo.set(finding, { threads, count, folded });
  return folded;
}

/** Folds repeats (see above); findings about no thread and the first repeats are returned as they are. */
export function groupRepeatedFindings(findings: readonly Finding[], plan: PlanDocument): Finding[] {
  /** Per lead thread: the findings kept (a few per thread: one per rule, severity, check and side). */
  const kept = new Map<string, Kept[]>();
  const groups = new Map<number, { finding: Finding; extra: Set<string>; count: number }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const lead = f.threads[0];
    if (lead === undefined) {
      out.push(f);
      continue;
    }
    let bucket = kept.get(lead);
    if (bucket === undefined) kept.set(lead, (bucket = []));
    const seen = bucket.find((k) => isRepeatOf(f, k.finding));
    if (seen === undefined || seen.count < REPEATS_KEPT_PER_THREAD) {
      if (seen === undefined) bucket.push({ finding: f, count: 1, at: out.length });
      else {
        seen.count++;
        seen.at = out.length;
      }
      out.push(f);
      continue;
    }
    // Fold into the last finding kept for this key.
    const into = seen.at;
    let group = groups.get(into);
    if (!group) groups.set(into, (group = { finding: out[into]!, extra: new Set(), count: 0 }));
    group.count++;
    for (const id of f.threads) if (!group.finding.threads.includes(id)) group.extra.add(id);
  }
  if (groups.size === 0) return out;
  const position = new Map(plan.threads.map((t, i) => [t.id, i]));
  for (const [index, { finding, extra, count }] of groups) {
    const more = [...extra].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    out[index] = foldedFinding(finding, [...finding.threads, ...more], count + (finding.folded?.count ?? 0));
  }
  return out;
}

/** The first `limit` findings, in order, and how many more there are. */
export function listFindings<F>(findings: readonly F[], limit = MAX_LISTED_FINDINGS): { listed: readonly F[]; more: number } {
  return findings.length <= limit ? { listed: findings, more: 0 } : { listed: findings.slice(0, limit), more: findings.length - limit };
}
