/**
 * Plan loading speed: validatePlan runs in the Electron main process on IPC payloads and
 * parsePlanText on every file open, so both must stay far below a frame.
 */
import type { BenchResult } from './run';
import { parsePlanText, serializePlan, validatePlan, createEmptyPlan } from '../shared/plan';
import type { PlanDocument, Thread } from '../shared/plan/types';

function bigPlan(threads: number, points: number): PlanDocument {
  const base = createEmptyPlan({ title: 'bench' }, '2026-01-01');
  const entry = { id: 'e1', label: 'A', position: { x: -60, y: -10 }, side: 'right' as const };
  const make = (i: number): Thread => ({
    id: `t${i + 1}`, side: 'right', typeId: 'pdo-cog-bi-19g-100', entryPointId: 'e1',
    path: Array.from({ length: points }, (_, k) => ({ x: -60 + k * 0.5, y: -10 + k })),
    depthMm: 5, pointDepthsMm: Array.from({ length: points }, () => null),
    barbed: { startMm: 10, endMm: 20 }, fixationEnd: 'entry', fixationZoneId: null,
    tensionN: 1, lot: null, notes: '',
  });
  return { ...base, entryPoints: [entry], threads: Array.from({ length: threads }, (_, i) => make(i)) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  for (let i = 0; i < 10; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function run(): Promise<BenchResult[]> {
  const plan = bigPlan(200, 20);
  const text = serializePlan(plan);
  const validateMs = time(() => validatePlan(plan), 50);
  const parseMs = time(() => parsePlanText(text), 30);
  return [
    { name: 'validatePlan, 200 threads x 20 points (median)', value: validateMs, unit: 'ms', target: '< 5 ms (design)', ok: validateMs < 5 },
    { name: `parsePlanText, 200 threads (${(text.length / 1024).toFixed(0)} KB, median)`, value: parseMs, unit: 'ms', target: '< 16.7 ms (a frame)', ok: parseMs < 16.7 },
  ];
}
