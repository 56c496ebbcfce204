import { FIRST_REVISION } from '../../../../shared/plan/factory';
import type { AnalysisResult, Finding } from '../../../../shared/analysis/types';
import type { Atlas } from '../../../../shared/atlas/types';
import type { ThreadType } from '../../../../shared/catalogue/types';
import type { PlanDocument, Thread } from '../../../../shared/plan/types';

/**
 * A tiny hand-made atlas and plan: enough structure for every scene layer, small enough that
 * each test can reason about exact coordinates. (The canonical atlas is tested by its owner.)
 */
const square = (cx: number, cy: number, r: number) => [
  { x: cx - r, y: cy - r },
  { x: cx + r, y: cy - r },
  { x: cx + r, y: cy + r },
  { x: cx - r, y: cy + r },
];

export const tinyAtlas: Atlas = {
  id: 'tiny',
  version: 1,
  description: 'test atlas',
  bounds: { minX: -80, minY: -90, maxX: 80, maxY: 110 },
  landmarks: {},
  drawing: [
    { id: 'outline', part: 'outline', points: [{ x: -60, y: -80 }, { x: 60, y: -80 }, { x: 50, y: 90 }, { x: -50, y: 90 }], closed: true, smooth: true, filled: true },
    { id: 'iris-l', part: 'iris', points: square(32, 0, 4), closed: true, smooth: true, filled: true },
    { id: 'brow-l', part: 'brow', points: [{ x: 20, y: -15 }, { x: 45, y: -18 }], closed: false, smooth: false, filled: false },
  ],
  regions: [
    { id: 'malar-left', kind: 'malar', side: 'left', name: 'Left malar', area: 'midface', outline: square(40, 25, 10), tissue: { skinMm: 1.5, fatMm: 5, smasMm: 1 }, source: 'test' },
  ],
  muscles: [
    { id: 'zmaj-left', kind: 'zygomaticus-major', side: 'left', name: 'Zygomaticus major', outline: square(35, 40, 6), action: { from: { x: 30, y: 50 }, to: { x: 45, y: 25 } }, ring: false, mobility: 'high', source: 'test' },
  ],
  dangerZones: [
    { id: 'facial-artery-left', kind: 'facial-artery', structure: 'artery', side: 'left', name: 'Facial artery', outline: square(25, 55, 5), course: [{ x: 25, y: 45 }, { x: 25, y: 65 }], layer: 'subcutaneous', depthFromMm: 4, source: 'test' },
  ],
  fixationZones: [
    { id: 'dtf-left', kind: 'deep-temporal-fascia', side: 'left', name: 'Deep temporal fascia', outline: square(62, -20, 6), layer: 'deep-fascia', usedFor: 'test threads', source: 'test' },
  ],
  ligaments: [{ id: 'zyg-lig-left', name: 'Zygomatic ligament', side: 'left', centre: { x: 48, y: 15 }, radiusMm: 3, source: 'test' }],
  fixedMobileLine: {
    right: [{ x: -48, y: -10 }, { x: -48, y: 60 }],
    left: [{ x: 48, y: -10 }, { x: 48, y: 60 }],
  },
};

export const cog: ThreadType = {
  id: 'cog', name: 'Cog', material: 'PDO', configuration: 'cog-bi', barbStyle: 'cut', coneCount: null,
  lengthMm: 100, minPathMm: 0, gauge: '19G', usp: '1-0', absorptionMonths: 6, layer: 'subcutaneous',
  purpose: 'lifting', holdingForceN: 1.9, defaultDepthMm: 5, source: 'test',
};
export const mono: ThreadType = { ...cog, id: 'mono', name: 'Mono', configuration: 'mono', barbStyle: null, purpose: 'tightening', holdingForceN: 0.2 };
export const tinyCatalogue: readonly ThreadType[] = [cog, mono];

export function thread(id: string, over: Partial<Thread> = {}): Thread {
  return {
    id,
    side: 'left',
    typeId: 'cog',
    entryPointId: 'e1',
    // Entry low on the cheek, running up and out to the temple: fixation at the far end.
    path: [{ x: 20, y: 40 }, { x: 40, y: 10 }, { x: 60, y: -20 }],
    depthMm: 5,
    pointDepthsMm: [null, null, null],
    barbed: { startMm: 5, endMm: 40 },
    fixationEnd: 'distal',
    fixationZoneId: 'dtf-left',
    tensionN: 2,
    lot: null,
    notes: '',
    ...over,
  };
}

export function plan(threads: readonly Thread[]): PlanDocument {
  return {
    format: 'vectorlift-plan',
    schemaVersion: 3,
    meta: { title: 't', date: '2024-01-01', practitioner: '', patientId: '', ageBand: null, skinThickness: 'normal', saggingGrade: null, notes: '' },
    entryPoints: [
      { id: 'e1', label: 'A', position: { x: 20, y: 40 }, side: 'left' },
      { id: 'e2', label: '', position: { x: -20, y: 40 }, side: 'right' },
    ],
    threads,
    photos: [],
    photoScale: null,
    ...FIRST_REVISION,
  };
}

export function finding(rule: Finding['rule'], severity: Finding['severity'], threads: readonly string[], location: Finding['location'] = null): Finding {
  return { rule, severity, title: rule, message: '', fix: '', threads, location, side: 'left' };
}

export function analysis(findings: readonly Finding[]): AnalysisResult {
  const empty = { x: 0, y: 0, magnitudeN: 0, elevationDeg: null };
  return {
    findings,
    metrics: {
      threadCount: { right: 0, left: 0 },
      tractionByRegion: [],
      tractionBySide: { right: 0, left: 0 },
      malarShare: { right: null, left: null },
    simulation: null,
      resultant: { right: empty, left: empty },
      symmetry: null,
    },
  };
}

export const allLayersOn = { regions: true, muscles: true, 'danger-zones': true, fixation: true, 'fixed-mobile-line': true, tissue: true };
export const allLayersOff = { regions: false, muscles: false, 'danger-zones': false, fixation: false, 'fixed-mobile-line': false, tissue: false };
