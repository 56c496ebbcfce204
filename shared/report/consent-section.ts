import { COMPLICATION_RATES, COMPLICATION_SOURCE } from '../record/complication-rates';
import type { Flow } from './flow';
import { GAP, INK, TYPE } from './report-style';
import type { ReportText } from './report-strings';
import { drawTable, type TableColumn } from './table';

/**
 * The consent section: the procedure in plain words (the clinic's text), the common risks with
 * their published rates, and the photo-consent line with two boxes to tick. The rates and the
 * citation come from shared/record/complication-rates.ts only; the clinic edits the words, not
 * the numbers. The signature block, when asked for, follows it.
 */

export interface ConsentTexts {
  readonly procedure: string;
  readonly photo: string;
}

const riskColumns = (T: ReportText): readonly TableColumn[] => [
  { header: T.consentRiskColumns.risk, weight: 1.3 },
  { header: T.consentRiskColumns.what, weight: 3.2 },
  { header: T.consentRiskColumns.rate, weight: 1.3 },
];

export function drawConsentSection(flow: Flow, texts: ConsentTexts): void {
  const language = flow.language;
  const T = language.text;
  flow.newPage();
  flow.heading(T.consentTitle);
  flow.paragraph(T.consentProcedureTitle, { size: TYPE.h3, bold: true });
  flow.gap(GAP.small);
  paragraphs(flow, texts.procedure);
  flow.gap(GAP.section - 4);

  flow.paragraph(T.consentRisksTitle, { size: TYPE.h3, bold: true });
  flow.gap(GAP.small);
  flow.paragraph(T.consentRisksIntro(COMPLICATION_SOURCE.studies));
  flow.gap(GAP.paragraph);
  drawTable(
    flow,
    riskColumns(T),
    COMPLICATION_RATES.map((r) => {
      const words = language.risk(r);
      return { cells: [words.name, words.explanation, language.rate(r.share)] };
    }),
    TYPE.body - 0.4,
  );
  flow.gap(GAP.small);
  flow.paragraph(T.consentSource(COMPLICATION_SOURCE.citation), { size: TYPE.small, color: INK.muted });
  flow.gap(GAP.section - 4);

  flow.paragraph(T.consentPhotoTitle, { size: TYPE.h3, bold: true });
  flow.gap(GAP.small);
  paragraphs(flow, texts.photo);
  flow.gap(GAP.paragraph);
  const box = 9;
  flow.ensure(box + 8);
  let x = flow.left;
  for (const label of [T.consentPhotoYes, T.consentPhotoNo]) {
    flow.canvas.rect(x, flow.y, box, box, { stroke: INK.text, lineWidth: 0.7 });
    flow.canvas.text(label, x + box + 5, flow.y + box - 1.2, { size: TYPE.body, color: INK.text });
    x += box + 5 + flow.canvas.measure(label, TYPE.body) + 28;
  }
  flow.advance(box + 6);
}

/** The clinic's text: blank lines separate paragraphs. */
function paragraphs(flow: Flow, text: string): void {
  const parts = text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
  parts.forEach((p, i) => {
    if (i > 0) flow.gap(GAP.paragraph);
    flow.paragraph(p);
  });
}
