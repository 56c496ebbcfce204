import { addressLines, hasClinic, type ClinicProfile } from '../record/clinic';
import type { PageCanvas } from './page-canvas';
import type { Box } from './page-layout';
import { MM_TO_PT } from './page-layout';
import { INK, TYPE } from './report-style';

import { fitText } from './wrap-text';

/**
 * The clinic's letterhead at the top of page 1 and of the patient handout: the logo on the left,
 * the clinic's name, address and telephone beside it, a rule below. Nothing at all when the
 * clinic profile is empty, so a report without one looks as before.
 */

/** Largest logo on paper (design choice: a letterhead logo, not a banner; 40 x 16 mm). */
export const LOGO_MAX_WIDTH = 40 * MM_TO_PT;
export const LOGO_MAX_HEIGHT = 16 * MM_TO_PT;

export interface LetterheadInput {
  readonly clinic: ClinicProfile;
  /** The logo's image resource on this page (ReportDocument.image), or null. */
  readonly logoName: string | null;
}

/** The logo's size on paper: within both caps, aspect kept. */
export function logoSize(logo: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(LOGO_MAX_WIDTH / logo.width, LOGO_MAX_HEIGHT / logo.height);
  return { width: logo.width * scale, height: logo.height * scale };
}

/** Draws the letterhead at the top of `box`; returns the y below it (box.y when there is none). */
export function drawLetterhead(canvas: PageCanvas, box: Box, input: LetterheadInput): number {
  const { clinic } = input;
  if (!hasClinic(clinic)) return box.y;
  let textX = box.x;
  let logoBottom = box.y;
  if (clinic.logo && input.logoName) {
    const size = logoSize(clinic.logo);
    canvas.image(input.logoName, box.x, box.y, size.width, size.height);
    textX = box.x + size.width + 12;
    logoBottom = box.y + size.height;
  }
  const width = box.x + box.width - textX;
  const fit = (s: string, size: number) => fitText(s, width, (t) => canvas.measure(t, size));
  let y = box.y;
  if (clinic.name.trim()) {
    y += 12;
    canvas.text(fit(clinic.name.trim(), 12), textX, y, { size: 12, color: INK.text, bold: true });
    y += 3;
  }
  const small = TYPE.small + 0.6;
  for (const line of addressLines(clinic)) {
    y += small * 1.3;
    canvas.text(fit(line, small), textX, y, { size: small, color: INK.muted });
  }
  if (clinic.telephone.trim()) {
    y += small * 1.3;
    canvas.text(fit(`${canvas.language.text.clinicTelephone} ${clinic.telephone.trim()}`, small), textX, y, { size: small, color: INK.muted });
  }
  const bottom = Math.max(y + 4, logoBottom) + 6;
  canvas.line(box.x, bottom, box.x + box.width, bottom, { stroke: INK.rule, lineWidth: 0.6 });
  return bottom + 10;
}
