import type { Severity } from '../analysis/types';
import type { FacePoint } from '../geometry/types';
import { createEmptyPlan } from '../plan/factory';
import type { PlanDocument } from '../plan/types';
import { entryPointsLayer } from '../scene/layers/entry-points';
import { numberTag, SEVERITY_COLOR, threadsLayer } from '../scene/layers/threads';
import type { Scene, SceneItem, SceneLayerId, SceneStyle } from '../scene/types';
import type { FaceToPage } from './diagram';
import { drawItems } from './diagram';
import type { PageCanvas } from './page-canvas';
import type { Box } from './page-layout';
import { INK, LEADING, REPORT_PALETTE, TYPE } from './report-style';
import { REPORT_TEXT } from './report-strings';
import { wrapText } from './wrap-text';

/**
 * The key beside the diagram. Each swatch is drawn with scene items through the same back-end
 * as the diagram and at the diagram's scale. The thread and entry-point samples come from the
 * scene's own layer builders, and overlay swatches copy the style of an item in the scene's
 * layer, so the key cannot drift from what the diagram shows. Overlays that are hidden (their
 * layer is empty) get no row.
 */

/** Swatch width in face millimetres; rows are laid out in points. */
const SWATCH_MM = 22;
const ROW_GAP = 5;

interface LegendRow {
  readonly items: readonly SceneItem[];
  readonly label: string;
}

const line = (style: SceneStyle, y = 0, length = SWATCH_MM): SceneItem => ({
  type: 'path',
  points: [
    { x: 0, y },
    { x: length, y },
  ],
  closed: false,
  smooth: false,
  style,
});

/** A small blob standing for an area overlay, in the style of the scene's own item. */
const area = (style: SceneStyle): SceneItem => ({
  type: 'path',
  points: [
    { x: 1, y: -2.6 },
    { x: 10, y: -3.4 },
    { x: 20, y: -2.2 },
    { x: 21, y: 2.4 },
    { x: 11, y: 3.4 },
    { x: 2, y: 2.6 },
  ],
  closed: true,
  smooth: true,
  style,
});

/** The warning / critical marker, drawn by the same function as the canvas's thread numbers. */
function severityMarker(severity: Severity, at: FacePoint): SceneItem[] {
  return numberTag(at, '1', severity, SEVERITY_COLOR[severity]);
}

function samplePlan(path: FacePoint[], fixationEnd: 'entry' | 'distal', barbed = true): PlanDocument {
  const empty = createEmptyPlan({}, '2000-01-01');
  return {
    ...empty,
    entryPoints: [{ id: 'e1', label: 'A', position: path[0]!, side: 'left' }],
    threads: [
      {
        id: 't1',
        side: 'left',
        typeId: 'sample',
        entryPointId: 'e1',
        path,
        depthMm: 4,
        pointDepthsMm: path.map(() => null),
        barbed: barbed ? { startMm: 5, endMm: 17 } : null,
        fixationEnd,
        fixationZoneId: null,
        tensionN: 1,
        lot: null,
        notes: '',
      },
    ],
  };
}

function threadRows(): LegendRow[] {
  const rows: LegendRow[] = (['ok', 'info', 'warning', 'critical'] as const).map((s) => {
    const critical = s === 'critical';
    const badged = s === 'warning' || s === 'critical';
    const items: SceneItem[] = [line({ stroke: SEVERITY_COLOR[s], strokeWidth: critical ? 1.4 : 1.1 }, 0, badged ? 14 : SWATCH_MM)];
    if (badged) items.push(...severityMarker(s, { x: SWATCH_MM - 2, y: 0 }));
    return { items, label: REPORT_TEXT.legendSeverity[s] };
  });
  rows.push({ items: [line({ stroke: 'thread.smooth', strokeWidth: 0.5, dash: [1.6, 1.1] })], label: REPORT_TEXT.legendSmooth });
  return rows;
}

function symbolRows(): LegendRow[] {
  const lifting = samplePlan([{ x: 0, y: 0 }, { x: SWATCH_MM - 1, y: 0 }], 'distal');
  const liftingItems = threadsLayer({ plan: lifting, catalogue: [], severity: new Map(), selectedThreadIds: new Set() })
    .items.filter((i) => i.type !== 'text');
  const entry = samplePlan([{ x: SWATCH_MM / 2, y: 0 }, { x: SWATCH_MM, y: 0 }], 'distal');
  return [
    { items: liftingItems, label: REPORT_TEXT.legendLifting },
    { items: entryPointsLayer(entry, new Set()).items, label: REPORT_TEXT.legendEntry },
    {
      items: [{ type: 'text', at: { x: SWATCH_MM / 2, y: 0 }, text: '3', sizeMm: 3, align: 'center', color: 'thread.ok', bold: true, halo: true }],
      label: REPORT_TEXT.legendNumber,
    },
  ];
}

/** The style of the first item in a scene layer that matches, or null when the layer is hidden. */
function styleIn(scene: Scene, layer: SceneLayerId, match: (item: SceneItem) => boolean): SceneStyle | null {
  const found = scene.layers.find((l) => l.id === layer)?.items.find(match);
  return found && found.type !== 'text' ? found.style : null;
}

function overlayRows(scene: Scene): LegendRow[] {
  const rows: LegendRow[] = [];
  const add = (style: SceneStyle | null, make: (s: SceneStyle) => SceneItem[], label: string) => {
    if (style) rows.push({ items: make(style), label });
  };
  const isArea = (kind: string) => (i: SceneItem) => i.type === 'path' && i.closed && i.ref?.kind === kind;

  add(styleIn(scene, 'regions', isArea('region')), (s) => [area(s)], REPORT_TEXT.legendRegions);
  const muscleArrow = styleIn(scene, 'muscles', (i) => i.type === 'arrow' && !i.style.dash);
  add(styleIn(scene, 'muscles', isArea('muscle')), (s) => [
    area(s),
    ...(muscleArrow ? [{ type: 'arrow', from: { x: 4, y: 1.5 }, to: { x: 18, y: -1.5 }, headMm: 2.2, style: muscleArrow } as SceneItem] : []),
  ], REPORT_TEXT.legendMuscles);
  for (const [token, label] of [
    ['danger.nerve', REPORT_TEXT.legendNerve],
    ['danger.duct', REPORT_TEXT.legendDuct],
    ['danger.artery', REPORT_TEXT.legendArtery],
  ] as const) {
    const zone = styleIn(scene, 'danger-zones', (i) => isArea('danger-zone')(i) && i.type !== 'text' && i.style.fill === token);
    const course = styleIn(scene, 'danger-zones', (i) => i.type === 'path' && !i.closed && i.type === 'path' && i.style.stroke === token);
    add(zone, (s) => [area(s), ...(course ? [line(course)] : [])], label);
  }
  add(styleIn(scene, 'fixation', isArea('fixation-zone')), (s) => [area(s)], REPORT_TEXT.legendFixation);
  add(styleIn(scene, 'fixation', (i) => i.type === 'circle' && i.ref?.kind === 'ligament'), (s) => {
    const c = { x: SWATCH_MM / 2, y: 0 };
    return [
      { type: 'circle', centre: c, radiusMm: 3, style: s },
      {
        type: 'segments',
        points: [
          { x: c.x - 1.2, y: -1.2 }, { x: c.x + 1.2, y: 1.2 },
          { x: c.x - 1.2, y: 1.2 }, { x: c.x + 1.2, y: -1.2 },
        ],
        style: { stroke: s.stroke, strokeWidth: s.strokeWidth },
      },
    ];
  }, REPORT_TEXT.legendLigament);
  add(styleIn(scene, 'fixed-mobile-line', (i) => i.type === 'path'), (s) => [line(s)], REPORT_TEXT.legendFixedMobile);
  return rows;
}

/** Draws the key in `box` with swatches at the diagram's scale; returns the height used. */
export function drawLegend(canvas: PageCanvas, box: Box, scene: Scene, diagramScale: number): number {
  const scale = Math.min(diagramScale, 36 / SWATCH_MM);
  const swatchWidth = SWATCH_MM * scale;
  const labelX = box.x + swatchWidth + 8;
  const labelWidth = box.x + box.width - labelX;
  const size = TYPE.small;
  let y = box.y;

  canvas.text(REPORT_TEXT.legendTitle, box.x, y + TYPE.h3, { size: TYPE.h3, color: INK.text, bold: true });
  y += TYPE.h3 * LEADING + 4;

  const section = (title: string, rows: readonly LegendRow[], empty?: string) => {
    canvas.text(title.toUpperCase(), box.x, y + size, { size: size - 0.8, color: INK.muted, bold: true });
    y += size * LEADING + 3;
    if (rows.length === 0 && empty) {
      canvas.text(empty, box.x, y + size, { size, color: INK.muted });
      y += size * LEADING + ROW_GAP;
    }
    for (const row of rows) {
      const lines = wrapText(row.label, labelWidth, (s) => canvas.measure(s, size));
      const height = Math.max(lines.length * size * LEADING, 10);
      const centre = y + height / 2;
      const t: FaceToPage = { scale, offsetX: box.x, offsetY: centre };
      drawItems(canvas, row.items, t, REPORT_PALETTE);
      const firstBase = centre - ((lines.length - 1) * size * LEADING) / 2 + size * 0.36;
      lines.forEach((l, k) => canvas.text(l, labelX, firstBase + k * size * LEADING, { size, color: INK.text }));
      y += height + ROW_GAP;
    }
    y += 4;
  };

  section(REPORT_TEXT.legendThreads, threadRows());
  section(REPORT_TEXT.legendSymbols, symbolRows());
  section(REPORT_TEXT.legendOverlays, overlayRows(scene), REPORT_TEXT.legendNoOverlays);
  return y - box.y;
}
