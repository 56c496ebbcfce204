/**
 * Assembles the editor: state, history, tools, commands and file handling behind the Editor
 * interface (api.ts). Dependencies come in as options so the harness can pass a fake bridge and
 * the real atlas, catalogue and analysis.
 */
import type { AnalysisResult } from '../../shared/analysis/types';
import { fixationZoneAt, indexAtlas, sideOf } from '../../shared/atlas';
import type { Atlas } from '../../shared/atlas/types';
import type { ThreadType } from '../../shared/catalogue/types';
import type { MenuCommand, VectorLiftBridge } from '../../shared/ipc/contract';
import { DEFAULT_PREFERENCES } from '../../shared/ipc/preferences';
import { createEmptyPlan, todayIso } from '../../shared/plan/factory';
import type { PlanDocument } from '../../shared/plan/types';
import type { SimulationSummary } from '../../shared/simulation/summary';
import type { TissueSource } from '../simulation/tissue-source';
import { t } from '../i18n';
import type { Editor, EditorSnapshot, PdfExport } from './api';
import { EditorCore } from './core';
import { INITIAL_VIEW, wantsTissue, type EditorState } from './editor-state';
import { DEFAULT_AUTOSAVE_MS, FileActions } from './files';
import { EMPTY_SELECTION } from './plan-ops';

export interface CreateEditorOptions {
  readonly bridge: VectorLiftBridge;
  readonly atlas: Atlas;
  readonly catalogue: readonly ThreadType[];
  readonly analyze: (plan: PlanDocument, atlas: Atlas, simulation: SimulationSummary | null) => AnalysisResult;
  /** The live tissue simulation (main.tsx: a Worker); optional, tests leave it out. */
  readonly tissue?: TissueSource;
  readonly now?: () => Date;
  readonly autosaveMs?: number;
  /** Start with this plan (treated as saved) instead of an empty one. */
  readonly initialPlan?: PlanDocument;
  /** Builds the PDF report (null: the user cancelled the export); without it Export PDF is disabled. */
  readonly exportPdf?: (snapshot: EditorSnapshot) => Promise<PdfExport | null>;
  /** Show shortcuts with macOS symbols. */
  readonly mac?: boolean;
  readonly historyLimit?: number;
  /** Return false to leave a native menu command to a focused text field (see MenuCommand docs). */
  readonly shouldRunMenuCommand?: (command: MenuCommand) => boolean;
}

export interface EditorHandle extends Editor {
  /** For tests and debugging: the active tool state's name, e.g. 'thread.drawing'. */
  readonly toolStateName: string;
  /** For tests: write the autosave copy now if due (the timer calls this). */
  autosaveNow(): void;
}

export function createEditor(options: CreateEditorOptions): EditorHandle {
  const now = options.now ?? (() => new Date());
  const plan = options.initialPlan ?? createEmptyPlan({}, todayIso(now()));
  const initial: EditorState = {
    plan,
    savedPlan: plan,
    file: { documentId: null, name: t('app.untitled'), location: null },
    selection: EMPTY_SELECTION,
    tool: 'select',
    draft: null,
    view: INITIAL_VIEW,
    viewChosen: false,
    faceView: 'frontal',
    viewport: null,
    // The preferred layers arrive from the host shortly; start from the same defaults it uses.
    layers: { ...DEFAULT_PREFERENCES.layers },
    activeFinding: null,
    activePoint: null,
    status: null,
    confirm: null,
    recovery: null,
    theme: 'system',
    language: 'system',
    helpOpen: false,
    legendOpen: false,
    snap: false,
    snapHint: null,
    preferences: { defaultThreadTypeId: '', practitionerName: '', recentFiles: [] },
    tissue: null,
  };
  const index = indexAtlas(options.atlas);
  const core = new EditorCore(initial, {
    bridge: options.bridge,
    atlas: options.atlas,
    catalogue: options.catalogue,
    analyze: options.analyze,
    tissue: options.tissue,
    sideAt: sideOf,
    fixationZoneAt: (p) => fixationZoneAt(index, p)?.id ?? null,
    exportPdf: options.exportPdf,
    historyLimit: options.historyLimit,
    mac: options.mac,
  });
  if (options.tissue) {
    // Each answer becomes state: the snapshot pairs it with its plan (editor-state.ts tissueFor).
    options.tissue.subscribe((result) => core.set({ tissue: result }));
    if (wantsTissue(core.state.plan)) options.tissue.request(core.state.plan, core.state.faceView);
  }
  const files = new FileActions(core, {
    bridge: options.bridge,
    catalogue: options.catalogue,
    now,
    autosaveMs: options.autosaveMs ?? DEFAULT_AUTOSAVE_MS,
    explicitInitialPlan: options.initialPlan !== undefined,
    shouldRunMenuCommand: options.shouldRunMenuCommand,
  });

  const editor: EditorHandle = {
    getSnapshot: () => core.store.get(),
    subscribe: (listener) => core.store.subscribe(listener),
    pointerDown: (input) => core.pointerDown(input),
    pointerMove: (input) => core.pointerMove(input),
    pointerUp: (input) => core.pointerUp(input),
    doubleClick: (input) => core.doubleClick(input),
    keyDown: (input) => core.keyDown(input),
    commands: () => core.commands(),
    run: (id) => core.run(id),
    setTool: (tool) => core.setTool(tool),
    select: (selection) => core.select(selection),
    updateThread: (id, patch) => core.updateThread(id, patch),
    updateThreads: (ids, edit) => core.updateThreads(ids, edit),
    updateEntryPoint: (id, patch) => core.updateEntryPoint(id, patch),
    updateMeta: (patch) => core.updateMeta(patch),
    markFinal: (signOff) => core.markFinal(signOff),
    setView: (view) => core.setView(view),
    setFaceView: (view) => core.setFaceView(view),
    setLayer: (layer, visible) => core.setLayer(layer, visible),
    setActiveFinding: (finding) => core.setActiveFinding(finding),
    newPlan: () => files.newPlan(),
    openPlan: () => files.openPlan(),
    loadPlanText: (text, file) => files.loadPlanText(text, file),
    savePlan: (saveAs) => files.savePlan(saveAs),
    exportRevisionPdf: (revision) => files.exportRevisionPdf(revision),
    answerConfirm: (ok) => core.answerConfirm(ok),
    chooseConfirmAlternate: () => core.chooseConfirmAlternate(),
    restoreRecovery: () => files.restoreRecovery(),
    discardRecovery: () => files.discardRecovery(),
    setTheme: (theme) => core.setTheme(theme),
    setLanguage: (language) => core.setLanguage(language),
    updatePreferences: (patch) => core.updatePreferences(patch),
    openRecent: (recentId) => files.openRecent(recentId),
    setViewport: (width, height) => core.setViewport(width, height),
    zoomAt: (about, factor) => core.zoomAt(about, factor),
    panBy: (dx, dy) => core.panBy(dx, dy),
    setHelpOpen: (open) => core.setHelpOpen(open),
    setLegendOpen: (open) => core.setLegendOpen(open),
    dismissStatus: () => core.dismissStatus(),
    setSnap: (on) => core.setSnap(on),
    whenReady: () => files.whenReady(),
    dispose: () => files.dispose(),
    setPhotos: (photos, photoScale) => core.setPhotos(photos, photoScale),
    get toolStateName() {
      return core.toolStateName;
    },
    autosaveNow: () => files.autosaveTick(),
  };
  core.editor = editor;
  return editor;
}
