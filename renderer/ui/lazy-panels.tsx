/**
 * Designer panels and dialogs that are not on the first screen, loaded on first use: the depth
 * profile and plan details tabs (the inspector tab opens first) and the Export PDF options.
 * Keeping them out of the main chunk is part of issue 15's start-up budget; the chunks come
 * from disk or localhost, so opening one waits a few milliseconds, once.
 */
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import type { ExportChoices } from '../export/export-choices';
import { withViewTexts } from '../i18n';
import { useEditorState } from './editor-context';
import { lazyModule, useLoadedModule } from './lazy-module';
import { recordSettings } from './record/record-settings-store';

export const DepthProfilePanel = lazy(async () => ({ default: (await withViewTexts(import('./DepthProfile'))).DepthProfilePanel }));
export const PlanDetails = lazy(async () => ({ default: (await withViewTexts(import('./PlanDetails'))).PlanDetails }));
export const PhotosPanel = lazy(async () => ({ default: (await withViewTexts(import('../photo/PhotosPanel'))).PhotosPanel }));
const RecordSettingsDialog = lazy(async () => ({ default: (await withViewTexts(import('./record/RecordSettingsDialog'))).RecordSettingsDialog }));
const ExportPdfDialog = lazy(async () => ({ default: (await withViewTexts(import('./ExportPdfDialog'))).ExportPdfDialog }));

/** Nothing while a lazy panel's code arrives (a few milliseconds from disk or localhost). */
export function WhenLoaded({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

/*
 * The two dialogs are mounted only while open: mounted closed, their chunks were fetched, and the
 * designer's first render suspended on them and rendered again when they came, around the first
 * canvas draw (issue 15), for dialogs that render nothing until asked.
 */

/** The Export PDF options, while an export asks for them (ExportChoices.ask). */
export function ExportPdfDialogWhenAsked({ choices }: { readonly choices: ExportChoices }) {
  const request = useSyncExternalStore(choices.subscribe, choices.current);
  return request ? (
    <WhenLoaded>
      <ExportPdfDialog choices={choices} />
    </WhenLoaded>
  ) : null;
}

/** The clinic details and texts, while opened (record-settings-store.ts). */
export function RecordSettingsDialogWhenOpen() {
  const open = useSyncExternalStore(recordSettings.subscribe, recordSettings.isOpen);
  return open ? (
    <WhenLoaded>
      <RecordSettingsDialog />
    </WhenLoaded>
  ) : null;
}

/**
 * The confirm question and the keyboard help: loaded after the first canvas draw (lazy-module.ts),
 * so a question asked at once still appears without a blank frame, and mounted while open.
 */
const editorDialogs = lazyModule(() => withViewTexts(import('./Dialogs')));

export function EditorDialogs() {
  const confirmOpen = useEditorState((s) => s.confirm !== null);
  const helpOpen = useEditorState((s) => s.helpOpen);
  const dialogs = useLoadedModule(editorDialogs, confirmOpen || helpOpen);
  if (!dialogs) return null;
  return (
    <>
      {confirmOpen && <dialogs.ConfirmDialog />}
      {helpOpen && <dialogs.HelpDialog />}
    </>
  );
}
