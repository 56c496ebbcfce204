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

/** The key of a repeat: same rule, severity, check and side, led by the same thread. */
function repeatKey(f: Finding): string | null {
  const lead = f.threads[0];
  return lead === undefined ? null : `${f.rule}|${f.severity}|${f.aspect ?? ''}|${f.side ?? '-'}|${lead}`;
}

/** Folds repeats (see above); findings about no thread and the first repeats are returned as they are. */
export function groupRepeatedFindings(findings: readonly Finding[], plan: PlanDocument): Finding[] {
  /** Per key: how many were kept, and where the last one kept is in `out`. */
  const kept = new Map<string, { count: number; at: number }>();
  const groups = new Map<number, { finding: Finding; extra: Set<string>; count: number }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = repeatKey(f);
    const seen = key === null ? undefined : kept.get(key);
    if (key === null || (seen?.count ?? 0) < REPEATS_KEPT_PER_THREAD) {
      if (key !== null) kept.set(key, { count: (seen?.count ?? 0) + 1, at: out.length });
      out.push(f);
      continue;
    }
    // Fold into the last finding kept for this key.
    const into = seen!.at;
    let group = groups.get(into);
    if (!group) groups.set(into, (group = { finding: out[into]!, extra: new Set(), count: 0 }));
    group.count++;
    for (const id of f.threads) if (!group.finding.threads.includes(id)) group.extra.add(id);
  }
  if (groups.size === 0) return out;
  const position = new Map(plan.threads.map((t, i) => [t.id, i]));
  for (const [index, { finding, extra, count }] of groups) {
    const more = [...extra].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    out[index] = { ...finding, threads: [...finding.threads, ...more], folded: { count: count + (finding.folded?.count ?? 0) } };
  }
  return out;
}

/** The first `limit` findings, in order, and how many more there are. */
export function listFindings<F>(findings: readonly F[], limit = MAX_LISTED_FINDINGS): { listed: readonly F[]; more: number } {
  return findings.length <= limit ? { listed: findings, more: 0 } : { listed: findings.slice(0, limit), more: findings.length - limit };
}
