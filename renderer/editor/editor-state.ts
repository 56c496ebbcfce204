/**
 * The editor's internal state and how a snapshot is derived from it. Everything here is
 * immutable; the editor replaces the state object on every change. Derived values (analysis,
 * dirty flag, undo availability) are computed, never stored.
 */
import type { SnapTarget } from '../../shared/atlas/snap';
import type { AnalysisResult, Finding } from '../../shared/analysis/types';
import type { Theme } from '../../shared/ipc/contract';
import type { PlanDocument } from '../../shared/plan/types';
import type { OverlayLayerId } from '../../shared/scene/types';
import type { SimulationSummary } from '../../shared/simulation/summary';
import type { TissueResult } from '../simulation/tissue-source';
import type { ViewId } from '../../shared/surface/types';
import type { ConfirmRequest, DocumentFile, EditorPreferences, EditorSnapshot, FileState, Selection, ThreadDraft, ToolId, ViewTransform } from './api';

export interface EditorState {
  readonly plan: PlanDocument;
  /** The plan as last saved or opened; null when the plan was never saved (a recovered copy). */
  readonly savedPlan: PlanDocument | null;
  readonly file: DocumentFile;
  readonly selection: Selection;
  readonly tool: ToolId;
  readonly draft: ThreadDraft | null;
  readonly view: ViewTransform;
  /** Which clinical view of the face the canvas shows (the plan stays in frontal coordinates). */
  readonly faceView: ViewId;
  /** True once the user (or a fit) chose a view; until then the first viewport fits the face. */
  readonly viewChosen: boolean;
  readonly viewport: { readonly width: number; readonly height: number } | null;
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  readonly activeFinding: Finding | null;
  readonly activePoint: { readonly threadId: string; readonly index: number } | null;
  readonly status: EditorSnapshot['status'];
  readonly confirm: ConfirmRequest | null;
  readonly recovery: { readonly text: string } | null;
  readonly theme: Theme;
  readonly language: string;
  readonly helpOpen: boolean;
  readonly legendOpen: boolean;
  readonly snap: boolean;
  /** The landmark or fixation zone the pointer would snap to now (shown on the canvas), or null. */
  readonly snapHint: SnapTarget | null;
  readonly preferences: EditorPreferences;
  /** The latest answer of the tissue simulation (any plan; see tissueFor). */
  readonly tissue: TissueResult | null;
}

/**
 * The simulation answer that belongs with `plan`: one for this very plan, or for an earlier
 * version of the same document (edits keep the plan's meta object; a new or opened document has
 * its own). So while a drag runs ahead of the Worker the map and the rule's evidence lag by a
 * frame or two instead of flickering off, and a plan from another document never borrows them.
 * A plan without threads has nothing to simulate (and is never sent: wantsTissue).
 */
export function tissueFor(plan: PlanDocument, tissue: TissueResult | null): TissueResult | null {
  return tissue && wantsTissue(plan) && (tissue.plan === plan || tissue.plan.meta === plan.meta) ? tissue : null;
}

/**
 * Whether a plan goes to the simulation: only once it has a thread, so a blank plan at start-up
 * does not build the model in the Worker while the first screen draws.
 */
export const wantsTissue = (plan: PlanDocument): boolean => plan.threads.length > 0;


/**
 * During a drag the tissue map takes a new simulation answer at most this often. Project's own
 * design choice: 100 ms (10 map updates a second) keeps the map visibly following the pull
 * while at 60 fps five frames in six draw only the dragged thread; the Worker's answer for a
 * 50-thread plan takes a few milliseconds, so the map is never more than about one interval
 * behind the pointer.
 */
export const TISSUE_MAP_DRAG_INTERVAL_MS = 100;

/** Starting view before the canvas is measured (setViewport then fits the face). */
export const INITIAL_VIEW: ViewTransform = { zoom: 3, panX: 0, panY: 0 };

/** Shallow equality of two records: same keys, identical values. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const ka = Object.keys(a) as (keyof T)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}

/**
 * Builds snapshots, reusing the previous snapshot (and its inner objects) whenever nothing
 * visible changed, so useSyncExternalStore consumers re-render only on real change.
 */
export class SnapshotBuilder {
  private lastPlan: PlanDocument | null = null;
  private lastSummary: SimulationSummary | null = null;
  private lastAnalysis: AnalysisResult | null = null;
  private last: EditorSnapshot | null = null;
  /** The simulated figures the analysis uses during a gesture: those from when it began (see tissueShown). */
  private heldTissue: TissueResult | null = null;
  /** The answer the map shows, and when it was put up (clock ms): during a gesture it is paced. */
  private mapTissue: TissueResult | null = null;
  private mapShownAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly analyze: (plan: PlanDocument, simulation: SimulationSummary | null) => AnalysisResult,
    private readonly platform: 'electron' | 'browser',
    /** Monotonic milliseconds (performance.now in the app; a fake in tests). */
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /**
   * Analysis is memoised per plan object and simulation summary: unchanged plan and no new
   * simulation answer, no re-analysis. (A new answer re-runs analyze(), which costs about 0.1 ms
   * for a drag step at 50 threads, bench/analysis.bench.ts.)
   */
  analysisOf(plan: PlanDocument, simulation: SimulationSummary | null): AnalysisResult {
    if (plan !== this.lastPlan || simulation !== this.lastSummary || this.lastAnalysis === null) {
      this.lastAnalysis = this.analyze(plan, simulation);
      this.lastPlan = plan;
      this.lastSummary = simulation;
    }
    return this.lastAnalysis;
  }

  /**
   * The tissue answers a snapshot shows: `map` for the canvas, `figures` for the analysis.
   *
   * Outside a gesture both are the latest answer for the plan. During a gesture (a drag):
   * - the map follows, but takes a new answer at most once per TISSUE_MAP_DRAG_INTERVAL_MS, so
   *   the map keeps moving with the pull (issue 12: "the map follows at the frame rate it can
   *   hold") while most pointer moves redraw only what the pointer moved (issue 15). The Worker
   *   answers about once per move; redrawing the whole map for each would cost every frame.
   * - the simulated figures of the analysis (cheekbone concentration's evidence, the metrics)
   *   stay those from when the gesture began: a new summary re-runs the plan-level rules, and
   *   the panels that show the figures hold still during a gesture anyway. The latest answer is
   *   used on release.
   * An answer from before the gesture belongs to the same document (tissueFor).
   */
  tissueShown(state: EditorState, gestureInProgress: boolean): { readonly map: TissueResult | null; readonly figures: TissueResult | null } {
    const latest = tissueFor(state.plan, state.tissue);
    if (!gestureInProgress) {
      this.heldTissue = latest;
      this.showMap(latest);
      return { map: latest, figures: latest };
    }
    if (latest !== this.mapTissue && this.mapWaitMs() === 0) this.showMap(latest);
    return { map: tissueFor(state.plan, this.mapTissue) ?? latest, figures: this.figuresFor(state, true) };
  }

  /** The simulated figures the analysis uses for this state (no side effects; see tissueShown). */
  figuresFor(state: EditorState, gestureInProgress: boolean): TissueResult | null {
    const latest = tissueFor(state.plan, state.tissue);
    return gestureInProgress ? (tissueFor(state.plan, this.heldTissue) ?? latest) : latest;
  }

  /**
   * How long until the map may take a newer answer during a gesture (0: now). The core waits
   * this long and rebuilds, so a map that was held back is shown even if the pointer stops.
   */
  mapWaitMs(): number {
    return Math.max(0, this.mapShownAt + TISSUE_MAP_DRAG_INTERVAL_MS - this.clock());
  }

  /** Whether the latest answer for this state is not on the map yet (held back by the pacing). */
  mapBehind(state: EditorState): boolean {
    const latest = tissueFor(state.plan, state.tissue);
    return latest !== null && latest !== this.mapTissue;
  }

  private showMap(tissue: TissueResult | null): void {
    if (tissue === this.mapTissue) return;
    this.mapTissue = tissue;
    this.mapShownAt = this.clock();
  }

  build(state: EditorState, canUndo: boolean, canRedo: boolean, gestureInProgress = false): EditorSnapshot {
    const prev = this.last;
    const dirty = state.plan !== state.savedPlan;
    const tissue = this.tissueShown(state, gestureInProgress);
    const file: FileState =
      prev && prev.file.documentId === state.file.documentId && prev.file.name === state.file.name && prev.file.location === state.file.location && prev.file.dirty === dirty
        ? prev.file
        : { documentId: state.file.documentId, name: state.file.name, location: state.file.location, dirty };
    const next: EditorSnapshot = {
      plan: state.plan,
      analysis: this.analysisOf(state.plan, tissue.figures?.summary ?? null),
      tissue: tissue.map,
      selection: state.selection,
      tool: state.tool,
      draft: state.draft,
      view: state.view,
      faceView: state.faceView,
      layers: state.layers,
      activeFinding: state.activeFinding,
      file,
      canUndo,
      canRedo,
      status: state.status,
      confirm: state.confirm,
      recovery: state.recovery,
      theme: state.theme,
      language: state.language,
      viewport: state.viewport,
      helpOpen: state.helpOpen,
      legendOpen: state.legendOpen,
      snap: state.snap,
      // Only while a placing tool is out with snapping on: switching either off hides the mark.
      snapHint: state.snap && (state.tool === 'thread' || state.tool === 'entry') ? state.snapHint : null,
      activePoint: state.activePoint,
      preferences: state.preferences,
      platform: this.platform,
      gestureInProgress,
    };
    if (prev && shallowEqual(prev, next)) return prev;
    this.last = next;
    return next;
  }
}
