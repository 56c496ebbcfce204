import { LEGEND_SWATCH_MM, sceneLegend, type LegendRowId, type LegendSectionId } from '../scene/legend';
import { ARROW_SCALE, gatheringBandLabels } from '../scene/tissue-scale';
import type { Scene } from '../scene/types';
import type { FaceToPage } from './diagram';
import { drawItems } from './diagram';
import type { PageCanvas } from './page-canvas';
import type { Box } from './page-layout';
import { INK, LEADING, REPORT_PALETTE, TYPE } from './report-style';
import type { ReportText } from './report-strings';
import { wrapText } from './wrap-text';

/**
 * The key beside the diagram: the rows of the shared legend (scene/legend.ts, the same rows the
 * on-screen legend draws), drawn through the same back-end as the diagram and at its scale, with
 * the report's words.
 */

const ROW_GAP = 5;

const rowText = (T: ReportText): Record<LegendRowId, string> => ({
  'severity.ok': T.legendSeverity.ok,
  'severity.info': T.legendSeverity.info,
  'severity.warning': T.legendSeverity.warning,
  'severity.critical': T.legendSeverity.critical,
  smooth: T.legendSmooth,
  lifting: T.legendLifting,
  entry: T.legendEntry,
  number: T.legendNumber,
  regions: T.legendRegions,
  muscles: T.legendMuscles,
  nerve: T.legendNerve,
  duct: T.legendDuct,
  artery: T.legendArtery,
  fixation: T.legendFixation,
  ligament: T.legendLigament,
  'fixed-mobile-line': T.legendFixedMobile,
  'tissue-gathering': T.legendTissueGathering.replace('{bands}', gatheringBandLabels().join(', ')),
  'tissue-movement': T.legendTissueMovement.replace('{scale}', String(ARROW_SCALE)),
});

const sectionText = (T: ReportText): Record<LegendSectionId, string> => ({
  threads: T.legendThreads,
  symbols: T.legendSymbols,
  overlays: T.legendOverlays,
});

/** Draws the key in `box` with swatches at the diagram's scale; returns the height used. */
export function drawLegend(canvas: PageCanvas, box: Box, scene: Scene, diagramScale: number): number {
  const scale = Math.min(diagramScale, 36 / LEGEND_SWATCH_MM);
  const swatchWidth = LEGEND_SWATCH_MM * scale;
  const labelX = box.x + swatchWidth + 8;
  const labelWidth = box.x + box.width - labelX;
  const size = TYPE.small;
  const T = canvas.language.text;
  const ROW_TEXT = rowText(T);
  const SECTION_TEXT = sectionText(T);
  let y = box.y;

  canvas.text(T.legendTitle, box.x, y + TYPE.h3, { size: TYPE.h3, color: INK.text, bold: true });
  y += TYPE.h3 * LEADING + 4;

  for (const section of sceneLegend(scene)) {
    canvas.text(SECTION_TEXT[section.id].toUpperCase(), box.x, y + size, { size: size - 0.8, color: INK.muted, bold: true });
    y += size * LEADING + 3;
    if (section.rows.length === 0 && section.id === 'overlays') {
      canvas.text(T.legendNoOverlays, box.x, y + size, { size, color: INK.muted });
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
