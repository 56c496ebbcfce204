/**
 * The designer's layout: toolbar on top; the objects list on the left (the keyboard path to the
 * canvas); the face canvas in the centre; inspector, depth profile and plan details (tabs) over
 * the live findings on the right; the status bar at the bottom.
 */
import { FaceCanvas } from './canvas/FaceCanvas';
import { t } from './i18n';
import type { ExportChoices } from './export/export-choices';
import { DepthProfilePanel } from './ui/DepthProfile';
import { ConfirmDialog, HelpDialog, RecoveryBanner } from './ui/Dialogs';
import { ExportPdfDialog } from './ui/ExportPdfDialog';
import { EditorProvider, PanelSnapshotProvider, useEditorState, usePanelSnapshot, type EditorEnvironment } from './ui/editor-context';
import { FindingsPanel } from './ui/FindingsPanel';
import { Inspector } from './ui/Inspector';
import { ObjectsList } from './ui/ObjectsList';
import { PlanDetails } from './ui/PlanDetails';
import { StatusBar } from './ui/StatusBar';
import { Tabs } from './ui/Tabs';
import { Toolbar } from './ui/Toolbar';
import { ExerciseBar } from './ui/training/ExerciseBar';
import { TrainingProvider, useTraining } from './ui/training/training-context';
import { TrainingLayer, coversDesigner } from './ui/training/TrainingLayer';
import { useResolvedTheme } from './ui/theme';

const SIDE_TABS = [
  { id: 'inspector', label: t('panel.inspector'), render: () => <Inspector /> },
  { id: 'depth', label: t('panel.depthProfile'), render: () => <DepthProfilePanel /> },
  { id: 'details', label: t('panel.planDetails'), render: () => <PlanDetails /> },
];

function FindingCount() {
  const count = usePanelSnapshot().analysis.findings.length;
  return <span className="pane-count">{count}</span>;
}

function Shell({ exportChoices }: { readonly exportChoices?: ExportChoices }) {
  const theme = useResolvedTheme(useEditorState((s) => s.theme));
  const platform = useEditorState((s) => s.platform);
  // A full-window training view covers the designer, which stays mounted but inert beneath.
  const covered = coversDesigner(useTraining().view.kind);
  return (
    <>
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
        </section>
        <aside className="pane pane-right" aria-label={t('aria.sidePanel')}>
          <Tabs tabs={SIDE_TABS} label={t('aria.sidePanel')} className="side-tabs" />
          <section className="findings-pane" aria-labelledby="findings-title">
            <h2 id="findings-title" className="pane-title">
              {t('panel.findings')} <FindingCount />
            </h2>
            <div className="pane-scroll">
              <FindingsPanel />
            </div>
          </section>
        </aside>
        </PanelSnapshotProvider>
      </main>
      <StatusBar />
      <ConfirmDialog />
      <HelpDialog />
      {exportChoices && <ExportPdfDialog choices={exportChoices} />}
    </div>
    <TrainingLayer theme={theme} />
    </>
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
