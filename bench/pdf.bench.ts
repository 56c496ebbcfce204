/**
 * PDF export speed and size (issue 4, "Speed"): exporting a generated 50-thread plan takes at
 * most 300 ms median and the file is at most 300 KB.
 *
 * The plan is the analysis benchmark's generated plan (cli/examples/generated.ts). The export is
 * the heaviest one the app offers: every overlay on the diagram, the aftercare handout and the
 * signature block. Each run is a full buildPlanPdf: font parsing and subsetting, the scene,
 * layout of every page and compression; the analysis is computed once beforehand because the
 * app already has it when the user exports.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './run';
import { analyze } from '../shared/analysis';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { THREAD_CATALOGUE } from '../shared/catalogue';
import { REPORT_FONT_FILE, buildPlanPdf } from '../shared/report';
import type { ReportOptions } from '../shared/report/types';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../shared/scene/types';
import { generatedPlan } from '../cli/examples/generated';

const WARMUP = 3;
const ITERATIONS = 15;

export async function run(): Promise<BenchResult[]> {
  const font = new Uint8Array(readFileSync(fileURLToPath(new URL(`../assets/fonts/${REPORT_FONT_FILE}`, import.meta.url))));
  const plan = generatedPlan(50);
  const analysis = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE });
  const layers = Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, true])) as Record<OverlayLayerId, boolean>;
  const options: ReportOptions = { paper: 'a4', anonymize: false, aftercare: true, signature: true, generatedAt: '2025-06-01' };
  const build = () =>
    buildPlanPdf({ plan, atlas: CANONICAL_ATLAS, catalogue: THREAD_CATALOGUE, analysis, layers, font, options });

  for (let i = 0; i < WARMUP; i++) await build();
  const samples: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    bytes = await build();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const p90 = samples[Math.floor(samples.length * 0.9)]!;
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  const kb = bytes.length / 1024;
  const label = `${plan.threads.length} threads, ${analysis.findings.length} findings`;
  return [
    { name: `export PDF (${label}): median`, value: median, unit: 'ms', target: '<= 300 ms median', ok: median <= 300 },
    { name: `export PDF (${label}): p90`, value: p90, unit: 'ms', target: '', ok: null },
    { name: `PDF file size (${pages} pages)`, value: kb, unit: 'KB', target: '<= 300 KB', ok: kb <= 300 },
  ];
}
