import type { Atlas } from '../../../../shared/atlas/types';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../../../shared/analysis';
import type { AnalysisResult, Finding } from '../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { ThreadType } from '../../../../shared/catalogue/types';
import type { PlanDocument } from '../../../../shared/plan/types';
import { REPORT_FONT_FILE, buildPlanPdf } from '../../../../shared/report';
import type { ReportOptions, ReportRecord } from '../../../../shared/report/types';
import type { OverlayLayerId } from '../../../../shared/scene/types';

/** Shared set-up for the report tests: the real font, atlas, catalogue and analysis. */

export const FONT = new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../assets/fonts/${REPORT_FONT_FILE}`, import.meta.url))));

export const NO_OVERLAYS: Record<OverlayLayerId, boolean> = {
  regions: false,
  muscles: false,
  'danger-zones': false,
  fixation: false,
  'fixed-mobile-line': false,
  tissue: false,
};

export const ALL_OVERLAYS: Record<OverlayLayerId, boolean> = {
  regions: true,
  muscles: true,
  'danger-zones': true,
  fixation: true,
  'fixed-mobile-line': true,
  // The simulated tissue map has its own report test (tissue-map.test.ts); the golden PDF keeps
  // the atlas overlays only.
  tissue: false,
};

export const DEFAULT_OPTIONS: ReportOptions = {
  paper: 'a4',
  anonymize: false,
  aftercare: false,
  signature: false,
  generatedAt: '2025-06-01',
};

export interface BuildArgs {
  /** The canonical atlas when omitted. */
  atlas?: Atlas;
  /** The built-in catalogue when omitted (the analysis uses the same). */
  catalogue?: readonly ThreadType[];
  analysis?: AnalysisResult;
  layers?: Record<OverlayLayerId, boolean>;
  options?: Partial<ReportOptions>;
  record?: ReportRecord;
}

export function buildReport(plan: PlanDocument, args: BuildArgs = {}): Promise<Uint8Array> {
  return buildPlanPdf({
    plan,
    atlas: args.atlas ?? CANONICAL_ATLAS,
    catalogue: args.catalogue ?? THREAD_CATALOGUE,
    analysis: args.analysis ?? analyze(plan, CANONICAL_ATLAS, { catalogue: args.catalogue ?? THREAD_CATALOGUE }),
    layers: args.layers ?? ALL_OVERLAYS,
    font: FONT,
    options: { ...DEFAULT_OPTIONS, ...args.options },
    record: args.record,
  });
}

/** The real analysis of `plan` with its findings replaced, to control the colours on the diagram. */
export function withFindings(plan: PlanDocument, findings: readonly Finding[]): AnalysisResult {
  return { ...analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }), findings };
}

export function finding(severity: Finding['severity'], threadIds: readonly string[], title: string): Finding {
  return {
    rule: 'crowding',
    severity,
    title,
    message: `Explanation for ${title}.`,
    fix: `Fix for ${title}.`,
    threads: threadIds,
    location: null,
    side: null,
  };
}

/** Whitespace-free text, so wrapped lines still match a sentence. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/**
 * `plan` with one thread type and three kinds of lot, for the product summary: threads 1-2 from
 * an in-date lot, 3-4 from one that expired before the plan's date (give it a date after
 * 2025-02-28), the rest with none.
 */
export function withLots(plan: PlanDocument): PlanDocument {
  return {
    ...plan,
    threads: plan.threads.map((t, i) => ({
      ...t,
      typeId: 'pdo-cog-bi-19g-100',
      lot: i < 2 ? { number: 'GOOD-1', expiry: '2026-01-31' } : i < 4 ? { number: 'OLD-7', expiry: '2025-02-28' } : null,
    })),
  };
}
