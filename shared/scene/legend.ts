import type { Severity } from '../analysis/types';
import type { FacePoint } from '../geometry/types';
import { createEmptyPlan } from '../plan/factory';
import type { PlanDocument } from '../plan/types';
import { entryPointsLayer } from './layers/entry-points';
import { numberTag, SEVERITY_COLOR, threadsLayer } from './layers/threads';
import { ARROW_SCALE, gatheringBandLabels, TISSUE_TOKENS } from './tissue-scale';
import type { Scene, SceneItem, SceneLayerId, SceneStyle } from './types';

/**
 * The key to the diagram, described once for every back-end: the PDF's key beside the diagram
 * and the on-screen legend over the canvas draw these rows, each with its own words for the row
 * ids. Each swatch is made of scene items: the thread and entry-point samples come from the
 * scene's own layer builders, and an overlay's swatch copies the style of an item in that
 * layer of the scene being explained, so the key cannot drift from what the diagram shows.
 * Overlays that are hidden (their layer is empty) get no row.
 *
 * A new overlay (a layer in scene/types.ts) adds its row in `overlayRows` and its words in
 * both string tables.
 */

/** Swatch width in face millimetres; swatches are centred on y = 0 and run from x = 0. */
export const LEGEND_SWATCH_MM = 22;

export type LegendRowId =
  | 'severity.ok'
  | 'severity.info'
  | 'severity.warning'
  | 'severity.critical'
  | 'smooth'
  | 'lifting'
  | 'entry'
  | 'number'
  | 'regions'
  | 'muscles'
  | 'nerve'
  | 'duct'
  | 'artery'
  | 'fixation'
  | 'ligament'
  | 'fixed-mobile-line'
  | 'tissue-gathering'
  | 'tissue-movement';

export type LegendSectionId = 'threads' | 'symbols' | 'overlays';

export interface LegendRow {
  readonly id: LegendRowId;
  readonly items: readonly SceneItem[];
  /** Values for the placeholders in the row's words (e.g. the tissue map's bands). */
  readonly params?: Readonly<Record<string, string>>;
}

export interface LegendSection {
  readonly id: LegendSectionId;
  /** Empty for 'overlays' when no overlay is shown. */
  readonly rows: readonly LegendRow[];
}

const line = (style: SceneStyle, y = 0, length = LEGEND_SWATCH_MM): SceneItem => ({
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

/** The warning / critical marker, drawn by the same function as the diagram's thread numbers. */
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
    const items: SceneItem[] = [line({ stroke: SEVERITY_COLOR[s], strokeWidth: critical ? 1.4 : 1.1 }, 0, badged ? 14 : LEGEND_SWATCH_MM)];
    if (badged) items.push(...severityMarker(s, { x: LEGEND_SWATCH_MM - 2, y: 0 }));
    return { id: `severity.${s}`, items };
  });
  rows.push({ id: 'smooth', items: [line({ stroke: 'thread.smooth', strokeWidth: 0.5, dash: [1.6, 1.1] })] });
  return rows;
}

function symbolRows(): LegendRow[] {
  const lifting = samplePlan([{ x: 0, y: 0 }, { x: LEGEND_SWATCH_MM - 1, y: 0 }], 'distal');
  const liftingItems = threadsLayer({ plan: lifting, catalogue: [], severity: new Map(), selectedThreadIds: new Set() }).items.filter((i) => i.type !== 'text');
  const entry = samplePlan([{ x: LEGEND_SWATCH_MM / 2, y: 0 }, { x: LEGEND_SWATCH_MM, y: 0 }], 'distal');
  return [
    { id: 'lifting', items: liftingItems },
    { id: 'entry', items: entryPointsLayer(entry, new Set()).items },
    {
      id: 'number',
      items: [{ type: 'text', at: { x: LEGEND_SWATCH_MM / 2, y: 0 }, text: '3', sizeMm: 3, align: 'center', color: 'thread.ok', bold: true, halo: true }],
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
  const add = (style: SceneStyle | null, make: (s: SceneStyle) => SceneItem[], id: LegendRowId) => {
    if (style) rows.push({ id, items: make(style) });
  };
  const isArea = (kind: string) => (i: SceneItem) => i.type === 'path' && i.closed && i.ref?.kind === kind;

  add(styleIn(scene, 'regions', isArea('region')), (s) => [area(s)], 'regions');
  const muscleArrow = styleIn(scene, 'muscles', (i) => i.type === 'arrow' && !i.style.dash);
  add(
    styleIn(scene, 'muscles', isArea('muscle')),
    (s) => [area(s), ...(muscleArrow ? [{ type: 'arrow', from: { x: 4, y: 1.5 }, to: { x: 18, y: -1.5 }, headMm: 2.2, style: muscleArrow } as SceneItem] : [])],
    'muscles',
  );
  for (const [token, id] of [
    ['danger.nerve', 'nerve'],
    ['danger.duct', 'duct'],
    ['danger.artery', 'artery'],
  ] as const) {
    const zone = styleIn(scene, 'danger-zones', (i) => isArea('danger-zone')(i) && i.type !== 'text' && i.style.fill === token);
    const course = styleIn(scene, 'danger-zones', (i) => i.type === 'path' && !i.closed && i.style.stroke === token);
    add(zone, (s) => [area(s), ...(course ? [line(course)] : [])], id);
  }
  add(styleIn(scene, 'fixation', isArea('fixation-zone')), (s) => [area(s)], 'fixation');
  add(
    styleIn(scene, 'fixation', (i) => i.type === 'circle' && i.ref?.kind === 'ligament'),
    (s) => {
      const c = { x: LEGEND_SWATCH_MM / 2, y: 0 };
      return [
        { type: 'circle', centre: c, radiusMm: 3, style: s },
        {
          type: 'segments',
          points: [
            { x: c.x - 1.2, y: -1.2 },
            { x: c.x + 1.2, y: 1.2 },
            { x: c.x - 1.2, y: 1.2 },
            { x: c.x + 1.2, y: -1.2 },
          ],
          style: { stroke: s.stroke, strokeWidth: s.strokeWidth },
        },
      ];
    },
    'ligament',
  );
  add(styleIn(scene, 'fixed-mobile-line', (i) => i.type === 'path'), (s) => [line(s)], 'fixed-mobile-line');
  if (scene.tissueShown) rows.push(...tissueRows());
  return rows;
}

/**
 * The tissue map's key: its fixed colour scale (every band, whether or not this map reaches it)
 * and an arrow. Shown whenever the overlay is on, so the scale is there before the first map.
 */
function tissueRows(): LegendRow[] {
  const width = LEGEND_SWATCH_MM / TISSUE_TOKENS.length;
  const bands: SceneItem[] = TISSUE_TOKENS.map((token, k) => ({
    type: 'path',
    points: [
      { x: k * width, y: -2.6 },
      { x: (k + 1) * width, y: -2.6 },
      { x: (k + 1) * width, y: 2.6 },
      { x: k * width, y: 2.6 },
    ],
    closed: true,
    smooth: false,
    style: { fill: token },
  }));
  return [
    { id: 'tissue-gathering', items: bands, params: { bands: gatheringBandLabels().join(', ') } },
    { id: 'tissue-movement', params: { scale: String(ARROW_SCALE) }, items: [{ type: 'arrow', from: { x: 3, y: 0 }, to: { x: 19, y: 0 }, headMm: 1.4, style: { stroke: 'tissue.arrow', strokeWidth: 0.35 } }] },
  ];
}

/** The key to `scene`: thread colours, symbols, and the overlays it shows. */
export function sceneLegend(scene: Scene): readonly LegendSection[] {
  return [
    { id: 'threads', rows: threadRows() },
    { id: 'symbols', rows: symbolRows() },
    { id: 'overlays', rows: overlayRows(scene) },
  ];
}
