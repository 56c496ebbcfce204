/**
 * The metrics section's values (metrics-section.ts), not only its labels: each row's right and
 * left cells in that order, the stand-in for a value that does not exist (no pull, no midface
 * traction, an empty side), traction by region summed per side, and the simulated gathering in
 * tenths of a percent with the language's decimal separator. The metrics are set by hand so every
 * figure is known; build-plan-pdf.test.ts checks the labels on a real analysis.
 */
import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../../../shared/analysis/types';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { REPORT_TEXT_RU } from '../../../../shared/report/report-strings-ru';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfPages } from './pdf-tools';
import { buildReport, squeeze, withFindings } from './report-fixture';

const plan = makeLargePlan(5, { title: 'Plan M', patientId: 'P-0050', date: '2025-03-14' });

const side = (s: 'right' | 'left', peak: number, mean: number, rest: number) => ({
  side: s,
  prominencePeak: peak,
  prominencePeakAt: null,
  restPeak: rest,
  prominenceMean: mean,
  pullN: 1,
});

const METRICS: Metrics = {
  threadCount: { right: 3, left: 2 },
  tractionByRegion: [
    { region: 'malar', side: 'right', forceN: 1.2 },
    { region: 'temple', side: 'left', forceN: 0.4 },
    { region: 'malar', side: 'left', forceN: 0.7 },
    { region: 'malar', side: 'right', forceN: 0.35 },
  ],
  tractionBySide: { right: 1.55, left: 1.1 },
  malarShare: { right: 0.8, left: null },
  resultant: { right: { x: -1, y: -1, magnitudeN: 1.4, elevationDeg: 44.6 }, left: { x: 0, y: 0, magnitudeN: 0, elevationDeg: null } },
  symmetry: 0.734,
  simulation: {
    right: side('right', 0.1234, 0.045, 0.081),
    left: side('left', 0.05, 0.0125, 0),
    peakDisplacementMm: 3,
    peakGathering: 0.1234,
    geometry: 'frontal',
  },
};

/** The squeezed text of the metrics section: from its heading to the next part. */
async function metricsText(metrics: Metrics, language?: 'ru'): Promise<string> {
  const analysis = { ...withFindings(plan, []), metrics };
  const pdf = await buildReport(plan, { analysis, options: language ? { language } : {} });
  const text = squeeze(pdfPages(pdf, { layout: true }).slice(1).join('\n'));
  const words = language ? REPORT_TEXT_RU : T;
  // The heading and its introduction: the word alone also heads the findings summary's columns.
  const from = text.indexOf(squeeze(`${words.metricsTitle} ${words.metricsIntro}`));
  expect(from).toBeGreaterThanOrEqual(0);
  return text.slice(from);
}

describe('the metrics section', () => {
  it('prints each measure with the right side first, then the left', async () => {
    const text = await metricsText(METRICS);
    expect(text).toContain(squeeze(`${T.metricColumns.measure} ${T.metricColumns.right} ${T.metricColumns.left}`));
    expect(text).toContain(squeeze(`${T.metricThreads} 3 2`));
    expect(text).toContain(squeeze(`${T.metricTraction} 1.55 N 1.1 N`));
    // The resultant: newtons and the direction; no pull on the left side, so no direction either.
    // (the right cell wraps: "pointing laterally" is on the line below)
    expect(T.elevation(45)).toBe('45° above the horizontal, pointing laterally');
    expect(text).toContain(squeeze(`${T.metricResultant} 1.4 N, 45° above the horizontal, ${T.noValue} pointing laterally`));
    expect(text).toContain(squeeze(`${T.metricMalar} 80% ${T.noValue}`));
    expect(text).toContain(squeeze(`${T.metricSymmetry}: 73%`));
  });

  it('sums traction by region for each side, in the order regions first appear', async () => {
    const text = await metricsText(METRICS);
    const title = text.indexOf(squeeze(T.metricRegionTitle));
    expect(title).toBeGreaterThan(0);
    const table = text.slice(title);
    expect(table).toContain(squeeze(`${T.metricRegion} ${T.metricColumns.right} ${T.metricColumns.left}`));
    expect(table).toContain(squeeze('Malar (zygomatic) prominence 1.55 N 0.7 N'));
    expect(table).toContain(squeeze('Temple 0 N 0.4 N'));
    expect(table.indexOf('Malar')).toBeLessThan(table.indexOf('Temple'));
  });

  it('prints the simulated gathering in tenths of a percent, peak / mean, with the note', async () => {
    const text = await metricsText(METRICS);
    expect(text).toContain(squeeze(`${T.metricGatheringMalar} 12.3% / 4.5% 5.0% / 1.3%`));
    expect(text).toContain(squeeze(`${T.metricGatheringRest} 8.1% 0.0%`));
    expect(text).toContain(squeeze(T.metricSimulationNote));
  });

  it('leaves out the simulated rows and the note without a simulation, and the region table without traction', async () => {
    const text = await metricsText({ ...METRICS, simulation: null, tractionByRegion: [], symmetry: null });
    expect(text).not.toContain(squeeze(T.metricGatheringMalar));
    expect(text).not.toContain(squeeze(T.metricGatheringRest));
    expect(text).not.toContain(squeeze(T.metricSimulationNote));
    expect(text).not.toContain(squeeze(T.metricRegionTitle));
    expect(text).toContain(squeeze(`${T.metricSymmetry}: ${T.noValue}`));
  });

  it('prints no direction for pulls that cancel out (0 N), though the sum has an angle', async () => {
    const cancelled = { x: 0, y: 0, magnitudeN: 0, elevationDeg: 0 };
    const text = await metricsText({ ...METRICS, resultant: { right: cancelled, left: cancelled } });
    expect(text).toContain(squeeze(`${T.metricResultant} ${T.noValue} ${T.noValue}`));
    // Pulls that cancel but for rounding leave a few pN and no angle (analysis/metrics.ts gives
    // none under 1e-9 N): no direction either, and no "0°".
    const noise = { x: 1e-12, y: 0, magnitudeN: 1e-12, elevationDeg: null };
    const noisy = await metricsText({ ...METRICS, resultant: { right: noise, left: noise } });
    expect(noisy).toContain(squeeze(`${T.metricResultant} ${T.noValue} ${T.noValue}`));
    expect(noisy).not.toContain('0°');
  });

  it('writes the simulated gathering with a decimal comma in Russian', async () => {
    const text = await metricsText(METRICS, 'ru');
    expect(text).toContain(squeeze('12,3% / 4,5% 5,0% / 1,3%'));
    expect(text).not.toContain('12.3%');
  });
});
