import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { findThreadType } from '../../../../shared/catalogue/thread-types';
import type { PlanDocument, Thread } from '../../../../shared/plan/types';
import { rgbOf } from '../../../../shared/report/color';
import { ENGLISH_REPORT, reportLanguage } from '../../../../shared/report/report-language';
import { REPORT_PALETTE, severityColor } from '../../../../shared/report/report-style';
import { threadRows } from '../../../../shared/report/thread-table';
import { pointAtLength, polylineLength } from '../../../../shared/geometry/polyline';
import { surfaceLength, surfaceOf } from '../../../../shared/surface';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { finding } from './report-fixture';

/**
 * The thread table's cells, one row per thread: what the PDF prints for each thread (number,
 * side, type, length, depth range, tension, lot) and the colour of its number. Read from the
 * rows themselves, so each cell is checked without building a PDF.
 */

const T = ENGLISH_REPORT.text;
const plan = makeLargePlan(4);
const rowsOf = (p: PlanDocument, findings = [] as Parameters<typeof threadRows>[3]) => threadRows(p, CANONICAL_ATLAS, THREAD_CATALOGUE, findings);
const withThread = (i: number, patch: Partial<Thread>): PlanDocument => ({ ...plan, threads: plan.threads.map((t, k) => (k === i ? { ...t, ...patch } : t)) });
const COLUMN = { number: 0, side: 1, region: 2, type: 3, material: 4, length: 5, gauge: 6, depth: 7, tension: 8, lot: 9 } as const;
const cell = (p: PlanDocument, i: number, column: keyof typeof COLUMN): string => rowsOf(p)[i]!.cells[COLUMN[column]]!;

describe('the thread table', () => {
  it('numbers the threads in plan order and names each side', () => {
    const rows = rowsOf(plan);
    expect(rows.map((r) => r.cells[COLUMN.number])).toEqual(['1', '2', '3', '4']);
    expect(rows.map((r) => r.cells[COLUMN.side])).toEqual(plan.threads.map((t) => T.side[t.side]));
    expect(new Set(rows.map((r) => r.cells[COLUMN.side])).size).toBe(2);
  });

  it('prints a known type by name, material and gauge, and the length on the skin against the thread length', () => {
    const t = plan.threads[0]!;
    const type = findThreadType(THREAD_CATALOGUE, t.typeId)!;
    const onSkin = surfaceLength(surfaceOf(CANONICAL_ATLAS), t.path);
    expect(cell(plan, 0, 'material')).toBe(type.material);
    expect(cell(plan, 0, 'gauge')).toBe(type.gauge);
    expect(cell(plan, 0, 'length')).toBe(`${ENGLISH_REPORT.mm(onSkin, false)} / ${ENGLISH_REPORT.mm(type.lengthMm)}`);
    expect(cell(plan, 0, 'type')).not.toBe(T.unknownType(t.typeId));
  });

  it('says a type is unknown by its id, with no material, gauge or thread length', () => {
    const odd = withThread(1, { typeId: 'no-such-type' });
    const onSkin = surfaceLength(surfaceOf(CANONICAL_ATLAS), odd.threads[1]!.path);
    expect(cell(odd, 1, 'type')).toBe(T.unknownType('no-such-type'));
    expect(cell(odd, 1, 'material')).toBe(T.noValue);
    expect(cell(odd, 1, 'gauge')).toBe(T.noValue);
    expect(cell(odd, 1, 'length')).toBe(ENGLISH_REPORT.mm(onSkin));
  });

  it('prints one depth when every point is at it, else the range over the thread and its points', () => {
    expect(cell(withThread(0, { depthMm: 4, pointDepthsMm: [null, null, null] }), 0, 'depth')).toBe(ENGLISH_REPORT.mm(4));
    expect(cell(withThread(0, { depthMm: 4, pointDepthsMm: [4, null, 4] }), 0, 'depth')).toBe(ENGLISH_REPORT.mm(4));
    expect(cell(withThread(0, { depthMm: 4, pointDepthsMm: [null, 6.5, 3] }), 0, 'depth')).toBe(`${ENGLISH_REPORT.mm(3, false)}–${ENGLISH_REPORT.mm(6.5)}`);
    // The thread's own depth counts even where every point has its own.
    expect(cell(withThread(0, { depthMm: 2, pointDepthsMm: [5, 5, 6] }), 0, 'depth')).toBe(`${ENGLISH_REPORT.mm(2, false)}–${ENGLISH_REPORT.mm(6)}`);
  });

  it('prints the tension in newtons', () => {
    expect(cell(withThread(0, { tensionN: 1.25 }), 0, 'tension')).toBe(ENGLISH_REPORT.newtons(1.25));
  });

  it('prints the lot number and expiry, whichever are known, or a dash', () => {
    const lot = (l: Thread['lot']) => cell(withThread(0, { lot: l }), 0, 'lot');
    expect(lot({ number: 'A-12', expiry: '2027-01-31' })).toBe('A-12 / 2027-01-31');
    expect(lot({ number: 'A-12', expiry: '' })).toBe('A-12');
    expect(lot({ number: '', expiry: '2027-01-31' })).toBe('2027-01-31');
    expect(lot({ number: '', expiry: '' })).toBe(T.noLot);
    expect(lot(null)).toBe(T.noLot);
  });

  it('colours a thread number by its worst finding, else as a barbed or a smooth thread', () => {
    const barbed = plan.threads.findIndex((t) => t.barbed !== null);
    const smooth = plan.threads.findIndex((t) => t.barbed === null);
    expect(barbed).toBeGreaterThanOrEqual(0);
    expect(smooth).toBeGreaterThanOrEqual(0);
    const plain = rowsOf(plan);
    expect(plain[barbed]!.badge).toEqual(rgbOf(REPORT_PALETTE['thread.ok']));
    expect(plain[smooth]!.badge).toEqual(rgbOf(REPORT_PALETTE['thread.smooth']));
    const id = plan.threads[barbed]!.id;
    const flagged = rowsOf(plan, [finding('info', [id], 'A'), finding('critical', [id], 'B')]);
    expect(flagged[barbed]!.badge).toEqual(severityColor('critical'));
    expect(flagged[smooth]!.badge).toEqual(plain[smooth]!.badge);
  });

  it('writes the cells in the report language', () => {
    const ru = reportLanguage('ru');
    const rows = threadRows(withThread(0, { typeId: 'no-such-type', lot: null }), CANONICAL_ATLAS, THREAD_CATALOGUE, [], ru);
    expect(rows[0]!.cells[COLUMN.side]).toBe(ru.text.side[plan.threads[0]!.side]);
    expect(rows[0]!.cells[COLUMN.type]).toBe(ru.text.unknownType('no-such-type'));
    expect(rows[0]!.cells[COLUMN.tension]).toBe(ru.newtons(plan.threads[0]!.tensionN));
    // A lot's expiry is a day like every other in the report: written the language's way.
    const lot = threadRows(withThread(0, { lot: { number: 'A-12', expiry: '2027-01-31' } }), CANONICAL_ATLAS, THREAD_CATALOGUE, [], ru)[0]!.cells[COLUMN.lot];
    expect(lot).toBe(`A-12 / ${ru.day('2027-01-31')}`);
    expect(ru.day('2027-01-31')).not.toBe('2027-01-31');
  });
  it('names the region where the middle of the barbed section lies (the middle of the path for a smooth thread)', () => {
    const t = plan.threads[0]!;
    const total = polylineLength(t.path);
    const region = (patch: Partial<Thread>) => cell(withThread(0, patch), 0, 'region');
    // A smooth thread that is only the stretch named: its region is the one at that stretch's middle.
    const stretch = (from: number, to: number) => region({ barbed: null, path: [pointAtLength(t.path, from), pointAtLength(t.path, to)], pointDepthsMm: [null, null] });
    const nearEntry = region({ barbed: { startMm: 0, endMm: 4 } });
    const nearEnd = region({ barbed: { startMm: total - 4, endMm: total } });
    expect(nearEntry).not.toBe(nearEnd);
    expect(nearEntry).toBe(stretch(1.9, 2.1));
    expect(nearEnd).toBe(stretch(total - 2.1, total - 1.9));
    // Without a barbed section, the middle of the whole path; a section past the end counts up to the end.
    expect(region({ barbed: null })).toBe(stretch(total / 2 - 0.1, total / 2 + 0.1));
    expect(region({ barbed: { startMm: total - 4, endMm: total + 50 } })).toBe(nearEnd);
  });

  it('names the middle of a barbed section, or of a smooth path, even where the far end lies in another region', () => {
    // The third thread runs from the temple over the periorbital area into the malar region.
    const i = 2;
    const t = plan.threads[i]!;
    const total = polylineLength(t.path);
    const at = (patch: Partial<Thread>) => cell(withThread(i, patch), i, 'region');
    const farEnd = at({ barbed: { startMm: total - 2, endMm: total } });
    const middle = at({ barbed: { startMm: total / 2 - 4, endMm: total / 2 + 4 } });
    expect(middle).not.toBe(farEnd);
    expect(at({ barbed: null })).toBe(middle);
    // Barbs from the entry: their middle, near the entry, not the path's middle.
    const entry = at({ barbed: { startMm: 0, endMm: 2 } });
    expect(entry).not.toBe(middle);
    expect(at({ barbed: { startMm: 0, endMm: total / 2 - 6 } })).toBe(entry);
  });
});
