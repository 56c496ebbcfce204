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
  /** The tissue answer shown when the current gesture began (see tissueShown). */
  private heldTissue: TissueResult | null = null;

  constructor(
    private readonly analyze: (plan: PlanDocument, simulation: SimulationSummary | null) => AnalysisResult,
    private readonly platform: 'electron' | 'browser',
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
   * The tissue answer a snapshot shows. Design choice (issue 15): during a gesture (a drag) the
   * map and the simulated figures of the analysis stay those from when it began, and the latest
   * answer is shown when it ends. The Worker keeps simulating the latest plan all along, but its
   * answers arrive about once per pointer move; taking each would redraw the whole map and run
   * the analysis a second time per move, for a map that is already a move or two behind the
   * pointer. (A map from before the gesture belongs to the same document: tissueFor.)
   */
  tissueShown(state: EditorState, gestureInProgress: boolean): TissueResult | null {
    const latest = tissueFor(state.plan, state.tissue);
    if (!gestureInProgress) {
      this.heldTissue = latest;
      return latest;
    }
    return tissueFor(state.plan, this.heldTissue) ?? latest;
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
      analysis: this.analysisOf(state.plan, tissue?.summary ?? null),
      tissue,
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
