import type { Metrics, SideVector } from '../analysis/types';
import type { RegionKind } from '../atlas/types';
import type { Flow } from './flow';
import { decimalSeparator } from '../i18n/format';
import { GAP, INK, TYPE } from './report-style';

import type { TableColumn, TableRow } from './table';
import { drawTable } from './table';

/**
 * The metrics the analysis computes: threads and traction per side, the resultant pull, the
 * malar share, symmetry, traction by region and, when the analysis had the tissue simulation,
 * each side's simulated gathering on the cheekbone against the rest of the midface.
 */


export function drawMetricsSection(flow: Flow, metrics: Metrics): void {
  const language = flow.language;
  const T = language.text;
  const resultant = (v: SideVector): string =>
    v.elevationDeg === null || v.magnitudeN === 0 ? T.noValue : `${language.newtons(v.magnitudeN)}, ${T.elevation(Math.round(v.elevationDeg))}`;
  /** Simulated gathering in tenths of a percent, as on screen. */
  const gathering = (v: number): string => `${(v * 100).toFixed(1).replace('.', decimalSeparator(language.locale))}%`;
  const share = (v: number | null): string => (v === null ? T.noValue : language.percent(v));
  flow.heading(T.metricsTitle, 120);
  flow.paragraph(T.metricsIntro, { color: INK.muted, size: TYPE.small });
  flow.gap(GAP.paragraph);

  const columns: readonly TableColumn[] = [
    { header: T.metricColumns.measure, weight: 2.2 },
    { header: T.metricColumns.right, weight: 1.4, align: 'right' },
    { header: T.metricColumns.left, weight: 1.4, align: 'right' },
  ];
  const rows: TableRow[] = [
    { cells: [T.metricThreads, String(metrics.threadCount.right), String(metrics.threadCount.left)] },
    {
      cells: [T.metricTraction, language.newtons(metrics.tractionBySide.right), language.newtons(metrics.tractionBySide.left)],
    },
    { cells: [T.metricResultant, resultant(metrics.resultant.right), resultant(metrics.resultant.left)] },
    { cells: [T.metricMalar, share(metrics.malarShare.right), share(metrics.malarShare.left)] },
  ];
  const simulated = metrics.simulation;
  if (simulated) {
    rows.push(
      { cells: [T.metricGatheringMalar, `${gathering(simulated.right.prominencePeak)} / ${gathering(simulated.right.prominenceMean)}`, `${gathering(simulated.left.prominencePeak)} / ${gathering(simulated.left.prominenceMean)}`] },
      { cells: [T.metricGatheringRest, gathering(simulated.right.restPeak), gathering(simulated.left.restPeak)] },
    );
  }
  drawTable(flow, columns, rows);
  if (simulated) {
    flow.gap(GAP.small);
    flow.paragraph(T.metricSimulationNote, { color: INK.muted, size: TYPE.small });
  }
  flow.gap(GAP.paragraph);
  flow.paragraph(
    `${T.metricSymmetry}: ${metrics.symmetry === null ? T.noValue : language.percent(metrics.symmetry)}`,
    { bold: true },
  );

  const regions = [...new Set(metrics.tractionByRegion.map((r) => r.region))];
  if (regions.length === 0) return;
  flow.gap(GAP.paragraph + 4);
  flow.ensure(80);
  flow.paragraph(T.metricRegionTitle, { size: TYPE.h3, bold: true });
  flow.gap(GAP.small);
  const force = (region: RegionKind, side: 'right' | 'left') =>
    metrics.tractionByRegion.filter((r) => r.region === region && r.side === side).reduce((s, r) => s + r.forceN, 0);
  drawTable(
    flow,
    [
      { header: T.metricRegion, weight: 2.2 },
      { header: T.metricColumns.right, weight: 1.4, align: 'right' },
      { header: T.metricColumns.left, weight: 1.4, align: 'right' },
    ],
    regions.map((region) => ({
      cells: [language.regionName(region), language.newtons(force(region, 'right')), language.newtons(force(region, 'left'))],
    })),
  );
}
