import type { Atlas } from '../shared/atlas/types';
import type { PlanDocument } from '../shared/plan/types';
import { markMm, surfaceOf, threadMarks, type PointMark } from '../shared/surface';
import type { AnalysisResult, Finding, Metrics, RuleDescription, Severity, SideVector } from '../shared/analysis/types';
import { pullDirectionText } from '../shared/analysis/direction';
import { listFindings } from '../shared/analysis/finding-groups';

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

export function findingJson(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, write] of Object.entries(FINDING_JSON) as [keyof Finding, (f: Finding) => unknown][]) {
    const value = write(f);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The `analyze --json` contract: findings with every field of Finding, the metrics, and each
 * thread's skin length and marks.
 */
export function analysisJson(result: AnalysisResult, plan: PlanDocument, atlas: Atlas): unknown {
  return {
    findings: result.findings.map(findingJson),
    metrics: result.metrics,
    threads: threadsJson(plan, atlas),
  };
}

const HEADINGS: Readonly<Record<Severity, string>> = { critical: 'CRITICAL', warning: 'WARNINGS', info: 'NOTES' };
const ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

export function analysisText(result: AnalysisResult, plan: PlanDocument, fileName: string): string {
  const lines: string[] = [];
  const m = plan.meta;
  lines.push(`${m.title || 'Untitled plan'} (${fileName})`);
  const who = [m.patientId && `patient ${m.patientId}`, m.date, m.practitioner, `${m.skinThickness} skin`].filter(Boolean);
  lines.push(who.join(' | '));
  lines.push(`${plan.threads.length} thread${plan.threads.length === 1 ? '' : 's'}: right ${result.metrics.threadCount.right}, left ${result.metrics.threadCount.left} (the patient's sides)`);
  lines.push('');

  if (result.findings.length === 0) lines.push('No findings.', '');
  // A readable list: the first MAX_LISTED_FINDINGS (critical first), then how many more.
  const { listed, more } = listFindings(result.findings);
  const numbers = new Map(plan.threads.map((t, i) => [t.id, i + 1]));
  for (const severity of ORDER) {
    const group = listed.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const total = result.findings.filter((f) => f.severity === severity).length;
    lines.push(`${HEADINGS[severity]} (${total})`);
    for (const f of group) lines.push(...findingLines(f, numbers));
    lines.push('');
  }
  if (more > 0) lines.push(`... and ${more} more finding${more === 1 ? '' : 's'}, not listed (vectorlift analyze --json lists them all).`, '');

  lines.push('Metrics');
  lines.push(...metricLines(result.metrics));
  lines.push('');
  lines.push(summaryLine(result.findings));
  return lines.join('\n') + '\n';
}

function findingLines(f: Finding, numbers: ReadonlyMap<string, number>): string[] {
  const where = f.side ? `, patient's ${f.side}` : '';
  const lines = [`  - ${f.title} [${f.rule}${where}]`, `    Why: ${f.message}`, `    Fix: ${f.fix}`];
  if (f.folded) {
    const threads = f.threads.map((id) => numbers.get(id) ?? '?').join(', ');
    lines.push(`    And ${f.folded.count} more like it; together they concern threads ${threads}`);
  }
  return lines;
}

function metricLines(m: Metrics): string[] {
  const n = (v: number): string => `${v.toFixed(2)} N`;
  const share = (v: number | null): string => (v === null ? 'n/a' : `${Math.round(v * 100)}%`);
  const vec = (v: SideVector): string =>
    v.elevationDeg === null ? 'none' : `${n(v.magnitudeN)}, ${pullDirectionText(v.elevationDeg)}`;
  const lines = [
    `  Traction            right ${n(m.tractionBySide.right)}   left ${n(m.tractionBySide.left)}`,
    `  Resultant           right ${vec(m.resultant.right)}   left ${vec(m.resultant.left)}`,
    `  Malar share         right ${share(m.malarShare.right)}   left ${share(m.malarShare.left)}`,
    `  Symmetry            ${m.symmetry === null ? 'n/a (one side only)' : m.symmetry.toFixed(2)}`,
  ];
  if (m.tractionByRegion.length > 0) {
    lines.push('  Traction by region');
    for (const r of m.tractionByRegion) lines.push(`    ${r.region.padEnd(14)} ${r.side.padEnd(5)} ${n(r.forceN)}`);
  }
  return lines;
}

function summaryLine(findings: readonly Finding[]): string {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const c = count('critical');
  const w = count('warning');
  const i = count('info');
  return `Summary: ${c} critical, ${w} warning${w === 1 ? '' : 's'}, ${i} note${i === 1 ? '' : 's'}.`;
}

export function rulesText(rules: readonly RuleDescription[]): string {
  const lines: string[] = [];
  for (const r of rules) {
    lines.push(`${r.id}: ${r.title}`);
    lines.push(`  ${r.description}`);
    for (const t of r.thresholds) {
      lines.push(`  - ${t.name} = ${t.value} ${t.unit}: ${t.description}`);
      lines.push(`    Source: ${t.source}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
