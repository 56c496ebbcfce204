import { OVERLAY_LAYERS, type OverlayLayerId } from '../../shared/scene/types';
/**
 * The presenter view's steps, as pure data: step 0 shows the face and the entry points, step k
 * (1..n) reveals threads 1..k in plan order (the order the findings number them) and puts
 * thread k and its findings in front; the last step adds the findings about the whole plan.
 */
import type { AnalysisResult, Finding } from '../../shared/analysis/types';
import type { PlanDocument, Thread } from '../../shared/plan/types';

export interface PresenterStep {
  /** 0 = no thread yet; k = threads 1..k shown. */
  readonly index: number;
  /** Number of steps after the overview (the thread count). */
  readonly last: number;
  /** The plan with only the revealed threads (all entry points stay, they are the map). */
  readonly plan: PlanDocument;
  /** Findings that concern revealed threads only, so a thread wears its colour from the start. */
  readonly analysis: AnalysisResult;
  /** The thread revealed at this step (null at the overview). */
  readonly thread: Thread | null;
  /** Findings naming the thread revealed at this step; on the last step, also whole-plan ones. */
  readonly findings: readonly Finding[];
}

export const clampStep = (index: number, plan: PlanDocument): number => Math.max(0, Math.min(plan.threads.length, Math.round(index)));

export function presenterStep(plan: PlanDocument, analysis: AnalysisResult, index: number): PresenterStep {
  const k = clampStep(index, plan);
  const shown = plan.threads.slice(0, k);
  const shownIds = new Set(shown.map((t) => t.id));
  const thread = k > 0 ? plan.threads[k - 1]! : null;
  const last = plan.threads.length;
  const revealed = (f: Finding) => f.threads.length > 0 && f.threads.every((id) => shownIds.has(id));
  const findings = analysis.findings.filter(
    (f) => (thread !== null && f.threads.includes(thread.id)) || (k === last && f.threads.length === 0),
  );
  return {
    index: k,
    last,
    plan: k === last ? plan : { ...plan, threads: shown },
    analysis: { metrics: analysis.metrics, findings: analysis.findings.filter((f) => revealed(f) || (k === last && f.threads.length === 0)) },
    thread,
    findings,
  };
}

/** The step a key leads to (→/Space/PageDown next, ←/Backspace/PageUp previous, Home, End), or null. */
export function stepForKey(key: string, current: number, last: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
    case 'Enter':
      return Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
    case 'PageUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * The overlay a digit key switches in the presenter (1-5, in the order of the designer's View
 * menu), or null: so the trainer can show the cheekbone, the fixation zone or the danger zone
 * behind a teaching point without leaving the presentation.
 */
export function overlayForKey(key: string): OverlayLayerId | null {
  const n = /^[1-9]$/.test(key) ? Number(key) : 0;
  return PRESENTER_OVERLAYS[n - 1] ?? null;
}

/** The atlas overlays the presenter offers (the tissue map needs a simulation the presenter does not run). */
export const PRESENTER_OVERLAYS: readonly OverlayLayerId[] = OVERLAY_LAYERS.filter((l) => l !== 'tissue');
