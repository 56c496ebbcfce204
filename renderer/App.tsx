/**
 * The designer's layout: toolbar on top; the objects list on the left (the keyboard path to the
 * canvas); the face canvas in the centre; the side panel on the right (ui/SidePanel.tsx); the
 * status bar at the bottom.
 */
import { Fragment, useEffect } from 'react';
import { PALETTES } from '../shared/scene/palette';
import { CanvasLegend } from './canvas/CanvasLegend';
import { FaceCanvas } from './canvas/FaceCanvas';
import { currentLocale, t } from './i18n';
import type { ExportChoices } from './export/export-choices';
import { EditorProvider, PanelSnapshotProvider, useEditorState, type EditorEnvironment } from './ui/editor-context';
import { EditorDialogs, ExportPdfDialogWhenAsked, RecordSettingsDialogWhenOpen } from './ui/lazy-panels';
import { ObjectsList } from './ui/ObjectsList';
import { PhotoWorkspaceHost } from './photo/PhotoWorkspaceHost';
import { RecoveryBanner } from './ui/RecoveryBanner';
import { SidePanel } from './ui/SidePanel';
import { StatusBar } from './ui/StatusBar';
import { Toolbar } from './ui/Toolbar';
import { ExerciseBar } from './ui/training/ExerciseBar';
import { TrainingProvider, useTraining } from './ui/training/training-context';
import { TrainingLayer, coversDesigner } from './ui/training/TrainingLayer';
import { useResolvedTheme } from './ui/theme';

function Shell({ exportChoices }: { readonly exportChoices?: ExportChoices }) {
  const theme = useResolvedTheme(useEditorState((s) => s.theme));
  const platform = useEditorState((s) => s.platform);
  // A full-window training view covers the designer, which stays mounted but inert beneath.
  const covered = coversDesigner(useTraining().view.kind);
  // A language change re-renders from here (the string table switched before the state did) and
  // remounts the views under a new key, so memoized panels and the canvas's text are rebuilt in
  // the new language too; plan, selection and view live in the editor and are kept.
  useEditorState((s) => s.language);
  const locale = currentLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <Fragment key={locale}>
    <div className="app" data-theme={theme} data-platform={platform} inert={covered}>
      <header className="app-header">
        <Toolbar />
        <RecoveryBanner />
        <ExerciseBar />
      </header>
      <main className="workspace">
        <PanelSnapshotProvider>
        <nav className="pane pane-left" aria-labelledby="objects-title">
          <h2 id="objects-title" className="pane-title">
            {t('panel.objects')}
          </h2>
          <div className="pane-scroll">
            <ObjectsList />
          </div>
        </nav>
        <section className="pane-canvas" aria-label={t('canvas.label')}>
          <FaceCanvas theme={theme} />
          {/* Beside the canvas, not in it: the canvas takes every pointer event over it. */}
          <CanvasLegend palette={PALETTES[theme]} />
        </section>
        <SidePanel />
        </PanelSnapshotProvider>
      </main>
      <StatusBar />
      <EditorDialogs />
      <PhotoWorkspaceHost />
      {exportChoices && <ExportPdfDialogWhenAsked choices={exportChoices} />}
      <RecordSettingsDialogWhenOpen />
    </div>
    <TrainingLayer theme={theme} />
    </Fragment>
  );
}

export function App({ env, exportChoices }: { readonly env: EditorEnvironment; readonly exportChoices?: ExportChoices }) {
  return (
    <EditorProvider value={env}>
      <TrainingProvider>
        <Shell exportChoices={exportChoices} />
      </TrainingProvider>
    </EditorProvider>
  );
}
