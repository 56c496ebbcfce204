import type { Atlas } from '../shared/atlas/types';
import type { PlanDocument } from '../shared/plan/types';
import { markMm, surfaceOf, threadMarks, type PointMark } from '../shared/surface';
import type { AnalysisResult, Finding, Metrics, Severity, SideVector } from '../shared/analysis/types';
import { listFindings } from '../shared/analysis/finding-groups';
import { wordsOf } from '../shared/analysis/finding-text';
import type { RuleDescriptionIn } from '../shared/analysis/rule-text';
import { formatDay, localizeNumber } from '../shared/i18n/format';
import { languageTables } from '../shared/i18n/language-tables';
import type { Locale } from '../shared/i18n/locale';
import { CLI_WORDS, type CliWords } from './report-words';
import { padToWidth, terminalWidth } from './terminal-width';

/** Text and JSON renderings of analysis results and rule descriptions for the CLI. */

/** A point mark in the JSON: the point, its two landmark distances (whole mm, as the text says) and the text. */
function pointMarkJson(mark: PointMark): unknown {
  return {
    x: mark.point.x,
    y: mark.point.y,
    marks: mark.distances.map((d) => ({ landmark: d.landmark, name: d.name, distanceMm: markMm(d.distanceMm), directions: d.directions, text: d.text })),
    text: mark.text,
  };
}

const tenth = (v: number): number => Math.round(v * 10) / 10;

/** Each thread's skin measures and marks (issue 9), in plan order. */
export function threadsJson(plan: PlanDocument, atlas: Atlas): unknown[] {
  const surface = surfaceOf(atlas);
  return plan.threads.map((t, i) => {
    const m = threadMarks(surface, t);
    return {
      id: t.id,
      number: i + 1,
      side: t.side,
      surfaceLengthMm: tenth(m.surfaceLengthMm),
      barbedFromEntryMm: m.barbedFromEntryMm === null ? null : { startMm: tenth(m.barbedFromEntryMm.startMm), endMm: tenth(m.barbedFromEntryMm.endMm) },
      frankfortAngleDeg: Math.round(m.frankfortAngleDeg),
      fixationEnd: t.fixationEnd,
      entry: pointMarkJson(m.entry),
      fixation: pointMarkJson(m.fixation),
      distal: pointMarkJson(m.distal),
    };
  });
}

/**
 * How each field of the one Finding type is written in `analyze --json`. Keyed by every field of
 * Finding, so a field added to the type fails the typecheck here until it is written (a
 * hand-copied list once dropped `aspect`). Optional fields absent from a finding are left out.
 */
const FINDING_JSON: { readonly [K in keyof Required<Finding>]: (f: Finding) => unknown } = {
  rule: (f) => f.rule,
  severity: (f) => f.severity,
  title: (f) => f.title,
  message: (f) => f.message,
  fix: (f) => f.fix,
  threads: (f) => f.threads,
  location: (f) => (f.location === null ? null : { x: f.location.x, y: f.location.y }),
  side: (f) => f.side,
  aspect: (f) => f.aspect,
  folded: (f) => (f.folded === undefined ? undefined : { count: f.folded.count }),
  // The words as data (text key and parameters) for a program that shows them in its own language.
  text: (f) => f.text,
};

/** A finding in the JSON; with --lang its title, message and fix in that language (the `text` data stays). */
export function findingJson(f: Finding, locale: Locale = 'en'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, write] of Object.entries(FINDING_JSON) as [keyof Finding, (f: Finding) => unknown][]) {
    const value = write(f);
    if (value !== undefined) out[key] = value;
  }
  if (locale !== 'en') Object.assign(out, wordsOf(f, locale));
  return out;
}

/**
 * The `analyze --json` contract: findings with every field of Finding, the metrics, and each
 * thread's skin length and marks.
 */
export function analysisJson(result: AnalysisResult, plan: PlanDocument, atlas: Atlas, locale: Locale = 'en'): unknown {
  return {
    findings: result.findings.map((f) => findingJson(f, locale)),
    metrics: result.metrics,
    threads: threadsJson(plan, atlas),
  };
}

const ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

/** The findings and metrics as text, in `locale` (English: what the command always printed). */
export function analysisText(result: AnalysisResult, plan: PlanDocument, fileName: string, locale: Locale = 'en'): string {
  const w = CLI_WORDS[locale];
  const lines: string[] = [];
  const m = plan.meta;
  lines.push(`${m.title || w.untitled} (${fileName})`);
  const who = [m.patientId && w.patient(m.patientId), formatDay(locale, m.date), m.practitioner, w.skin(m.skinThickness)].filter(Boolean);
  lines.push(who.join(' | '));
  lines.push(w.threadsLine(plan.threads.length, result.metrics.threadCount.right, result.metrics.threadCount.left));
  lines.push('');

  if (result.findings.length === 0) lines.push(w.noFindings, '');
  // A readable list: the first MAX_LISTED_FINDINGS (critical first), then how many more.
  const { listed, more } = listFindings(result.findings);
  const numbers = new Map(plan.threads.map((t, i) => [t.id, i + 1]));
  for (const severity of ORDER) {
    const group = listed.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const total = result.findings.filter((f) => f.severity === severity).length;
    lines.push(`${w.headings[severity]} (${total})`);
    for (const f of group) lines.push(...findingLines(f, numbers, w, locale));
    lines.push('');
  }
  if (more > 0) lines.push(w.more(more), '');

  lines.push(w.metrics);
  lines.push(...metricLines(result.metrics, w, locale));
  lines.push('');
  lines.push(summaryLine(result.findings, w));
  return lines.join('\n') + '\n';
}

function findingLines(f: Finding, numbers: ReadonlyMap<string, number>, w: CliWords, locale: Locale): string[] {
  const words = wordsOf(f, locale);
  const where = f.side ? w.where(f.side) : '';
  const lines = [`  - ${words.title} [${f.rule}${where}]`, `    ${w.why}: ${words.message}`, `    ${w.fix}: ${words.fix}`];
  if (f.folded) {
    const threads = f.threads.map((id) => numbers.get(id) ?? '?').join(', ');
    lines.push(`    ${w.folded(f.folded.count, threads)}`);
  }
  return lines;
}

function metricLines(m: Metrics, w: CliWords, locale: Locale): string[] {
  const n = w.newtons;
  const share = (v: number | null): string => (v === null ? w.notApplicable : `${Math.round(v * 100)}%`);
  const vec = (v: SideVector): string => (v.elevationDeg === null ? w.none : `${n(v.magnitudeN)}, ${w.direction(v.elevationDeg)}`);
  // Columns line up in every language: each label padded to the longest's width on the terminal
  // (English keeps its 20 columns; Hangul takes two cells a character).
  const labels = [w.traction, w.resultant, w.malarShare, w.symmetry];
  const labelColumns = Math.max(20, ...labels.map((l) => terminalWidth(l) + 2));
  const label = (text: string): string => padToWidth(text, labelColumns);
  const symmetry = m.symmetry === null ? w.oneSideOnly : m.symmetry.toFixed(2).replace('.', locale === 'ru' ? ',' : '.');
  const lines = [
    `  ${label(w.traction)}${w.right} ${n(m.tractionBySide.right)}   ${w.left} ${n(m.tractionBySide.left)}`,
    `  ${label(w.resultant)}${w.right} ${vec(m.resultant.right)}   ${w.left} ${vec(m.resultant.left)}`,
    `  ${label(w.malarShare)}${w.right} ${share(m.malarShare.right)}   ${w.left} ${share(m.malarShare.left)}`,
    `  ${label(w.symmetry)}${symmetry}`,
  ];
  if (m.tractionByRegion.length > 0) {
    lines.push(`  ${w.tractionByRegion}`);
    const regionName = (r: Metrics['tractionByRegion'][number]): string => (locale === 'en' ? r.region : languageTables(locale).findingWords.region(r.region));
    const sideName = (r: Metrics['tractionByRegion'][number]): string => (locale === 'en' ? r.side : w[r.side]);
    const regionColumns = Math.max(14, ...m.tractionByRegion.map((r) => terminalWidth(regionName(r))));
    const sideColumns = Math.max(5, ...m.tractionByRegion.map((r) => terminalWidth(sideName(r))));
    for (const r of m.tractionByRegion) {
      lines.push(`    ${padToWidth(regionName(r), regionColumns)} ${padToWidth(sideName(r), sideColumns)} ${n(r.forceN)}`);
    }
  }
  return lines;
}

function summaryLine(findings: readonly Finding[], w: CliWords): string {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return w.summary(count('critical'), count('warning'), count('info'));
}

/** `vectorlift rules`: each rule with its thresholds, in `locale` (the rules from describeRulesIn). */
export function rulesText(rules: readonly RuleDescriptionIn[], locale: Locale = 'en'): string {
  const w = CLI_WORDS[locale];
  const lines: string[] = [];
  for (const r of rules) {
    lines.push(`${r.id}: ${r.title}`);
    lines.push(`  ${r.description}`);
    for (const t of r.thresholds) {
      lines.push(`  - ${t.name} = ${localizeNumber(locale, t.value)} ${t.unit}: ${t.description}`);
      lines.push(`    ${w.thresholdSource}: ${t.source}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
