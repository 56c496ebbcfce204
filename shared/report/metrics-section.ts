import type { Metrics, SideVector } from '../analysis/types';
import type { Atlas, RegionKind } from '../atlas/types';
import type { Flow } from './flow';
import { formatNewtons, formatPercent, withoutSide } from './format';
import { GAP, INK, TYPE } from './report-style';
import { REPORT_TEXT } from './report-strings';
import type { TableColumn, TableRow } from './table';
import { drawTable } from './table';

/**
 * The metrics the analysis computes: threads and traction per side, the resultant pull, the
 * malar share, symmetry, traction by region and, when the analysis had the tissue simulation,
 * each side's simulated gathering on the cheekbone against the rest of the midface.
 */

/** A region kind's name as the atlas spells it, without the side (the columns give the side). */
function regionKindName(atlas: Atlas, kind: RegionKind): string {
  const region = atlas.regions.find((r) => r.kind === kind);
  return region ? withoutSide(region.name) : kind;
}

const resultant = (v: SideVector): string =>
  v.elevationDeg === null || v.magnitudeN === 0
    ? REPORT_TEXT.noValue
    : `${formatNewtons(v.magnitudeN)}, ${REPORT_TEXT.elevation(Math.round(v.elevationDeg))}`;

/** Simulated gathering in tenths of a percent, as on screen. */
const gathering = (v: number): string => `${(v * 100).toFixed(1)}%`;

const share = (v: number | null): string => (v === null ? REPORT_TEXT.noValue : formatPercent(v));

export function drawMetricsSection(flow: Flow, metrics: Metrics, atlas: Atlas): void {
  flow.heading(REPORT_TEXT.metricsTitle, 120);
  flow.paragraph(REPORT_TEXT.metricsIntro, { color: INK.muted, size: TYPE.small });
  flow.gap(GAP.paragraph);

  const columns: readonly TableColumn[] = [
    { header: REPORT_TEXT.metricColumns.measure, weight: 2.2 },
    { header: REPORT_TEXT.metricColumns.right, weight: 1.4, align: 'right' },
    { header: REPORT_TEXT.metricColumns.left, weight: 1.4, align: 'right' },
  ];
  const rows: TableRow[] = [
    { cells: [REPORT_TEXT.metricThreads, String(metrics.threadCount.right), String(metrics.threadCount.left)] },
    {
      cells: [REPORT_TEXT.metricTraction, formatNewtons(metrics.tractionBySide.right), formatNewtons(metrics.tractionBySide.left)],
    },
    { cells: [REPORT_TEXT.metricResultant, resultant(metrics.resultant.right), resultant(metrics.resultant.left)] },
    { cells: [REPORT_TEXT.metricMalar, share(metrics.malarShare.right), share(metrics.malarShare.left)] },
  ];
  const simulated = metrics.simulation;
  if (simulated) {
    rows.push(
      { cells: [REPORT_TEXT.metricGatheringMalar, `${gathering(simulated.right.prominencePeak)} / ${gathering(simulated.right.prominenceMean)}`, `${gathering(simulated.left.prominencePeak)} / ${gathering(simulated.left.prominenceMean)}`] },
      { cells: [REPORT_TEXT.metricGatheringRest, gathering(simulated.right.restPeak), gathering(simulated.left.restPeak)] },
    );
  }
  drawTable(flow, columns, rows);
  if (simulated) {
    flow.gap(GAP.small);
    flow.paragraph(REPORT_TEXT.metricSimulationNote, { color: INK.muted, size: TYPE.small });
  }
  flow.gap(GAP.paragraph);
  flow.paragraph(
    `${REPORT_TEXT.metricSymmetry}: ${metrics.symmetry === null ? REPORT_TEXT.noValue : formatPercent(metrics.symmetry)}`,
    { bold: true },
  );

  const regions = [...new Set(metrics.tractionByRegion.map((r) => r.region))];
  if (regions.length === 0) return;
  flow.gap(GAP.paragraph + 4);
  flow.ensure(80);
  flow.paragraph(REPORT_TEXT.metricRegionTitle, { size: TYPE.h3, bold: true });
  flow.gap(GAP.small);
  const force = (region: RegionKind, side: 'right' | 'left') =>
    metrics.tractionByRegion.filter((r) => r.region === region && r.side === side).reduce((s, r) => s + r.forceN, 0);
  drawTable(
    flow,
    [
      { header: REPORT_TEXT.metricRegion, weight: 2.2 },
      { header: REPORT_TEXT.metricColumns.right, weight: 1.4, align: 'right' },
      { header: REPORT_TEXT.metricColumns.left, weight: 1.4, align: 'right' },
    ],
    regions.map((region) => ({
      cells: [regionKindName(atlas, region), formatNewtons(force(region, 'right')), formatNewtons(force(region, 'left'))],
    })),
  );
}
