/**
 * A command is one user action with its label, shortcut and enabled check, in a file of its own
 * (excalidraw's actions/ register({ name, perform, keyTest, predicate }) in the same spirit).
 * Menus, the toolbar, the help panel and the keyboard all go through these.
 */
import type { FaceBounds } from '../../../shared/geometry/types';
import type { MessageKey } from '../../i18n';
import type { ConfirmRequest, Editor, EditorSnapshot, KeyInput } from '../api';
import { displayKeyPattern, matchesKey, parseKeyPattern, type KeyPattern } from '../keys';
import type { ToolContext } from '../tools/types';
import { t } from '../../i18n';

export interface Shortcut {
  readonly patterns: readonly KeyPattern[];
  test(input: KeyInput): boolean;
  /** Text for menus and the help panel, e.g. 'Ctrl+Shift+Z or Ctrl+Y'. */
  display(mac: boolean): string;
}

/** shortcut('Mod+Shift+Z', 'Mod+Y'): every pattern triggers; all are shown, joined by "or". */
export function shortcut(...sources: string[]): Shortcut {
  const patterns = sources.map(parseKeyPattern);
  return {
    patterns,
    test: (input) => patterns.some((p) => matchesKey(p, input)),
    display: (mac) => patterns.map((p) => displayKeyPattern(p, mac)).join(t('key.or')),
  };
}

export const NO_SHORTCUT: Shortcut = { patterns: [], test: () => false, display: () => '' };

export interface ConfirmHandlers {
  confirm(): void;
  alternate?(): void;
  cancel?(): void;
}

/** What commands may do: the tool primitives plus the public editor and a few core services. */
export interface CommandContext extends ToolContext {
  readonly editor: Editor;
  readonly snapshot: EditorSnapshot;
  undo(): void;
  redo(): void;
  /** Cancel what the active tool is doing (a drag, a draft); false when it was doing nothing. */
  cancelToolInteraction(): boolean;
  /** Show a modal question; the handlers run on the user's answer. */
  ask(request: ConfirmRequest, handlers: ConfirmHandlers): void;
  /** Run `proceed` now if the plan is saved, else ask Save / Discard / Cancel first. */
  guardUnsaved(proceed: () => Promise<void> | void): Promise<void>;
  /** Make the PDF (injected) and hand it to the host. */
  exportPdf(): Promise<void>;
  readonly canExportPdf: boolean;
  /** The face diagram's extent (atlas bounds), for zoom to fit. */
  readonly faceBounds: FaceBounds;
  setHelpOpen(open: boolean): void;
  setLegendOpen(open: boolean): void;
  setSnap(on: boolean): void;
  setActiveFinding(finding: null): void;
}

export interface Command {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly shortcut: Shortcut;
  enabled(snapshot: EditorSnapshot, ctx: { readonly canExportPdf: boolean }): boolean;
  /** `key` is the key press that triggered it, when it came from the keyboard. */
  perform(ctx: CommandContext, key?: KeyInput): void | Promise<void>;
}

export const always = (): boolean => true;
