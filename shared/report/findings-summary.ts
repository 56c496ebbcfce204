import type { Finding, Severity } from '../analysis/types';
import type { PageCanvas } from './page-canvas';
import type { Box } from './page-layout';
import { INK, LEADING, TYPE, severityColor } from './report-style';
import { PDF_LISTED_FINDINGS } from './findings-section';
import { fitText } from './wrap-text';

/**
 * The findings box at the foot of page 1: counts by severity, then one line per finding
 * (severity tag and headline), as many as fit; the full findings follow on the next pages.
 */

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];
const PAD = 9;
/** The severity tag's width, points: fits the English tags; a language with longer ones widens it to its widest. */
const TAG_WIDTH = 44;

export function summaryHeight(findings: readonly Finding[], maxRows: number): number {
  const rows = Math.min(Math.max(findings.length, 1), maxRows);
  return PAD * 2 + TYPE.h3 * LEADING + 6 + rows * TYPE.body * 1.55 + (findings.length > 0 ? TYPE.small * LEADING + 4 : 0);
}

export function drawFindingsSummary(canvas: PageCanvas, box: Box, findings: readonly Finding[]): void {
  const language = canvas.language;
  const T = language.text;
  const worst = SEVERITIES.find((s) => findings.some((f) => f.severity === s));
  canvas.rect(box.x, box.y, box.width, box.height, { fill: INK.panel, stroke: INK.panelLine, lineWidth: 0.6, radius: 3 });
  // A stripe in the colour of the most serious finding (accent blue when there is none).
  canvas.rect(box.x, box.y, 3.5, box.height, { fill: worst ? severityColor(worst) : INK.accent, radius: 1.5 });

  const left = box.x + PAD + 4;
  const right = box.x + box.width - PAD;
  let y = box.y + PAD + TYPE.h3;
  canvas.text(T.summaryTitle, left, y, { size: TYPE.h3, color: INK.text, bold: true });

  // Counts as coloured chips on the title line, right-aligned.
  let chipRight = right;
  for (const s of [...SEVERITIES].reverse()) {
    const n = findings.filter((f) => f.severity === s).length;
    if (n === 0) continue;
    const label = T.severityPlural[s](n);
    const w = canvas.measure(label, TYPE.small) + 10;
    canvas.rect(chipRight - w, y - TYPE.small - 2.2, w, TYPE.small + 5.5, { fill: severityColor(s), radius: 2.5 });
    canvas.text(label, chipRight - w / 2, y, { size: TYPE.small, color: INK.white, bold: true, align: 'center' });
    chipRight -= w + 5;
  }
  y += TYPE.h3 * (LEADING - 1) + 6;

  if (findings.length === 0) {
    canvas.text(T.summaryNone, left, y + TYPE.body, { size: TYPE.body, color: INK.text });
    return;
  }

  const rowHeight = TYPE.body * 1.55;
  const footer = TYPE.small * LEADING + 4;
  const capacity = Math.max(1, Math.floor((box.y + box.height - PAD - footer - y) / rowHeight + 0.01));
  const shown = findings.slice(0, capacity);
  const tagWidth = Math.max(TAG_WIDTH, ...SEVERITIES.map((s) => canvas.measure(T.severity[s].toUpperCase(), TYPE.small - 1) + 8));
  for (const f of shown) {
    const base = y + TYPE.body;
    const color = severityColor(f.severity);
    canvas.rect(left, base - TYPE.small - 0.8, tagWidth, TYPE.small + 3.6, { stroke: color, lineWidth: 0.7, radius: 2 });
    canvas.text(T.severity[f.severity].toUpperCase(), left + tagWidth / 2, base, {
      size: TYPE.small - 1,
      color,
      bold: true,
      align: 'center',
    });
    const textX = left + tagWidth + 7;
    canvas.text(fitText(language.finding(f).title, right - textX, (s) => canvas.measure(s, TYPE.body)), textX, base, { size: TYPE.body, color: INK.text });
    y += rowHeight;
  }
  const hidden = findings.length - shown.length;
  const note =
    hidden === 0
      ? T.summaryDetails
      : findings.length > PDF_LISTED_FINDINGS
        ? T.summaryMoreCapped(hidden, PDF_LISTED_FINDINGS)
        : T.summaryMore(hidden);
  canvas.text(note, left, y + TYPE.small + 2, { size: TYPE.small, color: INK.muted });
}
