import type { Finding } from '../analysis/types';
import type { PlanMeta } from '../plan/types';
import type { Scene } from '../scene/types';
import { drawScene } from './diagram';
import { drawFindingsSummary, summaryHeight } from './findings-summary';
import { drawHeader, type HeaderFields } from './header';
import { drawLetterhead, type LetterheadInput } from './letterhead';
import { drawLegend } from './legend';
import type { PageCanvas } from './page-canvas';
import type { Box, PageLayout } from './page-layout';
import { INK, REPORT_PALETTE, TYPE } from './report-style';


/**
 * Page 1: header, the face diagram with the key beside it, and the findings summary below.
 * The diagram gets all the height the header and the summary leave.
 */

const LEGEND_WIDTH = 150;
const COLUMN_GAP = 14;

/** The diagram's column on page 1: the content width less the key's column (tests read this). */
export function diagramColumn(layout: PageLayout): { x: number; width: number } {
  return { x: layout.content.x, width: layout.content.width - LEGEND_WIDTH - COLUMN_GAP };
}
/** Findings listed in the summary box before "... and N more" (design choice: keeps the diagram large). */
const SUMMARY_MAX_ROWS = 7;

export interface PageOneInput {
  readonly meta: PlanMeta;
  readonly anonymize: boolean;
  readonly generated: string;
  readonly scene: Scene;
  readonly findings: readonly Finding[];
  readonly letterhead?: LetterheadInput;
  readonly status?: HeaderFields['status'];
}

/** Where the diagram went, for tests and for callers that annotate it. */
export interface PageOneResult {
  readonly diagramBox: Box;
}

export function drawPageOne(canvas: PageCanvas, layout: PageLayout, input: PageOneInput): PageOneResult {
  const c = layout.content;
  const headerY = input.letterhead ? drawLetterhead(canvas, c, input.letterhead) : c.y;
  const top = drawHeader(canvas, { ...c, y: headerY, height: c.height - (headerY - c.y) }, { meta: input.meta, anonymize: input.anonymize, generated: input.generated, status: input.status });

  const summaryH = summaryHeight(input.findings, SUMMARY_MAX_ROWS);
  const bottom = c.y + c.height;
  const summaryBox: Box = { x: c.x, y: bottom - summaryH, width: c.width, height: summaryH };
  const captionH = TYPE.small + 8;
  const diagramBox: Box = {
    ...diagramColumn(layout),
    y: top,
    height: summaryBox.y - 12 - captionH - top,
  };

  canvas.rect(diagramBox.x, diagramBox.y, diagramBox.width, diagramBox.height, {
    stroke: INK.panelLine,
    lineWidth: 0.6,
    radius: 3,
  });
  const inset: Box = { x: diagramBox.x + 4, y: diagramBox.y + 4, width: diagramBox.width - 8, height: diagramBox.height - 8 };
  const transform = drawScene(canvas, input.scene, inset, REPORT_PALETTE);
  canvas.text(canvas.language.text.diagramCaption, diagramBox.x, diagramBox.y + diagramBox.height + TYPE.small + 4, {
    size: TYPE.small,
    color: INK.muted,
  });

  const legendBox: Box = {
    x: diagramBox.x + diagramBox.width + COLUMN_GAP,
    y: top,
    width: LEGEND_WIDTH,
    height: diagramBox.height,
  };
  drawLegend(canvas, legendBox, input.scene, transform.scale);
  drawFindingsSummary(canvas, summaryBox, input.findings);
  return { diagramBox };
}
