import type { Atlas } from '../atlas/types';
import { threadTypeName } from '../catalogue/names';
import { findThreadType } from '../catalogue/thread-types';
import type { ThreadType } from '../catalogue/types';
import type { PlanDocument } from '../plan/types';
import { entryPointCaptions } from '../scene/numbering';
import { frankfortWords, pointMarkText, surfaceOf, threadMarks } from '../surface';
import type { Flow } from './flow';
import { GAP, INK, LEADING, TYPE } from './report-style';
import { ENGLISH_REPORT, type ReportLanguage } from './report-language';
import { drawTable, type TableColumn, type TableRow } from './table';

/**
 * The marking sheet: what the practitioner needs at the chair to mark the plan on the skin with a
 * ruler and a skin pen (issue 9; shared/surface/marks.ts, docs/atlas.md "Marks for the skin").
 * The two oblique views, where the temple and pre-auricular work can be seen, then one small
 * table per thread: the entry and far-end marks as skin distances from named landmarks, the
 * length on the skin, the barbed section from the entry and the direction to the Frankfort
 * horizontal.
 */

const COLUMNS = (header: string, detail: string): TableColumn[] => [
  { header, weight: 1.25 },
  { header: detail, weight: 4 },
];

/** Draws the oblique views into the given height at the top of the sheet (a hook, so the views can come from the scene back-end). */
export type DrawViews = (flow: Flow, height: number) => void;

export interface MarkingSheetInput {
  readonly plan: PlanDocument;
  readonly atlas: Atlas;
  readonly catalogue: readonly ThreadType[];
  /** The oblique views at the top of the sheet; none when not given. */
  readonly drawViews?: DrawViews;
}

/**
 * Threads marked in full. DESIGN CHOICE: a full face and neck uses 10-40 threads (plan/limits.ts),
 * so every real plan is marked completely, in about six pages; a larger plan needs redesigning
 * rather than marking, and `vectorlift analyze --json` gives the marks of every thread.
 */
export const PDF_MARKED_THREADS = 40;

/**
 * Height of the oblique views on the sheet, points. DESIGN CHOICE: 320 pt (about 45% of an A4
 * or Letter page's content) lets a cropped view of a whole side (brow to neck) print its labels
 * at ENTRY_CAPTION_MIN_PT without the labels burying the face, and still leaves room for two
 * thread tables under it; the sheet of the 1-200 thread plans takes no more pages than at 250 pt.
 */
export const MARKING_VIEWS_HEIGHT = 320;

export function markingRows(
  plan: PlanDocument,
  atlas: Atlas,
  catalogue: readonly ThreadType[],
  language: ReportLanguage = ENGLISH_REPORT,
): { header: [string, string]; rows: TableRow[] }[] {
  const surface = surfaceOf(atlas);
  const T = language.text.marking;
  const formatMm = language.mm;
  const captions = entryPointCaptions(plan);
  return plan.threads.map((thread, i) => {
    const marks = threadMarks(surface, thread);
    const type = findThreadType(catalogue, thread.typeId);
    const entryName = captions.get(thread.entryPointId) ?? null;
    const length = type ? T.lengthWithThread(formatMm(marks.surfaceLengthMm), formatMm(type.lengthMm)) : formatMm(marks.surfaceLengthMm);
    const rows: TableRow[] = [
      { cells: [thread.fixationEnd === 'entry' ? T.entryFixation(entryName) : T.entry(entryName), pointMarkText(marks.entry, language.locale)] },
      { cells: [thread.fixationEnd === 'distal' ? T.distalFixation : T.distal, pointMarkText(marks.distal, language.locale)] },
      { cells: [T.length, length] },
      {
        cells: [
          T.barbs,
          marks.barbedFromEntryMm === null
            ? T.smooth
            : T.barbsRange(formatMm(marks.barbedFromEntryMm.startMm, false), formatMm(marks.barbedFromEntryMm.endMm)),
        ],
      },
      { cells: [T.direction, frankfortWords(marks.frankfortAngleDeg, language.locale)] },
    ];
    const detail = [T.side[thread.side], type ? threadTypeName(type, language.locale) : language.text.unknownType(thread.typeId)].join(' · ');
    return { header: [T.thread(i + 1), detail], rows };
  });
}

export function drawMarkingSheet(flow: Flow, input: MarkingSheetInput): void {
  const T = flow.language.text.marking;
  flow.newPage();
  flow.heading(T.title);
  flow.paragraph(T.intro, { size: TYPE.small, color: INK.muted });
  flow.gap(GAP.paragraph);
  if (input.drawViews && input.plan.threads.length > 0) {
    flow.ensure(MARKING_VIEWS_HEIGHT);
    input.drawViews(flow, MARKING_VIEWS_HEIGHT);
    flow.advance(MARKING_VIEWS_HEIGHT);
    flow.gap(GAP.paragraph);
  }
  if (input.plan.threads.length === 0) {
    flow.paragraph(flow.language.text.threadsNone, { color: INK.muted });
    return;
  }
  const marked = input.plan.threads.length > PDF_MARKED_THREADS ? { ...input.plan, threads: input.plan.threads.slice(0, PDF_MARKED_THREADS) } : input.plan;
  for (const { header, rows } of markingRows(marked, input.atlas, input.catalogue, flow.language)) {
    // Keep a thread's table on one page: header plus five rows of one or two lines.
    flow.ensure(TYPE.table * LEADING * 9 + 20);
    drawTable(flow, COLUMNS(header[0], header[1]), rows);
    flow.gap(GAP.paragraph);
  }
  const more = input.plan.threads.length - marked.threads.length;
  if (more > 0) flow.paragraph(T.more(more), { color: INK.muted });
}
