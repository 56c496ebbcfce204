/**
 * Everything between the editor and the host's files: new/open/save, the dirty flag and window
 * title, autosave of the working copy, crash recovery, the close prompt, preferences and native
 * menu commands. All host access goes through the VectorLiftBridge.
 *
 * Dirty means "the plan object is not the one last saved or opened": plans are immutable, so an
 * edit always makes a new object and undoing back to the saved plan makes it clean again.
 */
import type { ThreadType } from '../../shared/catalogue/types';
import type { MenuCommand, Preferences, VectorLiftBridge } from '../../shared/ipc/contract';
import type { PlanFileError } from '../../shared/plan/errors';
import { createEmptyPlan, todayIso } from '../../shared/plan/factory';
import { exportFileName, safeFileName } from '../../shared/plan/file-name';
import { planOfRevision } from '../../shared/plan/revisions';
import { serializePlan } from '../../shared/plan/serialize';
import type { PlanDocument } from '../../shared/plan/types';
import { currentLocale, loadInterfaceLanguage, resolveLanguage, t } from '../i18n';
import type { ConfirmRequest } from './api';
import type { EditorCore } from './core';
import type { EditorState } from './editor-state';
import { AutosaveScheduler, AUTOSAVE_DELAY_MS } from './autosave';
import { EMPTY_SELECTION } from './plan-ops';

/** The working copy is written this long after a change (see autosave.ts). */
export const DEFAULT_AUTOSAVE_MS = AUTOSAVE_DELAY_MS;

export interface FileOptions {
  readonly bridge: VectorLiftBridge;
  readonly catalogue: readonly ThreadType[];
  readonly now: () => Date;
  readonly autosaveMs: number;
  /** The plan started from an explicit initial plan (not the default empty one). */
  readonly explicitInitialPlan: boolean;
  /** Return false to leave a menu command to a focused text field (macOS edit keys). */
  readonly shouldRunMenuCommand?: (command: MenuCommand) => boolean;
}

const isDirty = (s: EditorState): boolean => s.plan !== s.savedPlan;

/** The plan loader and the refusal texts, loaded on first use (plan-reading.ts says why). */
const planReading = () => import('./plan-reading');

/**
 * A plan file the host refused (shared/plan/errors.ts PlanFileError), known by the name the
 * class gives itself, so that telling it apart does not load the refusal texts with the class.
 */
const isPlanFileError = (e: unknown): e is PlanFileError => e instanceof Error && e.name === 'PlanFileError';


export function documentTitle(s: EditorState): string {
  return t(isDirty(s) ? 'app.titleDirty' : 'app.title', { name: s.file.name });
}

export class FileActions {
  private readonly autosave: AutosaveScheduler<PlanDocument>;
  /** The autosave error shown, so a later success can take it away (and nothing else). */
  private autosaveErrorText: string | null = null;
  private lastDocumentState: { title: string; dirty: boolean } | null = null;
  private readonly unsubscribers: (() => void)[] = [];
  private readonly ready: Promise<void>;
  private readonly knownThreadTypeIds: ReadonlySet<string>;

  constructor(
    private readonly core: EditorCore,
    private readonly options: FileOptions,
  ) {
    this.knownThreadTypeIds = new Set(options.catalogue.map((type) => type.id));
    core.guardUnsaved = (proceed) => this.guardUnsaved(proceed);
    core.exportPdf = () => this.exportPdf();

    this.unsubscribers.push(core.onStateChange((state, previous) => this.stateChanged(state, previous)));
    this.syncDocumentState(core.state);
    const bridge = options.bridge;
    this.unsubscribers.push(bridge.onMenuCommand((command) => this.menuCommand(command)));
    this.unsubscribers.push(bridge.onCloseRequested((answer) => this.closeRequested(answer)));
    if (bridge.onOpenRecentRequested) this.unsubscribers.push(bridge.onOpenRecentRequested((recentId) => void this.openRecent(recentId)));
    this.autosave = new AutosaveScheduler<PlanDocument>(
      {
        current: () => {
          const state = this.core.state;
          return isDirty(state) ? { key: state.plan, text: () => serializePlan(state.plan) } : null;
        },
        write: (text) => this.bridge.writeAutosave(text),
        failed: (e, attempt) => {
          // Said once per run of failures; the retries go on quietly.
          if (attempt === 1) {
            void this.error('status.autosaveFailed', e);
            this.autosaveErrorText = this.core.state.status?.text ?? null;
          }
        },
        recovered: () => {
          if (this.autosaveErrorText !== null && this.core.state.status?.text === this.autosaveErrorText) this.core.set({ status: null });
          this.autosaveErrorText = null;
        },
      },
      options.autosaveMs,
    );
    this.ready = Promise.all([this.loadPreferences(), this.loadRecovery()]).then(() => undefined);
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  dispose(): void {
    this.autosave.dispose();
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
  }

  private get bridge(): VectorLiftBridge {
    return this.options.bridge;
  }

  /** Says what failed in the status bar; settles when it is said (at once, except for a refused file). */
  private error(key: 'status.openFailed' | 'status.saveFailed' | 'status.exportFailed' | 'status.autosaveFailed', e: unknown, name = ''): Promise<void> {
    // A refused file is written in the interface language and named (the picker's name is not
    // known here before the file is read); other failures say what the host said.
    if (isPlanFileError(e)) {
      return planReading().then(
        ({ formatPlanError }) => {
          const error = formatPlanError(e.error, undefined, currentLocale());
          this.core.set({ status: { kind: 'error', text: t(key, { error, name: e.fileName }) } });
        },
        () => this.core.set({ status: { kind: 'error', text: t(key, { error: e.message, name: e.fileName }) } }),
      );
    }
    const error = e instanceof Error ? e.message : String(e);
    this.core.set({ status: { kind: 'error', text: t(key, { error, name }) } });
    return Promise.resolve();
  }

  // -------------------------------------------------------------------------------------------
  // Dirty flag, title, autosave

  private stateChanged(state: EditorState, previous: EditorState): void {
    this.syncDocumentState(state);
    // Clean again (saved, opened, new, or undone back to the saved plan): the working copy is
    // no longer needed for recovery.
    if (isDirty(previous) && !isDirty(state)) {
      this.autosave.reset();
      this.bridge.clearAutosave().catch((e: unknown) => this.error('status.autosaveFailed', e));
    } else if (state.plan !== previous.plan) {
      // Every change, drags included: the copy is at most one autosave delay behind.
      this.autosave.changed();
    }
  }

  private syncDocumentState(state: EditorState): void {
    const next = { title: documentTitle(state), dirty: isDirty(state) };
    const last = this.lastDocumentState;
    if (last && last.title === next.title && last.dirty === next.dirty) return;
    this.lastDocumentState = next;
    this.bridge.setDocumentState(next);
  }

  /** Writes the working copy now if it changed since the last write (tests; the timer does it otherwise). */
  autosaveTick(): void {
    this.autosave.flush();
  }

  // -------------------------------------------------------------------------------------------
  // Preferences and recovery at start-up

  private async loadPreferences(): Promise<void> {
    let prefs: Preferences;
    try {
      prefs = await this.bridge.getPreferences();
    } catch (e) {
      this.core.reportError(e);
      return;
    }
    // The language's words load on demand: have them before the untitled plan is named in it.
    await loadInterfaceLanguage(resolveLanguage(prefs.language)).catch(() => undefined);
    const file = this.core.fileInLanguage(prefs.language);
    const s = this.core.state;
    const patch: Partial<EditorState> = {
      file,
      layers: { ...s.layers, ...prefs.layers },
      theme: prefs.theme,
      language: prefs.language,
      preferences: {
        defaultThreadTypeId: prefs.defaultThreadTypeId,
        practitionerName: prefs.practitionerName,
        recentFiles: prefs.recentFiles,
      },
    };
    // The untouched start-up plan gets the practitioner's name, and stays clean.
    const pristine = !this.options.explicitInitialPlan && !isDirty(s) && s.file.documentId === null && !this.core.history.canUndo;
    if (pristine && prefs.practitionerName !== '' && s.plan.meta.practitioner === '') {
      const plan = { ...s.plan, meta: { ...s.plan.meta, practitioner: prefs.practitionerName } };
      Object.assign(patch, { plan, savedPlan: plan });
    }
    this.core.set(patch);
  }

  private async loadRecovery(): Promise<void> {
    try {
      const text = await this.bridge.takeRecovery();
      if (text !== null && text.trim() !== '') this.core.set({ recovery: { text } });
    } catch (e) {
      this.core.reportError(e);
    }
  }

  /** The host keeps the recent-files list (it adds files on open and save): read it back. */
  private refreshRecentFiles(): void {
    this.bridge
      .getPreferences()
      .then((prefs) => {
        const current = this.core.state.preferences;
        const same =
          current.recentFiles.length === prefs.recentFiles.length &&
          current.recentFiles.every((f, i) => prefs.recentFiles[i]?.id === f.id && prefs.recentFiles[i]?.name === f.name);
        if (!same) this.core.set({ preferences: { ...current, recentFiles: prefs.recentFiles } });
      })
      .catch(() => undefined); // only a convenience list: keep the old one
  }

  restoreRecovery(): Promise<void> {
    const recovery = this.core.state.recovery;
    if (!recovery) return Promise.resolve();
    return this.guardUnsaved(async () => {
      const { parsePlanText, formatPlanError } = await planReading();
      const parsed = parsePlanText(recovery.text, { knownThreadTypeIds: this.knownThreadTypeIds });
      if (!parsed.ok) {
        this.core.set({ recovery: null, status: { kind: 'error', text: t('status.recoveryUnreadable', { error: formatPlanError(parsed.error, undefined, currentLocale()) }) } });
        return;
      }
      // Never saved: savedPlan null keeps it dirty until the user saves it somewhere.
      this.replacePlan(parsed.plan, null, { documentId: null, name: t('app.untitled'), location: null }, t('status.restored'));
      this.core.set({ recovery: null });
    });
  }

  discardRecovery(): void {
    if (!this.core.state.recovery) return;
    this.core.set({ recovery: null });
    this.autosave.reset();
    this.bridge.clearAutosave().catch((e: unknown) => this.error('status.autosaveFailed', e));
  }

  // -------------------------------------------------------------------------------------------
  // Unsaved-changes prompt

  private unsavedRequest(): ConfirmRequest {
    return {
      kind: 'unsaved',
      message: t('confirm.unsaved.message'),
      confirmLabel: t('confirm.unsaved.discard'),
      alternateLabel: t('confirm.unsaved.save'),
      cancelLabel: t('dialog.cancel'),
    };
  }

  /**
   * Run `proceed` if the plan is saved; otherwise ask Discard / Save / Cancel and run it after
   * Discard, or after a successful Save. The promise settles when the whole flow is over.
   */
  guardUnsaved(proceed: () => Promise<void> | void): Promise<void> {
    // Runs synchronously as far as `proceed` does; errors end up in the status bar.
    const attempt = (): Promise<void> => {
      try {
        return Promise.resolve(proceed()).catch((e: unknown) => this.core.reportError(e));
      } catch (e) {
        this.core.reportError(e);
        return Promise.resolve();
      }
    };
    if (!isDirty(this.core.state)) return attempt();
    return new Promise<void>((resolve) => {
      const run = (): void => {
        void attempt().finally(resolve);
      };
      this.core.ask(this.unsavedRequest(), {
        confirm: run,
        alternate: () => {
          this.savePlan(false)
            .then(() => (isDirty(this.core.state) ? resolve() : run()))
            .catch(() => resolve());
        },
        cancel: () => resolve(),
      });
    });
  }

  private closeRequested(answer: (close: boolean) => void): void {
    if (!isDirty(this.core.state)) {
      answer(true);
      return;
    }
    this.core.ask(this.unsavedRequest(), {
      confirm: () => {
        this.bridge
          .clearAutosave()
          .catch(() => undefined)
          .finally(() => answer(true));
      },
      alternate: () => {
        this.savePlan(false).then(
          () => answer(!isDirty(this.core.state)),
          () => answer(false),
        );
      },
      cancel: () => answer(false),
    });
  }

  // -------------------------------------------------------------------------------------------
  // New, open, save, export

  /** Show `plan` as a fresh document: new history, nothing selected, no tool in progress. */
  private replacePlan(plan: PlanDocument, savedPlan: PlanDocument | null, file: EditorState['file'], status: string): void {
    this.core.cancelToolInteraction();
    this.core.history.clear();
    this.autosave.reset();
    this.core.set({
      plan,
      savedPlan,
      file,
      selection: EMPTY_SELECTION,
      draft: null,
      activePoint: null,
      activeFinding: null,
      status: { kind: 'info', text: status },
    });
    this.core.publish();
  }

  newPlan(): Promise<void> {
    return this.guardUnsaved(() => {
      const plan = createEmptyPlan({ practitioner: this.core.state.preferences.practitionerName }, todayIso(this.options.now()));
      this.replacePlan(plan, plan, { documentId: null, name: t('app.untitled'), location: null }, t('status.newPlan'));
    });
  }

  openPlan(): Promise<void> {
    return this.guardUnsaved(async () => {
      let file;
      try {
        file = await this.bridge.openPlan();
      } catch (e) {
        await this.error('status.openFailed', e);
        return;
      }
      if (file) await this.loadPlanText(file.text, file);
    });
  }

  openRecent(recentId: string): Promise<void> {
    return this.guardUnsaved(async () => {
      const name = this.core.state.preferences.recentFiles.find((f) => f.id === recentId)?.name ?? '';
      try {
        const file = await this.bridge.openRecent(recentId);
        await this.loadPlanText(file.text, file);
      } catch (e) {
        await this.error('status.openFailed', e, name);
      }
    });
  }

  /**
   * Show a plan from text. A file that cannot be read leaves the current plan as it was and
   * says what is wrong and where. Does not ask about unsaved changes (callers do). Settles when
   * the plan is shown or the refusal said (the loader loads on first use).
   */
  async loadPlanText(text: string, file: { documentId: string | null; name: string; location?: string | null }): Promise<void> {
    const { parsePlanText, formatPlanError } = await planReading();
    const parsed = parsePlanText(text, { knownThreadTypeIds: this.knownThreadTypeIds });
    if (!parsed.ok) {
      this.core.set({ status: { kind: 'error', text: t('status.openFailed', { name: file.name, error: formatPlanError(parsed.error, undefined, currentLocale()) }) } });
      return;
    }
    const documentFile = { documentId: file.documentId, name: file.name, location: file.location ?? null };
    this.replacePlan(parsed.plan, parsed.plan, documentFile, t('status.opened', { name: file.name }));
    this.refreshRecentFiles();
  }

  /** The plan's own file name once it has one, else one from its title (shared/plan/file-name.ts). */
  private suggestedPlanName(): string {
    const s = this.core.state;
    return s.file.documentId !== null ? s.file.name : `${safeFileName(s.plan.meta.title, t('app.untitled'))}.vlift`;
  }

  async savePlan(saveAs = false): Promise<void> {
    const s = this.core.state;
    const plan = s.plan;
    try {
      const saved = await this.bridge.savePlan({
        documentId: saveAs ? null : s.file.documentId,
        suggestedName: this.suggestedPlanName(),
        text: serializePlan(plan),
      });
      if (!saved) return; // the user cancelled the dialog
      // The plan saved is the one serialized; edits made while saving keep the plan dirty.
      const file = { documentId: saved.documentId, name: saved.name, location: saved.location };
      this.core.set({ savedPlan: plan, file, status: { kind: 'info', text: t('status.saved', { name: saved.name }) } });
      this.refreshRecentFiles();
    } catch (e) {
      await this.error('status.saveFailed', e);
    }
  }

  async exportPdf(): Promise<void> {
    const make = this.core.options.exportPdf;
    if (!make) {
      this.core.set({ status: { kind: 'error', text: t('status.exportUnavailable') } });
      return;
    }
    try {
      const snapshot = this.core.snapshot;
      const made = await make(snapshot);
      if (!made) return; // the user cancelled the export options
      // Named from the plan exported (title, patient id, date), never from the file it was saved as.
      const suggestedName = exportFileName(snapshot.plan.meta, { anonymize: made.anonymize });
      const saved = await this.bridge.exportPdf({ suggestedName, bytes: made.bytes });
      if (saved) this.core.set({ status: { kind: 'info', text: t('status.exported', { name: saved.name }) } });
    } catch (e) {
      await this.error('status.exportFailed', e);
    }
  }

  /** A kept final revision, exported as it was signed off, with its own analysis; the plan is untouched. */
  async exportRevisionPdf(revision: number): Promise<void> {
    const make = this.core.options.exportPdf;
    const snapshot = this.core.snapshot;
    const plan = planOfRevision(snapshot.plan, revision);
    if (!make || !plan) return;
    try {
      const made = await make({ ...snapshot, plan, analysis: this.core.analysisOf(plan) });
      if (!made) return;
      const suggestedName = exportFileName(plan.meta, { anonymize: made.anonymize }).replace(/\.pdf$/, ` - revision ${revision}.pdf`);
      const saved = await this.bridge.exportPdf({ suggestedName, bytes: made.bytes });
      if (saved) this.core.set({ status: { kind: 'info', text: t('status.exported', { name: saved.name }) } });
    } catch (e) {
      await this.error('status.exportFailed', e);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Native menu

  private menuCommand(command: MenuCommand): void {
    if (this.options.shouldRunMenuCommand && !this.options.shouldRunMenuCommand(command)) return;
    this.core.run(command);
  }
}
