/**
 * Entry point of the renderer (Electron window and browser edition alike): the host bridge,
 * the editor core with the shared atlas, catalogue and analysis, the React views, window
 * shortcuts and native menu commands.
 */
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/training.css';
import { createRoot } from 'react-dom/client';
import { analyze } from '../shared/analysis';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { THREAD_CATALOGUE } from '../shared/catalogue';
import type { MenuCommand } from '../shared/ipc/contract';
import { defaultPaper } from '../shared/report/default-paper';
import { App } from './App';
import { getBridge } from './bridge';
import { afterFirstCanvasDraw } from './canvas/first-draw';
import { isMacPlatform } from './canvas/use-canvas-input';
import { createEditor } from './editor/create-editor';
import { applyLanguage, currentLocale, loadViewTexts, resolveLanguage } from './i18n';
import { prepareLanguage } from './i18n/prepare';
import { ExportChoices } from './export/export-choices';
import { lazyPdfExporter } from './export/lazy-export';
import { installKeyboard, isTextEntry } from './ui/keyboard';
import { workerTissueSource } from './simulation/tissue-source';

/** Menu commands a focused text field should handle itself (its own undo, select all...). */
const TEXT_FIELD_COMMANDS: ReadonlySet<MenuCommand> = new Set(['edit.undo', 'edit.redo', 'edit.selectAll', 'edit.delete']);

const bridge = getBridge();
// File → Export PDF asks the Export PDF dialog for paper, optional parts and overlays.
// Its answers are kept in the preferences, so the next session offers them again.
const exportChoices = new ExportChoices(
  () => defaultPaper(navigator.language),
  (exportOptions) => void bridge.setPreferences({ exportOptions }).catch(() => undefined), // a convenience: a failed write keeps the session's answer
  currentLocale, // the PDF's language unless the dialog says otherwise
);
const startPreferences = bridge.getPreferences().catch(() => null);
void startPreferences.then((prefs) => prefs && exportChoices.restore(prefs.exportOptions));
const mac = isMacPlatform();
const editor = createEditor({
  bridge,
  atlas: CANONICAL_ATLAS,
  catalogue: THREAD_CATALOGUE,
  analyze: (plan, atlas, simulation) => analyze(plan, atlas, { catalogue: THREAD_CATALOGUE, simulation }),
  // The tissue map is simulated in a Worker (the drag never waits for it); Vite bundles the
  // worker as its own same-origin file, which the CSP's worker-src 'self' allows.
  tissue: workerTissueSource(() => new Worker(new URL('./simulation/tissue.worker.ts', import.meta.url), { type: 'module' })),
  mac,
  // The PDF code loads on the first export only, keeping it out of the first paint.
  exportPdf: lazyPdfExporter(
    (snapshot) => exportChoices.ask(snapshot.layers),
    // The clinic's letterhead and texts, read at each export so an edit made a moment ago counts.
    // Unreadable preferences give the plain report (no letterhead, default texts), never no report.
    () => bridge.getPreferences().then((prefs) => ({ clinic: prefs.clinic, texts: prefs.recordTexts }), () => undefined),
  ),
  shouldRunMenuCommand: (command) => !(TEXT_FIELD_COMMANDS.has(command) && isTextEntry(document.activeElement)),
});

installKeyboard(editor, mac);
// The English words of the views loaded on demand, fetched once the face is drawn so the first
// view opened finds them there (each lazy view also awaits them; a failure is retried then).
afterFirstCanvasDraw(() => void loadViewTexts().catch(() => undefined));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The first render is in the user's language, drawn in its font: the preferences are read and
// the language's words and the bundled Hangul/Cyrillic face loaded first (i18n/prepare.ts), so
// nothing shows in English or in a fallback font for a moment (English waits for nothing).
void startPreferences
  .then((prefs) => {
    const preference = prefs?.language ?? 'system';
    return prepareLanguage(resolveLanguage(preference)).then(() => applyLanguage(preference));
  })
  .finally(() => createRoot(root).render(<App env={{ editor, atlas: CANONICAL_ATLAS, catalogue: THREAD_CATALOGUE }} exportChoices={exportChoices} />));
