import { LEGEND_SWATCH_MM, sceneLegend, type LegendRowId, type LegendSectionId } from '../scene/legend';
import { ARROW_SCALE, gatheringBandLabels } from '../scene/tissue-scale';
import type { Scene } from '../scene/types';
import type { FaceToPage } from './diagram';
import { drawItems } from './diagram';
import type { PageCanvas } from './page-canvas';
import type { Box } from './page-layout';
import { INK, LEADING, REPORT_PALETTE, TYPE } from './report-style';
import { REPORT_TEXT } from './report-strings';
import { wrapText } from './wrap-text';

/**
 * The key beside the diagram: the rows of the shared legend (scene/legend.ts, the same rows the
 * on-screen legend draws), drawn through the same back-end as the diagram and at its scale, with
 * the report's words.
 */

const ROW_GAP = 5;

const ROW_TEXT: Record<LegendRowId, string> = {
  'severity.ok': REPORT_TEXT.legendSeverity.ok,
  'severity.info': REPORT_TEXT.legendSeverity.info,
  'severity.warning': REPORT_TEXT.legendSeverity.warning,
  'severity.critical': REPORT_TEXT.legendSeverity.critical,
  smooth: REPORT_TEXT.legendSmooth,
  lifting: REPORT_TEXT.legendLifting,
  entry: REPORT_TEXT.legendEntry,
  number: REPORT_TEXT.legendNumber,
  regions: REPORT_TEXT.legendRegions,
  muscles: REPORT_TEXT.legendMuscles,
  nerve: REPORT_TEXT.legendNerve,
  duct: REPORT_TEXT.legendDuct,
  artery: REPORT_TEXT.legendArtery,
  fixation: REPORT_TEXT.legendFixation,
  ligament: REPORT_TEXT.legendLigament,
  'fixed-mobile-line': REPORT_TEXT.legendFixedMobile,
  'tissue-gathering': REPORT_TEXT.legendTissueGathering.replace('{bands}', gatheringBandLabels().join(', ')),
  'tissue-movement': REPORT_TEXT.legendTissueMovement.replace('{scale}', String(ARROW_SCALE)),
};

const SECTION_TEXT: Record<LegendSectionId, string> = {
  threads: REPORT_TEXT.legendThreads,
  symbols: REPORT_TEXT.legendSymbols,
  overlays: REPORT_TEXT.legendOverlays,
};

/** Draws the key in `box` with swatches at the diagram's scale; returns the height used. */
export function drawLegend(canvas: PageCanvas, box: Box, scene: Scene, diagramScale: number): number {
  const scale = Math.min(diagramScale, 36 / LEGEND_SWATCH_MM);
  const swatchWidth = LEGEND_SWATCH_MM * scale;
  const labelX = box.x + swatchWidth + 8;
  const labelWidth = box.x + box.width - labelX;
  const size = TYPE.small;
  let y = box.y;

  canvas.text(REPORT_TEXT.legendTitle, box.x, y + TYPE.h3, { size: TYPE.h3, color: INK.text, bold: true });
  y += TYPE.h3 * LEADING + 4;

  for (const section of sceneLegend(scene)) {
    canvas.text(SECTION_TEXT[section.id].toUpperCase(), box.x, y + size, { size: size - 0.8, color: INK.muted, bold: true });
    y += size * LEADING + 3;
    if (section.rows.length === 0 && section.id === 'overlays') {
      canvas.text(REPORT_TEXT.legendNoOverlays, box.x, y + size, { size, color: INK.muted });
      y += size * LEADING + ROW_GAP;
    }
    for (const row of section.rows) {
      const lines = wrapText(ROW_TEXT[row.id], labelWidth, (s) => canvas.measure(s, size));
      const height = Math.max(lines.length * size * LEADING, 10);
      const centre = y + height / 2;
      const t: FaceToPage = { scale, offsetX: box.x, offsetY: centre };
      drawItems(canvas, row.items, t, REPORT_PALETTE);
      const firstBase = centre - ((lines.length - 1) * size * LEADING) / 2 + size * 0.36;
      lines.forEach((l, k) => canvas.text(l, labelX, firstBase + k * size * LEADING, { size, color: INK.text }));
      y += height + ROW_GAP;
    }
    y += 4;
  }
  return y - box.y;
}
