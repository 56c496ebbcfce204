import type { PageCanvas } from './page-canvas';
import type { Box } from './page-layout';
import { INK, TYPE } from './report-style';

import { fitText } from './wrap-text';

/**
 * The footer on every page: who the page belongs to (or "anonymized"), the planning-aid
 * disclaimer, and "Page x of y". Drawn after layout, once the page count is known. The patient's
 * handout leaves the disclaimer out (`disclaimer` false): it speaks to the practitioner about the
 * plan, and the handout speaks to the patient about their aftercare.
 */
export function drawFooter(canvas: PageCanvas, box: Box, patient: string, page: number, total: number, disclaimer = true): void {
  const T = canvas.language.text;
  const size = TYPE.footer;
  const base = box.y + box.height - 4;
  canvas.line(box.x, base - size - 5, box.x + box.width, base - size - 5, { stroke: INK.rule, lineWidth: 0.5 });
  const pageText = T.footerPage(page, total);
  const pageWidth = canvas.measure(pageText, size);
  const patientText = fitText(T.footerPatient(patient), box.width * 0.3, (s) => canvas.measure(s, size));
  canvas.text(patientText, box.x, base, { size, color: INK.muted });
  canvas.text(pageText, box.x + box.width, base, { size, color: INK.text, bold: true, align: 'right' });
  if (!disclaimer) return;
  const middleLeft = box.x + box.width * 0.3 + 8;
  const middleRight = box.x + box.width - pageWidth - 8;
  canvas.text(
    fitText(T.footerDisclaimer, middleRight - middleLeft, (s) => canvas.measure(s, size)),
    (middleLeft + middleRight) / 2,
    base,
    { size, color: INK.muted, align: 'center' },
  );
}
