import type { PaperSize } from './types';

/**
 * Page geometry in PDF points (1/72 inch), measured from the TOP-left corner with y growing
 * downward, like the face diagram and like reading order. Only page-canvas.ts converts to PDF's
 * bottom-left origin.
 */

export const MM_TO_PT = 72 / 25.4;

/** ISO 216 A4 is 210 x 297 mm; US Letter is 8.5 x 11 in. */
export const PAPER_PT: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  a4: { width: 210 * MM_TO_PT, height: 297 * MM_TO_PT },
  letter: { width: 8.5 * 72, height: 11 * 72 },
};

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PageLayout {
  readonly paper: PaperSize;
  readonly width: number;
  readonly height: number;
  /** Where content may go: inside the margins and above the footer. */
  readonly content: Box;
  /** The footer band below the content. */
  readonly footer: Box;
}

/**
 * Margins: 14 mm all round (design choice: inside every office printer's unprintable edge,
 * which is at most about 6 mm, with room to punch holes for a paper chart). The footer takes
 * the bottom 12 mm of the content area.
 */
const MARGIN = 14 * MM_TO_PT;
const FOOTER_HEIGHT = 12 * MM_TO_PT;

export function pageLayout(paper: PaperSize): PageLayout {
  const { width, height } = PAPER_PT[paper];
  const contentHeight = height - 2 * MARGIN - FOOTER_HEIGHT;
  return {
    paper,
    width,
    height,
    content: { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: contentHeight },
    footer: { x: MARGIN, y: MARGIN + contentHeight, width: width - 2 * MARGIN, height: FOOTER_HEIGHT },
  };
}
