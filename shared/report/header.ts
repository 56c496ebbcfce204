import type { PlanMeta } from '../plan/types';
import type { PageCanvas } from './page-canvas';
import type { Box } from './page-layout';
import { INK, LEADING, TYPE } from './report-style';
import { REPORT_TEXT, type ReportText } from './report-strings';
import { fitText, wrapText } from './wrap-text';

/**
 * Page 1's header: overline, plan title, then patient, plan date, practitioner and generation
 * date in four labelled fields. Returns the y below it.
 */

export interface HeaderFields {
  readonly meta: PlanMeta;
  readonly anonymize: boolean;
  /** Already formatted, e.g. "2025-03-14". */
  readonly generated: string;
  /** The record status line (revision, signed off or draft), or null for a plan never signed off. */
  readonly status?: { readonly text: string; readonly final: boolean } | null;
}

export const patientLabel = (meta: PlanMeta, anonymize: boolean, T: ReportText = REPORT_TEXT): string =>
  anonymize ? T.anonymized : meta.patientId.trim() || T.notRecorded;

export const planTitle = (meta: PlanMeta, T: ReportText = REPORT_TEXT): string => meta.title.trim() || T.untitled;

export function drawHeader(canvas: PageCanvas, box: Box, fields: HeaderFields): number {
  const { meta } = fields;
  const language = canvas.language;
  const T = language.text;
  let y = box.y;
  canvas.rect(box.x, y, 28, 2.2, { fill: INK.accent });
  y += 12;
  canvas.text(T.overline, box.x, y, { size: TYPE.overline, color: INK.accent, bold: true });
  y += 6;

  // The title may be long: two lines at most, then an ellipsis.
  const titleLines = wrapText(planTitle(meta, T), box.width, (s) => canvas.measure(s, TYPE.title));
  const shown = titleLines.slice(0, 2);
  if (titleLines.length > 2) shown[1] = fitText(shown[1] + ' ' + titleLines.slice(2).join(' '), box.width, (s) => canvas.measure(s, TYPE.title));
  for (const line of shown) {
    y += TYPE.title * 1.2;
    canvas.text(line, box.x, y, { size: TYPE.title, color: INK.text, bold: true });
  }
  y += 10;

  const fieldsRow: [string, string][] = [
    [T.patient, patientLabel(meta, fields.anonymize, T)],
    [T.planDate, meta.date ? language.day(meta.date) : T.notRecorded],
    [T.practitioner, meta.practitioner.trim() || T.notRecorded],
    [T.generated, fields.generated],
  ];
  const weights = [1.25, 0.8, 1.25, 0.8];
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const top = y;
  canvas.line(box.x, top, box.x + box.width, top, { stroke: INK.rule, lineWidth: 0.6 });
  let x = box.x;
  let bottom = top;
  fieldsRow.forEach(([label, value], i) => {
    const w = (weights[i]! / totalWeight) * box.width;
    canvas.text(label.toUpperCase(), x, top + 12, { size: TYPE.small - 0.7, color: INK.muted, bold: true });
    const lines = wrapText(value, w - 10, (s) => canvas.measure(s, TYPE.body + 0.6)).slice(0, 2);
    lines.forEach((line, k) => {
      canvas.text(line, x, top + 24 + k * (TYPE.body + 0.6) * LEADING, { size: TYPE.body + 0.6, color: INK.text });
    });
    bottom = Math.max(bottom, top + 24 + (lines.length - 1) * (TYPE.body + 0.6) * LEADING + 6);
    x += w;
  });
  y = bottom + 2;
  canvas.line(box.x, y, box.x + box.width, y, { stroke: INK.rule, lineWidth: 0.6 });
  if (fields.status) {
    y += 12;
    const size = TYPE.small + 0.4;
    canvas.text(fitText(fields.status.text, box.width, (s) => canvas.measure(s, size)), box.x, y, {
      size,
      color: fields.status.final ? INK.accent : INK.muted,
      bold: fields.status.final,
    });
    y += 3;
  }
  if (fields.anonymize) {
    y += 11;
    canvas.text(T.anonymizedNote, box.x, y, { size: TYPE.small, color: INK.muted });
    y += 3;
  }
  return y + 8;
}

/** The slim header on pages 2+: title on the left, patient on the right, a rule below. */
export function drawRunningHeader(canvas: PageCanvas, box: Box, meta: PlanMeta, anonymize: boolean, title: string = planTitle(meta, canvas.language.text)): number {
  const T = canvas.language.text;
  const size = TYPE.small;
  const y = box.y + size;
  const patient = `${T.patient}: ${patientLabel(meta, anonymize, T)}`;
  const patientWidth = canvas.measure(patient, size);
  canvas.text(fitText(title, box.width - patientWidth - 20, (s) => canvas.measure(s, size)), box.x, y, {
    size,
    color: INK.muted,
    bold: true,
  });
  canvas.text(patient, box.x + box.width, y, { size, color: INK.muted, align: 'right' });
  canvas.line(box.x, y + 5, box.x + box.width, y + 5, { stroke: INK.rule, lineWidth: 0.5 });
  return y + 18;
}
