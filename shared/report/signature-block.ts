import type { Flow } from './flow';
import { GAP, INK, TYPE } from './report-style';


/**
 * Signature block: a short statement, then practitioner and patient side by side, each with
 * name, signature and date lines. The practitioner's name is filled in from the plan; the
 * patient's is left blank (the plan holds a pseudonym only).
 */
const LINE_GAP = 26;

export function drawSignatureBlock(flow: Flow, practitioner: string): void {
  const T = flow.language.text;
  const statementH = flow.measureParagraph(T.signatureStatement, flow.width);
  const blockH = 40 + statementH + 3 * LINE_GAP + 20;
  flow.heading(T.signatureTitle, blockH);
  flow.paragraph(T.signatureStatement);
  flow.gap(GAP.paragraph + 4);

  const colGap = 28;
  const colWidth = (flow.width - colGap) / 2;
  const top = flow.y;
  const columns: [string, string][] = [
    [T.signaturePractitioner, practitioner.trim()],
    [T.signaturePatient, ''],
  ];
  columns.forEach(([who, name], i) => {
    const x = flow.left + i * (colWidth + colGap);
    flow.canvas.text(who, x, top + TYPE.h3, { size: TYPE.h3, color: INK.text, bold: true });
    const fields: [string, string][] = [
      [T.signatureName, name],
      [T.signatureSign, ''],
      [T.signatureDate, ''],
    ];
    fields.forEach(([label, value], k) => {
      const base = top + TYPE.h3 + 8 + (k + 1) * LINE_GAP;
      flow.canvas.text(label, x, base, { size: TYPE.small, color: INK.muted });
      const lineX = x + 52;
      if (value) flow.canvas.text(value, lineX + 2, base - 2.5, { size: TYPE.body, color: INK.text });
      flow.canvas.line(lineX, base + 2, x + colWidth, base + 2, { stroke: INK.faint, lineWidth: 0.6 });
    });
  });
  flow.advance(TYPE.h3 + 8 + 3 * LINE_GAP + 12);
}
