/**
 * Opening a training case and rendering both sides (issue 5: at most 500 ms in the browser
 * edition). This measures the pure part, everything except fetching the files and drawing:
 * parse case.json and both plans, analyze both designs, compare them (what the compare view
 * lists) and build both scenes. Fetching three small local files and Konva drawing come on top.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../shared/analysis';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { THREAD_CATALOGUE } from '../shared/catalogue';
import { parsePlanText, type PlanDocument } from '../shared/plan';
import { buildScene } from '../shared/scene';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../shared/scene/types';
import { diffPlans, parseCaseText } from '../shared/training';
import type { BenchResult } from './run';

const CASES_DIR = fileURLToPath(new URL('../assets/cases/', import.meta.url));
const TARGET_MS = 500;
const knownThreadTypeIds = new Set(THREAD_CATALOGUE.map((t) => t.id));
/** Every overlay shown: the most the compare view can be asked to draw. */
const LAYERS = Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, true])) as Record<OverlayLayerId, boolean>;

interface CaseTexts {
  readonly id: string;
  readonly caseText: string;
  readonly poorText: string;
  readonly correctedText: string;
}

function readCases(): CaseTexts[] {
  const ids = readdirSync(CASES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return ids.map((id) => {
    const read = (name: string): string => readFileSync(join(CASES_DIR, id, name), 'utf8');
    return { id, caseText: read('case.json'), poorText: read('poor.vlift'), correctedText: read('corrected.vlift') };
  });
}

function plan(text: string): PlanDocument {
  const parsed = parsePlanText(text, { knownThreadTypeIds });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.plan;
}

/** Everything pure between "the files are here" and "draw these two scenes". */
function openCase(texts: CaseTexts): number {
  const parsed = parseCaseText(texts.caseText);
  if (!parsed.ok) throw new Error(`${texts.id}: ${parsed.error.message}`);
  const poor = plan(texts.poorText);
  const corrected = plan(texts.correctedText);
  const before = analyze(poor, CANONICAL_ATLAS);
  const after = analyze(corrected, CANONICAL_ATLAS);
  const diff = diffPlans(poor, corrected, CANONICAL_ATLAS, { analysis: { before, after } });
  const scenes = [
    buildScene({ plan: poor, atlas: CANONICAL_ATLAS, analysis: before, layers: LAYERS, catalogue: THREAD_CATALOGUE }),
    buildScene({ plan: corrected, atlas: CANONICAL_ATLAS, analysis: after, layers: LAYERS, catalogue: THREAD_CATALOGUE }),
  ];
  // Use the results so no engine can skip the work.
  return scenes.reduce((n, s) => n + s.layers.length, 0) + diff.findingsResolved.length;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<BenchResult[]> {
  const cases = readCases();
  // The first open in a fresh process also builds the atlas index and the cached face layers.
  const t0 = performance.now();
  openCase(cases[0]!);
  const coldMs = performance.now() - t0;

  const perCase: number[] = [];
  for (const c of cases) {
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) openCase(c);
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      openCase(c);
      samples.push(performance.now() - start);
    }
    perCase.push(median(samples));
  }
  const typical = median(perCase);
  const worst = Math.max(...perCase);
  const target = `<= ${TARGET_MS} ms (whole open, browser)`;
  return [
    { name: `open a training case, first in process (${cases[0]!.id})`, value: coldMs, unit: 'ms', target, ok: coldMs <= TARGET_MS },
    { name: `open a training case, median over ${cases.length} cases`, value: typical, unit: 'ms', target, ok: typical <= TARGET_MS },
    { name: 'open a training case, slowest case (its median)', value: worst, unit: 'ms', target, ok: worst <= TARGET_MS },
  ];
}
