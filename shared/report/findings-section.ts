import { listFindings } from '../analysis/finding-groups';
import { describeRules } from '../analysis/registry';
import { ruleTitle } from '../analysis/rule-text';
import type { Finding, Severity } from '../analysis/types';
import type { PlanDocument } from '../plan/types';
import type { Flow } from './flow';
import { GAP, INK, LEADING, TYPE, severityColor, severityTint } from './report-style';
import type { ReportText } from './report-strings';
import { wrapText } from './wrap-text';

/**
 * The findings in the analysis's order (critical first): a severity tag and the headline,
 * which threads and side it concerns, why it matters and what to change. A finding is kept on
 * one page when it fits on one; each block has a bar in its severity colour down its left edge.
 * Past PDF_LISTED_FINDINGS the rest are counted by rule and severity instead (issue 8: a
 * 1,000-thread plan once made an 11,895-page report).
 */

/**
 * Findings described in full. DESIGN CHOICE: about ten pages of findings, what a colleague
 * reads before a procedure; a plan with more needs redesigning, and the app lists every one.
 */
export const PDF_LISTED_FINDINGS = 40;

const BAR = 3;
const INDENT = 12;
const LABEL_WIDTH = 86;
/** Room between a finding's title and its severity tag, points (design choice: a word space at the title's size, and some). */
const TAG_GAP_PT = 12;

function concerns(finding: Finding, plan: PlanDocument, T: ReportText): string {
  const numbers = finding.threads
    .map((id) => plan.threads.findIndex((t) => t.id === id) + 1)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const parts: string[] = [];
  if (numbers.length > 0) parts.push(T.concernsThreads(numbers));
  if (finding.side) parts.push(T.concernsSide(finding.side));
  if (finding.folded) parts.push(T.foldedRepeats(finding.folded.count));
  return parts.length > 0 ? parts.join(' · ') : T.wholePlan;
}

/** The findings not described, counted: one line per rule, in registry order. */
function drawNotListed(flow: Flow, rest: readonly Finding[]): void {
  const T = flow.language.text;
  flow.paragraph(T.findingsNotListed(rest.length), { color: INK.muted });
  const order: readonly Severity[] = ['critical', 'warning', 'info'];
  for (const rule of describeRules()) {
    const mine = rest.filter((f) => f.rule === rule.id);
    if (mine.length === 0) continue;
    const counts = order.map((s) => [s, mine.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    flow.paragraph(`${ruleTitle(rule.id, flow.language.locale)}: ${counts.map(([s, n]) => T.severityPlural[s](n)).join(', ')}`);
  }
}

export function drawFindingsSection(flow: Flow, findings: readonly Finding[], plan: PlanDocument): void {
  const language = flow.language;
  const T = language.text;
  // Keep the heading with its first finding card (about 110 pt), never alone at a page's foot.
  flow.heading(T.findingsTitle, 110);
  if (findings.length === 0) {
    flow.paragraph(T.findingsNone, { color: INK.muted });
    return;
  }
  const size = TYPE.body;
  const lh = size * LEADING;
  const textX = flow.left + INDENT;
  const valueX = textX + LABEL_WIDTH;
  const valueWidth = flow.left + flow.width - valueX - 6;
  const wrap = (text: string, width: number, s: number = size) => wrapText(text, width, (t) => flow.canvas.measure(t, s));

  const { listed, more } = listFindings(findings, PDF_LISTED_FINDINGS);
  listed.forEach((f, index) => {
    const color = severityColor(f.severity);
    const words = language.finding(f);
    // The numbered title wraps clear of its severity tag, as wide as the language makes it
    // ("ПРИМЕЧАНИЕ" is more than twice "NOTE").
    const tag = T.severity[f.severity].toUpperCase();
    const tagRight = flow.left + flow.width - 8;
    const titleWidth = tagRight - flow.canvas.measure(tag, TYPE.small) - TAG_GAP_PT - textX;
    const titleLines = wrap(`${index + 1}. ${words.title}`, titleWidth, TYPE.h3);
    const rows: [string, string[]][] = [
      [T.concerns, wrap(concerns(f, plan, T), valueWidth)],
      [T.whyItMatters, wrap(words.message, valueWidth)],
      [T.suggestedFix, wrap(words.fix, valueWidth)],
    ];
    const titleH = titleLines.length * TYPE.h3 * LEADING;
    const bodyH = rows.reduce((s, [, lines]) => s + lines.length * lh + 3, 0);
    const blockH = 8 + titleH + 4 + bodyH + 6;
    // Keep the block together when it fits on a page; otherwise let it run on.
    flow.ensure(blockH <= flow.pageCapacity ? blockH : 60);

    const top = flow.y;
    const drawBar = (from: number, to: number) => {
      flow.canvas.rect(flow.left, from, flow.width, to - from, { fill: severityTint(f.severity) });
      flow.canvas.rect(flow.left, from, BAR, to - from, { fill: color });
    };
    let segmentTop = top;
    let y = top + 8;
    // The background is drawn per page segment once its height is known: collect first.
    const pending: (() => void)[] = [];
    const flush = (bottom: number) => {
      drawBar(segmentTop, bottom);
      for (const p of pending) p();
      pending.length = 0;
    };
    const room = (h: number) => {
      if (y + h > flow.bottom) {
        flush(y);
        flow.newPage();
        segmentTop = flow.y;
        y = flow.y + 6;
      }
    };

    // Tag and title.
    room(titleH);
    const tagY = y;
    pending.push(() => {
      flow.canvas.text(tag, tagRight, tagY + TYPE.h3, { size: TYPE.small, color, bold: true, align: 'right' });
    });
    titleLines.forEach((line, k) => {
      const base = y + TYPE.h3 + k * TYPE.h3 * LEADING;
      pending.push(() => flow.canvas.text(line, textX, base, { size: TYPE.h3, color: INK.text, bold: true }));
    });
    y += titleH + 4;

    for (const [label, lines] of rows) {
      lines.forEach((line, k) => {
        room(lh);
        const base = y + size;
        if (k === 0) pending.push(() => flow.canvas.text(label, textX, base, { size: TYPE.small, color: INK.muted, bold: true }));
        pending.push(() => flow.canvas.text(line, valueX, base, { size, color: INK.text }));
        y += lh;
      });
      y += 3;
    }
    y += 3;
    flush(y);
    flow.advance(y - flow.y);
    flow.gap(GAP.paragraph);
  });
  if (more > 0) drawNotListed(flow, findings.slice(listed.length));
}
