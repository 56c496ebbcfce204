import { worstSeverityByThread } from '../analysis/findings';
import type { Finding, Severity } from '../analysis/types';
import type { Atlas } from '../atlas/types';
import { indexAtlas, regionAt } from '../atlas/queries';
import { threadTypeName } from '../catalogue/names';
import { findThreadType } from '../catalogue/thread-types';
import type { ThreadType } from '../catalogue/types';
import { pointAtLength, polylineLength } from '../geometry/polyline';
import type { PlanDocument, Thread } from '../plan/types';
import { surfaceLength, surfaceOf } from '../surface';
import { isSmoothThread } from '../scene/layers/threads';
import type { Rgb } from './color';
import { rgbOf } from './color';
import type { Flow } from './flow';
import { GAP, INK, REPORT_PALETTE, TYPE, severityColor } from './report-style';
import { ENGLISH_REPORT, type ReportLanguage } from './report-language';
import type { ReportText } from './report-strings';
import type { TableColumn, TableRow } from './table';
import { drawTable } from './table';

/**
 * The thread table: one row per thread in plan order, numbered as on the diagram, with the
 * number in the colour the diagram gives the thread.
 */

const columns = (T: ReportText): readonly TableColumn[] => [
  { header: T.columns.number, weight: 0.45 },
  { header: T.columns.side, weight: 0.7 },
  { header: T.columns.region, weight: 1.5 },
  { header: T.columns.type, weight: 1.85 },
  { header: T.columns.material, weight: 1.1 },
  { header: T.columns.length, weight: 1.3, align: 'right' },
  { header: T.columns.gauge, weight: 0.75 },
  { header: T.columns.depth, weight: 1.0, align: 'right' },
  { header: T.columns.tension, weight: 0.8, align: 'right' },
  { header: T.columns.lot, weight: 1.45 },
];

/** The region the thread works on: where the middle of its barbed section (or of its path) lies. */
function regionName(thread: Thread, atlas: Atlas, language: ReportLanguage): string {
  const total = polylineLength(thread.path);
  const mid = thread.barbed
    ? (Math.min(thread.barbed.startMm, total) + Math.min(thread.barbed.endMm, total)) / 2
    : total / 2;
  const region = regionAt(indexAtlas(atlas), pointAtLength(thread.path, mid));
  // The side has its own column.
  return region ? language.regionName(region.kind) : language.text.outsideRegions;
}

function depthText(thread: Thread, language: ReportLanguage): string {
  const depths = thread.pointDepthsMm.map((d) => d ?? thread.depthMm);
  const min = Math.min(thread.depthMm, ...depths);
  const max = Math.max(thread.depthMm, ...depths);
  return min === max ? language.mm(min) : `${language.mm(min, false)}–${language.mm(max)}`;
}

function threadColor(thread: Thread, severity: Severity | undefined, catalogue: readonly ThreadType[]): Rgb {
  if (severity) return severityColor(severity);
  return rgbOf(REPORT_PALETTE[isSmoothThread(thread, catalogue) ? 'thread.smooth' : 'thread.ok']);
}

export function threadRows(
  plan: PlanDocument,
  atlas: Atlas,
  catalogue: readonly ThreadType[],
  findings: readonly Finding[],
  language: ReportLanguage = ENGLISH_REPORT,
): TableRow[] {
  const T = language.text;
  const severity = worstSeverityByThread(findings);
  const surface = surfaceOf(atlas);
  return plan.threads.map((t, i) => {
    const type = findThreadType(catalogue, t.typeId);
    // On the skin: the length of thread the path takes (what the analysis compares too).
    const length = surfaceLength(surface, t.path);
    // (the expiry as the report's language writes a day, like every other date in it)
    const lot = t.lot && (t.lot.number || t.lot.expiry) ? [t.lot.number, t.lot.expiry && language.day(t.lot.expiry)].filter(Boolean).join(' / ') : T.noLot;
    return {
      badge: threadColor(t, severity.get(t.id), catalogue),
      cells: [
        String(i + 1),
        T.side[t.side],
        regionName(t, atlas, language),
        type ? threadTypeName(type, language.locale) : T.unknownType(t.typeId),
        type ? type.material : T.noValue,
        type ? `${language.mm(length, false)} / ${language.mm(type.lengthMm)}` : language.mm(length),
        type ? type.gauge : T.noValue,
        depthText(t, language),
        language.newtons(t.tensionN),
        lot,
      ],
    };
  });
}

export function drawThreadSection(
  flow: Flow,
  input: { plan: PlanDocument; atlas: Atlas; catalogue: readonly ThreadType[]; findings: readonly Finding[]; showNotes: boolean },
): void {
  const T = flow.language.text;
  flow.heading(T.threadsTitle);
  if (input.plan.threads.length === 0) {
    flow.paragraph(T.threadsNone, { color: INK.muted });
    return;
  }
  drawTable(flow, columns(T), threadRows(input.plan, input.atlas, input.catalogue, input.findings, flow.language));
  if (!input.showNotes) return;
  const notes = input.plan.threads
    .map((t, i) => ({ n: i + 1, text: t.notes.trim() }))
    .filter((x) => x.text !== '');
  if (notes.length === 0) return;
  flow.gap(GAP.paragraph + 2);
  flow.paragraph(T.threadNotes, { size: TYPE.h3, bold: true });
  for (const note of notes) flow.paragraph(`${note.n}. ${note.text}`, { size: TYPE.table, indent: 6 });
}
