/**
 * The editor core: holds the state, the history and the active tool state, and turns input,
 * commands and panel edits into new immutable states. No React, no Konva, no DOM: the views
 * read snapshots (useSyncExternalStore) and call the Editor methods; the host is reached only
 * through the bridge (file operations live in files.ts).
 */
import type { AnalysisResult, Finding } from '../../shared/analysis/types';
import type { Atlas } from '../../shared/atlas/types';
import { viewBounds } from '../../shared/scene/view-outline';
import type { ViewId } from '../../shared/surface/types';
import type { ThreadType } from '../../shared/catalogue/types';
import type { FaceBounds, StagePoint } from '../../shared/geometry/types';
import type { Theme, VectorLiftBridge } from '../../shared/ipc/contract';
import { snapPoint, snapTargets, type SnapTarget } from '../../shared/atlas/snap';
import { exceededCapacity } from '../../shared/plan/capacity';
import { MAX_FINAL_REVISIONS } from '../../shared/plan/limits';
import { markFinal, reviseIfFinal } from '../../shared/plan/revisions';
import type { EntryPoint, PhotoScale, PlanDocument, PlanMeta, PlanPhoto, SignOff, Thread } from '../../shared/plan/types';
import type { OverlayLayerId } from '../../shared/scene/types';
import type { SimulationSummary } from '../../shared/simulation/summary';
import type { TissueSource } from '../simulation/tissue-source';
import { applyLanguage, isUntitledName, t } from '../i18n';
import type {
  CommandInfo,
  ConfirmRequest,
  EditorPreferences,
  EditorSnapshot,
  PdfExport,
  KeyInput,
  PointerInput,
  Selection,
  ToolId,
  ViewTransform,
} from './api';
import { ALL_COMMANDS, COMMANDS_BY_ID, type Command, type CommandContext } from './commands';
import type { ConfirmHandlers } from './commands/types';
import { type EditorState, SnapshotBuilder, shallowEqual, tissueFor, wantsTissue } from './editor-state';
import { History } from './history';
import { TissueRequests } from './tissue-requests';
import * as ops from './plan-ops';
import { createStore, type Store } from './store';
import { TOOLS, type ToolState } from './tools';
import { fitBounds, panBy, sameView, zoomBy } from './view-transform';

export interface CoreOptions {
  readonly bridge: VectorLiftBridge;
  readonly atlas: Atlas;
  readonly catalogue: readonly ThreadType[];
  readonly analyze: (plan: PlanDocument, atlas: Atlas, simulation: SimulationSummary | null) => AnalysisResult;
  /** The live tissue simulation (a Worker in the app); without it there is no map and no simulated evidence. */
  readonly tissue?: TissueSource;
  readonly sideAt: ops.OpsContext['sideAt'];
  readonly fixationZoneAt: ops.OpsContext['fixationZoneAt'];
  /** Builds the PDF report for a snapshot (null: the user cancelled); absent until the PDF module is wired in. */
  readonly exportPdf?: (snapshot: EditorSnapshot) => Promise<PdfExport | null>;
  readonly historyLimit?: number;
  /** Shortcut text style: macOS symbols or Ctrl+... */
  readonly mac?: boolean;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => b[i] === id);
const sameSelection = (a: Selection, b: Selection): boolean => sameIds(a.threadIds, b.threadIds) && sameIds(a.entryPointIds, b.entryPointIds);

/** Two findings are "the same" across edits when rule, threads and side match. */
const sameFinding = (a: Finding, b: Finding): boolean =>
  a.rule === b.rule && a.side === b.side && sameIds(a.threads, b.threads);

export class EditorCore implements CommandContext {
  readonly store: Store<EditorSnapshot>;
  private current: EditorState;
  readonly history: History;
  private toolState: ToolState;
  private readonly builder: SnapshotBuilder;
  private pending: ConfirmHandlers | null = null;
  private commandCache: { snapshot: EditorSnapshot; infos: readonly CommandInfo[] } | null = null;
  private readonly stateListeners = new Set<(state: EditorState, previous: EditorState) => void>();
  /** Plans for the simulation: at once, or during a drag once per map turn (tissue-requests.ts). */
  private readonly tissueRequests: TissueRequests;
  readonly ops: ops.OpsContext;
  /** The public editor; set by create-editor.ts once assembled. */
  editor!: CommandContext['editor'];

  constructor(
    initial: EditorState,
    readonly options: CoreOptions,
  ) {
    this.current = initial;
    this.history = new History(options.historyLimit);
    this.builder = new SnapshotBuilder((plan, simulation) => options.analyze(plan, options.atlas, simulation), options.bridge.platform);
    this.store = createStore(this.builder.build(initial, false, false));
    // The view shown goes along: in a turned view the Worker builds the map's bands in it too.
    this.tissueRequests = new TissueRequests((plan) => options.tissue?.request(plan, this.current.faceView));
    this.toolState = TOOLS[initial.tool].idle();
    const preferredType = (): string => this.current.preferences.defaultThreadTypeId;
    this.ops = {
      catalogue: options.catalogue,
      get defaultThreadTypeId() {
        return preferredType();
      },
      sideAt: options.sideAt,
      fixationZoneAt: options.fixationZoneAt,
    };
  }

  // -------------------------------------------------------------------------------------------
  // State

  get state(): EditorState {
    return this.current;
  }

  get snapshot(): EditorSnapshot {
    return this.store.get();
  }

  /** The diagram's extent in the view shown (zoom to fit, first fit). */
  get faceBounds(): FaceBounds {
    return viewBounds(this.options.atlas, this.current.faceView);
  }

  get canExportPdf(): boolean {
    return this.options.exportPdf !== undefined;
  }

  /** Name of the active tool state, e.g. 'thread.drawing' (tests, debugging). */
  get toolStateName(): string {
    return this.toolState.name;
  }

  /** Called after every state change with the new and previous state (files.ts watches dirty). */
  onStateChange(listener: (state: EditorState, previous: EditorState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Replace part of the state; publishes a new snapshot only if something changed. */
  set(patch: Partial<EditorState>): void {
    // An equal selection keeps its old object, so "select what is selected" changes nothing.
    if (patch.selection && patch.selection !== this.current.selection && sameSelection(patch.selection, this.current.selection)) {
      patch = { ...patch, selection: this.current.selection };
    }
    const next = { ...this.current, ...patch };
    if (shallowEqual(next, this.current)) return;
    const previous = this.current;
    this.current = next;
    // Every new plan goes to the simulation (latest wins: a drag never queues work), during a
    // drag paced to the map's turns.
    if (next.tissue !== previous.tissue && next.tissue !== null) this.tissueRequests.answered(next.tissue.plan);
    if (next.plan !== previous.plan && wantsTissue(next.plan)) this.tissueRequests.request(next.plan, this.history.inGesture, this.builder.mapWaitMs());
    this.publish();
    for (const listener of [...this.stateListeners]) listener(next, previous);
  }

  /** Rebuild the snapshot (history flags change without a state change, e.g. at commit). */
  publish(): void {
    this.store.set(this.builder.build(this.current, this.history.canUndo, this.history.canRedo, this.history.inGesture));
    this.scheduleHeldMap();
  }

  /** A map answer held back by the drag pacing (SnapshotBuilder.tissueShown) is shown when its turn comes, moving or not. */
  private mapTimer: ReturnType<typeof setTimeout> | null = null;
  private scheduleHeldMap(): void {
    if (this.mapTimer !== null || !this.history.inGesture || !this.builder.mapBehind(this.current)) return;
    this.mapTimer = setTimeout(() => {
      this.mapTimer = null;
      if (this.history.inGesture) this.publish();
    }, this.builder.mapWaitMs());
  }

  analysisOf(plan: PlanDocument): AnalysisResult {
    // The simulated figures the analysis uses (held during a gesture: SnapshotBuilder.tissueShown).
    const figures = this.builder.figuresFor(this.current, this.history.inGesture);
    return this.builder.analysisOf(plan, tissueFor(plan, figures)?.summary ?? null);
  }

  /**
   * The state patch for showing `plan`: selection pruned, finding and active point kept if still
   * valid. A change to the plan (edit, drag, undo, redo) also clears an info message such as
   * "Opened X.vlift.": it told the user about the last action, not about the plan they now see.
   * Errors stay until replaced; the status bar also lets info messages fade after a few seconds.
   */
  private planPatch(plan: PlanDocument, selection: Selection): Partial<EditorState> {
    const s = this.current;
    let activeFinding = s.activeFinding;
    if (activeFinding && plan !== s.plan) {
      const still: Finding | undefined = this.analysisOf(plan).findings.find((f) => sameFinding(f, activeFinding!));
      activeFinding = still ?? null;
    }
    let activePoint = s.activePoint;
    if (activePoint) {
      const thread = ops.findThread(plan, activePoint.threadId);
      if (!thread || activePoint.index >= thread.path.length || !selection.threadIds.includes(activePoint.threadId)) activePoint = null;
    }
    const status = plan !== s.plan && s.status?.kind === 'info' ? null : s.status;
    return { plan, selection: ops.pruneSelection(plan, selection), activeFinding, activePoint, status };
  }

  // -------------------------------------------------------------------------------------------
  // ToolContext

  pxToMm(px: number): number {
    return px / this.current.view.zoom;
  }

  update(patch: Partial<Pick<EditorState, 'selection' | 'draft' | 'activePoint' | 'status'>>): void {
    this.set(patch);
  }

  /**
   * An edit of a plan signed off as final keeps the final revision inside the plan and becomes
   * the next revision (shared/plan/revisions.ts); null (with the reason on the status bar) when
   * the plan cannot keep another revision.
   */
  private revised(base: PlanDocument, next: PlanDocument): PlanDocument | null {
    const result = reviseIfFinal(base, next);
    if (!result.ok) {
      this.set({ status: { kind: 'error', text: t('status.revisionsFull', { max: MAX_FINAL_REVISIONS }) } });
      return null;
    }
    return result.plan;
  }

  /** The plan patch, saying so when the edit started a new revision. */
  private revisedPatch(plan: PlanDocument, next: PlanDocument, selection: Selection): Partial<EditorState> {
    const patch = this.planPatch(plan, selection);
    if (plan.revision === next.revision) return patch;
    return { ...patch, status: { kind: 'info', text: t('status.revisionStarted', { revision: plan.revision, final: plan.revision - 1 }) } };
  }

  edit(next: PlanDocument, selection: Selection = this.current.selection): void {
    const before = { plan: this.current.plan, selection: this.current.selection };
    if (next === before.plan) {
      this.set({ selection: ops.pruneSelection(next, selection) });
      return;
    }
    const plan = this.revised(before.plan, next);
    if (!plan) return;
    // An edit that would take the plan past a loader limit is refused: the file could not be
    // reopened. (The loader never gives a plan already past one.)
    const over = exceededCapacity(plan);
    if (over && !exceededCapacity(before.plan)) {
      this.set({ status: { kind: 'error', text: t(`status.limit.${over.kind}`, { limit: over.limit }) } });
      return;
    }
    const patch = this.revisedPatch(plan, next, selection);
    this.history.record(before, { plan, selection: patch.selection! });
    this.set(patch);
    this.publish();
  }

  /** The plan when the current gesture began: a drag recomputes from it, so a revision is judged against it. */
  private gestureBase: PlanDocument | null = null;

  beginGesture(): void {
    this.gestureBase = this.current.plan;
    this.history.begin({ plan: this.current.plan, selection: this.current.selection });
  }

  updateGesture(next: PlanDocument, selection: Selection = this.current.selection): void {
    const plan = this.revised(this.gestureBase ?? this.current.plan, next);
    if (!plan) return;
    this.set(this.revisedPatch(plan, next, selection));
  }

  commitGesture(): void {
    this.history.commit({ plan: this.current.plan, selection: this.current.selection });
    // The drag's last plan, if its turn had not come, goes to the simulation now.
    this.tissueRequests.flush();
    this.publish();
  }

  cancelGesture(): void {
    const start = this.history.cancel();
    if (start) this.set(this.planPatch(start.plan, start.selection));
  }

  // -------------------------------------------------------------------------------------------
  // Tools and input

  private transition(next: ToolState | void | null): void {
    if (next) this.toolState = next;
  }

  /** While a modal question is open the canvas takes no input. */
  private get blocked(): boolean {
    return this.current.confirm !== null;
  }

  private snapTargetsCache: readonly SnapTarget[] | null = null;

  /**
   * With snapping on, the entry and thread tools place a point dropped near a landmark or the
   * middle of a fixation zone exactly on it (shared/atlas/snap.ts). Alt suppresses it for one
   * placement; a press on an entry point or a thread keeps its own meaning (sharing an entry).
   */
  private snapped(input: PointerInput): PointerInput {
    const target = this.snapTargetFor(input);
    // The mark on the canvas follows the pointer's target (a state change only when it changes).
    if (target?.id !== this.current.snapHint?.id) this.set({ snapHint: target });
    return target ? { ...input, point: target.point } : input;
  }

  private snapTargetFor(input: PointerInput): SnapTarget | null {
    const s = this.current;
    if (!s.snap || input.altKey || (s.tool !== 'thread' && s.tool !== 'entry')) return null;
    const kind = input.target?.kind;
    if (kind === 'entry-point' || kind === 'thread' || kind === 'thread-point') return null;
    this.snapTargetsCache ??= snapTargets(this.options.atlas);
    return snapPoint(input.point, this.snapTargetsCache);
  }

  pointerDown(input: PointerInput): void {
    if (this.blocked) return;
    // Snapped first, even for a tool that ignores the event: the snap mark follows every move.
    const snapped = this.snapped(input);
    this.transition(this.toolState.pointerDown?.(this, snapped));
  }

  pointerMove(input: PointerInput): void {
    if (this.blocked) return;
    // Snapped first, even for a tool that ignores the event: the snap mark follows every move.
    const snapped = this.snapped(input);
    this.transition(this.toolState.pointerMove?.(this, snapped));
  }

  pointerUp(input: PointerInput): void {
    if (this.blocked) return;
    // Snapped first, even for a tool that ignores the event: the snap mark follows every move.
    const snapped = this.snapped(input);
    this.transition(this.toolState.pointerUp?.(this, snapped));
  }

  doubleClick(input: PointerInput): void {
    if (!this.blocked) this.transition(this.toolState.doubleClick?.(this, input));
  }

  keyDown(input: KeyInput): boolean {
    if (this.blocked) {
      // The dialog owns the keyboard; Esc answers "cancel", everything else is the dialog's.
      if (input.key === 'Escape') {
        this.answerConfirm(false);
        return true;
      }
      return false;
    }
    const next = this.toolState.keyDown?.(this, input) ?? null;
    if (next) {
      this.toolState = next;
      return true;
    }
    const command = ALL_COMMANDS.find((c) => c.shortcut.test(input));
    if (!command) return false;
    // A shortcut that is ours but disabled is still swallowed (e.g. Ctrl+A on an empty plan must
    // not select the page's text instead).
    if (this.isEnabled(command)) this.perform(command, input);
    return true;
  }

  cancelToolInteraction(): boolean {
    const inProgress = this.history.inGesture || this.current.draft !== null || this.toolState.name !== TOOLS[this.current.tool].idle().name;
    if (!inProgress) return false;
    const next = this.toolState.cancel?.(this);
    this.toolState = next ?? TOOLS[this.current.tool].idle();
    // Belt and braces: no gesture or draft survives a cancel.
    if (this.history.inGesture) this.cancelGesture();
    if (this.current.draft) this.set({ draft: null });
    return true;
  }

  setTool(tool: ToolId): void {
    this.cancelToolInteraction();
    this.toolState = TOOLS[tool].idle();
    this.set({ tool, draft: null, activePoint: tool === 'edit' ? this.current.activePoint : null });
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  private isEnabled(command: Command): boolean {
    return command.enabled(this.snapshot, { canExportPdf: this.canExportPdf });
  }

  private perform(command: Command, key?: KeyInput): void {
    try {
      const result = command.perform(this, key);
      if (result instanceof Promise) result.catch((e: unknown) => this.reportError(e));
    } catch (e) {
      this.reportError(e);
    }
  }

  reportError(e: unknown): void {
    this.set({ status: { kind: 'error', text: e instanceof Error ? e.message : String(e) } });
  }

  commands(): readonly CommandInfo[] {
    const snapshot = this.snapshot;
    if (this.commandCache?.snapshot === snapshot) return this.commandCache.infos;
    const mac = this.options.mac ?? false;
    const infos = ALL_COMMANDS.map((c) => ({
      id: c.id,
      label: t(c.labelKey),
      shortcut: c.shortcut.display(mac),
      enabled: this.isEnabled(c),
    }));
    this.commandCache = { snapshot, infos };
    return infos;
  }

  run(id: string): void {
    const command = COMMANDS_BY_ID.get(id);
    if (command && !this.blocked && this.isEnabled(command)) this.perform(command);
  }

  undo(): void {
    if (this.cancelToolInteraction()) return;
    const state = this.history.undo();
    if (state) this.set(this.planPatch(state.plan, state.selection));
    this.publish();
  }

  redo(): void {
    if (this.cancelToolInteraction()) return;
    const state = this.history.redo();
    if (state) this.set(this.planPatch(state.plan, state.selection));
    this.publish();
  }

  // -------------------------------------------------------------------------------------------
  // Confirm dialogs

  ask(request: ConfirmRequest, handlers: ConfirmHandlers): void {
    // A new question replaces an old one, which counts as cancelled.
    const previous = this.pending;
    this.pending = handlers;
    this.set({ confirm: request });
    previous?.cancel?.();
  }

  private settle(): ConfirmHandlers | null {
    const handlers = this.pending;
    this.pending = null;
    this.set({ confirm: null });
    return handlers;
  }

  answerConfirm(ok: boolean): void {
    const handlers = this.settle();
    if (!handlers) return;
    if (ok) handlers.confirm();
    else handlers.cancel?.();
  }

  chooseConfirmAlternate(): void {
    const handlers = this.settle();
    if (!handlers) return;
    if (handlers.alternate) handlers.alternate();
    else handlers.cancel?.();
  }

  // Implemented by files.ts; assigned in create-editor.ts.
  guardUnsaved!: CommandContext['guardUnsaved'];
  exportPdf!: CommandContext['exportPdf'];

  // -------------------------------------------------------------------------------------------
  // Panels, view and layers

  select(selection: Selection): void {
    this.cancelToolInteraction();
    this.set({ selection: ops.pruneSelection(this.current.plan, selection), activePoint: null });
  }

  updateThread(id: string, patch: Partial<Omit<Thread, 'id'>>): void {
    this.cancelToolInteraction();
    this.edit(ops.updateThread(this.current.plan, this.ops, id, patch));
  }

  updateThreads(ids: readonly string[], edit: ops.ThreadsEdit): void {
    this.cancelToolInteraction();
    this.edit(ops.updateThreads(this.current.plan, this.ops, ids, edit));
  }

  updateEntryPoint(id: string, patch: Partial<Omit<EntryPoint, 'id'>>): void {
    this.cancelToolInteraction();
    this.edit(ops.updateEntryPoint(this.current.plan, this.ops, id, patch));
  }

  updateMeta(patch: Partial<PlanMeta>): void {
    this.edit(ops.updateMeta(this.current.plan, patch));
  }

  /** Photos (issue 11): one undo step. A landmark drag edits a copy and lands here once, on release. */
  setPhotos(photos: readonly PlanPhoto[], photoScale?: PhotoScale | null): void {
    const current = this.current.plan;
    this.cancelToolInteraction();
    this.edit({ ...current, photos, photoScale: photoScale === undefined ? current.photoScale : photoScale });
  }

  markFinal(signOff: SignOff): void {
    if (signOff.by.trim() === '' || !/^\d{4}-\d{2}-\d{2}$/.test(signOff.on)) return;
    this.edit(markFinal(this.current.plan, signOff));
  }

  setView(view: ViewTransform): void {
    if (!sameView(view, this.current.view)) this.set({ view, viewChosen: true });
    else if (!this.current.viewChosen) this.set({ viewChosen: true });
  }

  setFaceView(faceView: ViewId): void {
    const from = this.current.faceView;
    if (faceView === from) return;
    // A thread being drawn stays: its points are frontal, and finishing it in another view is
    // how a thread from the cheek to the temple is drawn where both ends can be seen.
    const a = viewBounds(this.options.atlas, from);
    const b = viewBounds(this.options.atlas, faceView);
    const { zoom, panX, panY } = this.current.view;
    // Heights do not change between views: only the horizontal centre moves.
    const shift = ((a.minX + a.maxX) / 2 - (b.minX + b.maxX) / 2) * zoom;
    this.set({ faceView, view: { zoom, panX: panX + shift, panY } });
  }

  zoomAt(about: StagePoint, factor: number): void {
    this.setView(zoomBy(this.current.view, factor, about));
  }

  panBy(dx: number, dy: number): void {
    this.setView(panBy(this.current.view, dx, dy));
  }

  setViewport(width: number, height: number): void {
    const vp = this.current.viewport;
    if (vp && vp.width === width && vp.height === height) return;
    const viewport = { width, height };
    // Until the user picks a view, keep the face fitted (first layout, window resizes).
    if (!this.current.viewChosen && width > 0 && height > 0) this.set({ viewport, view: fitBounds(this.faceBounds, width, height) });
    else this.set({ viewport });
  }

  setActiveFinding(finding: Finding | null): void {
    this.set({ activeFinding: finding });
  }

  setHelpOpen(open: boolean): void {
    this.set({ helpOpen: open });
  }

  setSnap(on: boolean): void {
    this.set({ snap: on });
  }

  setLegendOpen(open: boolean): void {
    this.set({ legendOpen: open });
  }

  dismissStatus(): void {
    if (this.current.status !== null) this.set({ status: null });
  }

  setLayer(layer: OverlayLayerId, visible: boolean): void {
    if (this.current.layers[layer] === visible) return;
    const layers = { ...this.current.layers, [layer]: visible };
    this.set({ layers });
    this.savePreferences({ layers });
  }

  setTheme(theme: Theme): void {
    if (this.current.theme === theme) return;
    this.set({ theme });
    this.savePreferences({ theme });
  }

  /** The string table switches first, so the views re-rendered by this change read the new language. */
  setLanguage(language: string): void {
    if (this.current.language === language) return;
    this.set({ language, file: this.fileInLanguage(language) });
    this.savePreferences({ language });
  }

  /**
   * Switches the string table to `language` and gives the plan's file entry as it reads there:
   * an untitled plan's name is the language's "Untitled plan"; a named file keeps its name.
   */
  fileInLanguage(language: string): EditorState['file'] {
    applyLanguage(language);
    const file = this.current.file;
    return file.documentId === null && isUntitledName(file.name) ? { ...file, name: t('app.untitled') } : file;
  }

  updatePreferences(patch: Partial<Pick<EditorPreferences, 'defaultThreadTypeId' | 'practitionerName'>>): void {
    const preferences = { ...this.current.preferences, ...patch };
    if (shallowEqual(preferences, this.current.preferences)) return;
    this.set({ preferences });
    this.savePreferences(patch);
  }

  /** Preferences go back to the host; a failure is shown but does not undo the change. */
  savePreferences(patch: Parameters<VectorLiftBridge['setPreferences']>[0]): void {
    this.options.bridge.setPreferences(patch).catch((e: unknown) => this.reportError(e));
  }
}
