import type { Atlas } from '../atlas/types';
import type { Scene } from '../scene/types';
import { projectScene } from '../scene/view-projection';
import type { ViewId } from '../surface/types';
import { drawScene } from './diagram';
import type { Flow } from './flow';
import { INK, LEADING, REPORT_PALETTE, TYPE } from './report-style';
import type { ReportText } from './report-strings';
import { wrapText } from './wrap-text';

/**
 * The oblique views, side by side below a heading: with the frontal diagram of page 1 they make
 * the three views a charting template shows. The right oblique sits on the left, as the
 * patient's right does in the frontal diagram. The same scene as page 1, projected from the face
 * surface (shared/scene/view-projection.ts), so threads, numbers, entry points and overlays are
 * the same marks seen from the side. Left out when the atlas has no surface to turn.
 */

const obliques = (T: ReportText): readonly { readonly id: ViewId; readonly caption: string }[] => [
  { id: 'right-oblique', caption: T.viewsRightOblique },
  { id: 'left-oblique', caption: T.viewsLeftOblique },
];
const COLUMN_GAP = 14;
/** Largest share of a page the two views take (design choice: the thread table can start below them). */
const MAX_PAGE_SHARE = 0.62;

export interface ViewsSectionInput {
  readonly scene: Scene;
  readonly atlas: Atlas;
}

export function drawViewsSection(flow: Flow, input: ViewsSectionInput): void {
  if (input.atlas.surface === undefined) return;
  const T = flow.language.text;
  const views = obliques(T).map((v) => ({ ...v, scene: projectScene(input.scene, input.atlas, v.id) }));
  const columnWidth = (flow.width - COLUMN_GAP) / 2;
  const b = views[0]!.scene.bounds;
  const captionH = 2 * TYPE.small * LEADING + 4;
  const diagramH = Math.min(columnWidth * ((b.maxY - b.minY) / (b.maxX - b.minX)), flow.pageCapacity * MAX_PAGE_SHARE);
  flow.heading(T.viewsTitle, diagramH + captionH);
  const top = flow.y;
  views.forEach((v, i) => {
    const x = flow.left + i * (columnWidth + COLUMN_GAP);
    flow.canvas.rect(x, top, columnWidth, diagramH, { stroke: INK.panelLine, lineWidth: 0.6, radius: 3 });
    drawScene(flow.canvas, v.scene, { x: x + 4, y: top + 4, width: columnWidth - 8, height: diagramH - 8 }, REPORT_PALETTE);
    const lines = wrapText(v.caption, columnWidth, (s) => flow.canvas.measure(s, TYPE.small));
    lines.forEach((line, k) => flow.canvas.text(line, x, top + diagramH + TYPE.small + 4 + k * TYPE.small * LEADING, { size: TYPE.small, color: INK.muted }));
  });
  flow.advance(diagramH + captionH);
}
