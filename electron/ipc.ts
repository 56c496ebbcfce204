/**
 * Registers one IPC handler per named channel in shared/ipc/contract.ts. Never a generic
 * forwarder: each channel has its own validator and its own service function.
 *
 * Every message is checked twice before anything happens:
 * 1. the sender: the top-level frame showing the app's own index.html (not an iframe, not some
 *    other page, not a page that navigated away);
 * 2. the payload: shared/ipc/validate.ts.
 * A failure rejects the invoke with a clear error (or, for the fire-and-forget channels, drops
 * the message) and logs it; the service is not called.
 */
import type {
  DocumentState,
  ExportRequest,
  OpenedFile,
  Preferences,
  PreferencesPatch,
  SavedFile,
  SaveRequest,
  TrainingCaseSaveRequest,
  WrittenFile,
} from '../shared/ipc/contract';
import { IPC_CHANNELS } from '../shared/ipc/contract';
import {
  validateCloseAnswer,
  validateDocumentState,
  validateExportRequest,
  validateNoPayload,
  validatePlanText,
  validatePreferencesPatch,
  validateRecentFileId,
  validateSaveRequest,
  validateTrainingCaseSaveRequest,
} from '../shared/ipc/validate';
import { refusal, type Validated } from '../shared/ipc/validate';
import { renderIpcRefusal } from '../shared/ipc/refusal-text';
import type { Locale } from '../shared/i18n/locale';
import { DIALOG_TEXTS } from './dialog-text';

/** The parts of Electron's WebFrameMain used for the sender check. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

export interface IpcEventLike<S> {
  readonly senderFrame: FrameLike | null;
  readonly sender: S;
}

/** The parts of Electron's ipcMain used (handle for request/response, on for one-way). */
export interface IpcMainLike<S> {
  handle(channel: string, listener: (event: IpcEventLike<S>, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike<S>, ...args: unknown[]) => void): void;
}

/** What main does for each channel; `sender` identifies the window that asked. */
export interface IpcServices<S> {
  openPlan(sender: S): Promise<OpenedFile | null>;
  openRecent(recentId: string, sender: S): Promise<OpenedFile>;
  savePlan(request: SaveRequest, sender: S): Promise<SavedFile | null>;
  exportPdf(request: ExportRequest, sender: S): Promise<WrittenFile | null>;
  saveTrainingCase(request: TrainingCaseSaveRequest, sender: S): Promise<WrittenFile | null>;
  getPreferences(): Promise<Preferences>;
  setPreferences(patch: PreferencesPatch): Promise<Preferences>;
  writeAutosave(text: string): Promise<void>;
  takeRecovery(): Promise<string | null>;
  clearAutosave(): Promise<void>;
  setDocumentState(state: DocumentState, sender: S): void;
  closeConfirmed(close: boolean, sender: S): void;
}

/**
 * True when the message comes from the top-level frame showing `appIndexUrl`
 * (app://vectorlift/index.html; query and hash ignored: the page may use them for its own state).
 */
export function isTrustedSender(frame: FrameLike | null, appIndexUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  url.hash = '';
  url.search = '';
  return url.href === appIndexUrl;
}

type Validator<T> = (args: readonly unknown[]) => Validated<T>;

/** Exactly one argument, checked by `check`. */
const one =
  <T>(check: (value: unknown) => Validated<T>): Validator<T> =>
  (args) =>
    args.length === 1 ? check(args[0]) : refusal({ key: 'oneArgument' });

const none: Validator<void> = (args) => validateNoPayload(args);

export function registerIpcHandlers<S>(
  ipcMain: IpcMainLike<S>,
  appIndexUrl: string,
  services: IpcServices<S>,
  log: (message: string) => void,
  /** The interface language: the page shows a rejected request's message to the user. */
  locale: () => Locale = () => 'en',
): void {
  /** Runs the checks; returns the payload, or throws the refusal (logged in English, thrown in the interface language). */
  function admit<T>(channel: string, event: IpcEventLike<S>, args: readonly unknown[], validate: Validator<T>): T {
    const texts = DIALOG_TEXTS[locale()].error;
    if (!isTrustedSender(event.senderFrame, appIndexUrl)) {
      log(`refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      throw new Error(texts.untrustedSender);
    }
    const result = validate(args);
    if (!result.ok) {
      log(`refused ${channel}: ${result.error}`);
      throw new Error(texts.invalidPayload(channel, renderIpcRefusal(result.text, locale())));
    }
    return result.value;
  }

  function handle<T, R>(channel: string, validate: Validator<T>, run: (payload: T, sender: S) => Promise<R>): void {
    ipcMain.handle(channel, async (event, ...args) => run(admit(channel, event, args, validate), event.sender));
  }

  /** One-way messages have nobody to reject to: a refused one is logged and dropped. */
  function listen<T>(channel: string, validate: Validator<T>, run: (payload: T, sender: S) => void): void {
    ipcMain.on(channel, (event, ...args) => {
      let payload: T;
      try {
        payload = admit(channel, event, args, validate);
      } catch {
        return;
      }
      run(payload, event.sender);
    });
  }

  handle(IPC_CHANNELS.openPlan, none, (_, sender) => services.openPlan(sender));
  handle(IPC_CHANNELS.openRecent, one(validateRecentFileId), (recentId, sender) => services.openRecent(recentId, sender));
  handle(IPC_CHANNELS.savePlan, one(validateSaveRequest), (request, sender) => services.savePlan(request, sender));
  handle(IPC_CHANNELS.exportPdf, one(validateExportRequest), (request, sender) => services.exportPdf(request, sender));
  handle(IPC_CHANNELS.saveTrainingCase, one(validateTrainingCaseSaveRequest), (request, sender) => services.saveTrainingCase(request, sender));
  handle(IPC_CHANNELS.getPreferences, none, () => services.getPreferences());
  handle(IPC_CHANNELS.setPreferences, one(validatePreferencesPatch), (patch) => services.setPreferences(patch));
  handle(IPC_CHANNELS.writeAutosave, one(validatePlanText), (text) => services.writeAutosave(text));
  handle(IPC_CHANNELS.takeRecovery, none, () => services.takeRecovery());
  handle(IPC_CHANNELS.clearAutosave, none, () => services.clearAutosave());
  listen(IPC_CHANNELS.setDocumentState, one(validateDocumentState), (state, sender) => services.setDocumentState(state, sender));
  listen(IPC_CHANNELS.closeConfirmed, one(validateCloseAnswer), (close, sender) => services.closeConfirmed(close, sender));
}
