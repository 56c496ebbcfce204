import type { FacePoint } from '../geometry/types';
import type { PlanDocument, Side } from '../plan/types';
import { renderFindingPart, type FindingText, type FindingWords } from './finding-text';
import { RULE_IDS, type Finding, type RuleId, type Severity } from './types';

/** Building, ordering and identifying findings. */

/** A finding's words: as data (its text key and parameters) or, until a rule is converted, English. */
type FindingWording = { readonly text: FindingText } | FindingWords;

export type FindingFields = FindingWording & {
  readonly threads: readonly string[];
  readonly location: FacePoint | null;
  readonly side: Side | null;
  /** Which check of the rule fired; see Finding.aspect. */
  readonly aspect: string;
};

/** A finding with its fields in one fixed order (the CLI prints them in this order). */
export function makeFinding(rule: RuleId, severity: Severity, f: FindingFields): Finding {
  if ('text' in f) return wordedLater(rule, severity, f.text, f);
  return {
    rule,
    severity,
    title: f.title,
    message: f.message,
    fix: f.fix,
    threads: f.threads,
    location: f.location === null ? null : { x: f.location.x, y: f.location.y },
    side: f.side,
    aspect: f.aspect,
  };
}

/**
 * A finding whose words are data. Its English title, message and fix (what the PDF, the CLI and
 * the tests read today) are written on first read, not here: analyze() builds no sentences,
 * and a finding never read in English never is. They stay ordinary enumerable fields to every
 * reader (JSON, spread, structured clone and toEqual read them through the getters), in the
 * same place among the finding's fields.
 *
 * The getters are the same three functions for every finding (they read the finding's own
 * `text`), defined one by one after `rule` and `severity`: then every finding has one shape. A
 * getter made per finding in an object literal gave each finding a shape of its own, about 4 us
 * to make instead of 0.45 (issue 15: a 1,000-thread plan makes thousands). A part is written on
 * its first read and kept for the finding's `text` (WRITTEN): the getters stay, so the finding
 * keeps its shape. (Replacing a getter with a field turned the finding into a dictionary-mode
 * object, which cost more than writing the words and slowed every later read of its fields.)
 */
function wordedLater(rule: RuleId, severity: Severity, text: FindingText, f: FindingFields): Finding {
  const out = { rule, severity } as { -readonly [K in keyof Finding]: Finding[K] };
  Object.defineProperty(out, 'title', TITLE);
  Object.defineProperty(out, 'message', MESSAGE);
  Object.defineProperty(out, 'fix', FIX);
  out.threads = f.threads;
  out.location = f.location === null ? null : { x: f.location.x, y: f.location.y };
  out.side = f.side;
  out.aspect = f.aspect;
  out.text = text;
  return out;
}

/**
 * The words written so far, per finding text (a finding's text never changes, so neither do its
 * words; a folded copy shares its text and so its words). Frozen findings keep theirs too.
 */
const WRITTEN = new WeakMap<FindingText, { title?: string; message?: string; fix?: string }>();

/** The getter of one part of a finding's words (each part on its own first read: sorting reads titles only). */
function wordedOnRead(part: keyof FindingWords): PropertyDescriptor {
  return {
    get(this: Finding): string {
      const text = this.text!;
      let written = WRITTEN.get(text);
      if (written === undefined) {
        written = {};
        WRITTEN.set(text, written);
      }
      return (written[part] ??= renderFindingPart(text, 'en', part));
    },
    enumerable: true,
    configurable: true,
  };
}

const TITLE = wordedOnRead('title');
const MESSAGE = wordedOnRead('message');
const FIX = wordedOnRead('fix');

/**
 * `{ ...finding, threads, folded }` (finding-groups.ts folds repeats into a copy), without writing
 * the words of a finding worded as data: a spread reads its title, message and fix, which writes
 * all three. The copy has the same fields in the same order and the same getters; it shares the
 * finding's `text`, so the words written for one serve both.
 */
export function foldedCopy(finding: Finding, threads: readonly string[], folded: { readonly count: number }): Finding {
  // (Made by wordedLater, as its getters show. Otherwise every part is a field, and a spread copies them.)
  if (Object.getOwnPropertyDescriptor(finding, 'message')?.get !== MESSAGE.get) return { ...finding, threads, folded };
  const out = { rule: finding.rule, severity: finding.severity } as { -readonly [K in keyof Finding]: Finding[K] };
  copyPart(finding, out, 'title', TITLE);
  copyPart(finding, out, 'message', MESSAGE);
  copyPart(finding, out, 'fix', FIX);
  out.threads = threads;
  out.location = finding.location;
  out.side = finding.side;
  out.aspect = finding.aspect;
  out.text = finding.text;
  out.folded = folded;
  return out;
}

function copyPart(from: Finding, to: Finding, part: keyof FindingWords, getter: PropertyDescriptor): void {
  const own = Object.getOwnPropertyDescriptor(from, part);
  Object.defineProperty(to, part, own?.get === getter.get ? getter : { value: from[part], enumerable: true, configurable: true, writable: true });
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };
const RULE_RANK = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
const SIDE_RANK = { right: 0, left: 1, none: 2 } as const;

/**
 * Critical first, then warning, then info; within a severity by rule (registry order), then by
 * the first thread's position in the plan (so "thread 2" comes before "thread 10"), then side.
 * Findings about the whole plan (no threads) come after those about threads.
 */
export function sortFindings(findings: readonly Finding[], plan: PlanDocument): Finding[] {
  const position = new Map<string, number>();
  plan.threads.forEach((t, i) => position.set(t.id, i));
  // Each finding's keys are worked out once, not in every comparison; its title (which a
  // finding worded as data renders on first read) only when everything before it ties.
  const keyed = findings.map((f) => {
    let thread = Number.MAX_SAFE_INTEGER;
    for (const id of f.threads) thread = Math.min(thread, position.get(id) ?? Number.MAX_SAFE_INTEGER - 1);
    return new SortKeys(f, SEVERITY_RANK[f.severity] * RULE_IDS.length + RULE_RANK.get(f.rule)!, thread, SIDE_RANK[f.side ?? 'none'], f.aspect ?? '');
  });
  keyed.sort((a, b) => a.rank - b.rank || a.thread - b.thread || a.side - b.side || compareText(a.aspect, b.aspect) || compareText(a.title(), b.title()));
  return keyed.map((k) => k.f);
}

/**
 * One finding's sort keys. Its title is read once, on the first comparison that needs it, and kept
 * here: a finding of a large plan ties with dozens of others (a thread crowded by many), and
 * reading the title through the finding's getter in every comparison cost more than the sort.
 */
class SortKeys {
  private written: string | undefined = undefined;

  constructor(
    readonly f: Finding,
    readonly rank: number,
    readonly thread: number,
    readonly side: number,
    readonly aspect: string,
  ) {}

  title(): string {
    return (this.written ??= this.f.title);
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A stable id for a finding: rule, check, side and threads. It does not depend on wording or
 * exact position, so a finding keeps its id while the user drags a thread (the findings panel
 * keeps its selection) and the training view can tell which findings were resolved.
 */
export function findingKey(finding: Finding): string {
  return [finding.rule, finding.aspect ?? '', finding.side ?? '-', [...finding.threads].join(',')].join('|');
}

/** The worst severity among the findings naming each thread (the canvas colours threads by it). */
export function worstSeverityByThread(findings: readonly Finding[]): ReadonlyMap<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    for (const id of f.threads) {
      const current = worst.get(id);
      if (current === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[current]) worst.set(id, f.severity);
    }
  }
  return worst;
}
