import { expect, test, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHUNK_MAP_FILE, type ChunkMapEntry } from '../../scripts/chunk-map-plugin';
import { DesignerPage } from './pages/designer-page';
import { TrainingPage } from './pages/training-page';

/**
 * Start-up (issue 15): the first screen loads without the training views, whose code arrives
 * when the library is opened, and the face canvas marks its first draw (bench/startup.bench.ts
 * times it). Chunk file names are chosen by the bundler, so the test recognizes the library's
 * code by what it contains: the class of its case cards.
 *
 * Which modules the first screen loads is read from the build this suite runs against (the web
 * server builds dist/renderer first; scripts/chunk-map-plugin.ts lists each chunk's modules).
 */

/**
 * Modules the first screen must not load: each waits for first use (docs/performance.md,
 * "Start-up of the browser edition"). A pattern matches the start of a module's path.
 */
const LAZY_MODULES: readonly string[] = [
  // Training: its views, the case library and case texts, comparing designs and the summary.
  'renderer/ui/training/CompareView.tsx',
  'renderer/ui/training/PresenterView.tsx',
  'renderer/ui/training/TrainingBrowser.tsx',
  'renderer/ui/training/SaveCaseDialog.tsx',
  'renderer/ui/training/ExerciseSummaryDialog.tsx',
  'renderer/training/case-library.ts',
  'shared/training/plan-diff.ts',
  'shared/training/diff-text/',
  'shared/training/case-text',
  'shared/training/finish-exercise.ts',
  // The PDF writer and its font tools, and the Export PDF and record dialogs.
  'renderer/export/pdf-export.ts',
  'shared/report/pdf',
  'node_modules/pdf-lib/',
  'node_modules/@pdf-lib/',
  'renderer/ui/ExportPdfDialog.tsx',
  'renderer/ui/record/RecordSettingsDialog.tsx',
  // Side panel tabs that do not open first, and the photos (workspaces, detector, underlay).
  'renderer/ui/DepthProfile.tsx',
  'renderer/ui/PlanDetails.tsx',
  'renderer/photo/PhotosPanel.tsx',
  'renderer/photo/AlignWorkspace.tsx',
  'renderer/photo/CompareWorkspace.tsx',
  'renderer/photo/photo-canvas.tsx',
  'renderer/photo/detect/detect-landmarks.ts',
  // The selection's inspectors and the confirm and help dialogs (loaded after the first draw),
  // the English strings of every view loaded on demand, the plan loader and its refusal texts
  // (Open, recovery) and the browser's file pickers (Open, Save, export).
  'renderer/ui/ThreadInspector.tsx',
  'renderer/ui/EntryPointInspector.tsx',
  'renderer/ui/MultiThreadInspector.tsx',
  'renderer/ui/Dialogs.tsx',
  'renderer/i18n/en-views.ts',
  'shared/plan/parse.ts',
  'shared/plan/validate.ts',
  'shared/plan/migrations.ts',
  'shared/plan/error-text/en.ts',
  'renderer/bridge/browser-files.ts',
  // The tissue simulation runs in its worker; the interface's other languages load when shown,
  // and so do shared code's tables in them (shared/i18n/language-tables.ts).
  'shared/simulation/',
  'renderer/i18n/ko.ts',
  'renderer/i18n/ru.ts',
  'shared/i18n/tables-ko.ts',
  'shared/i18n/tables-ru.ts',
  ...['ko', 'ru'].flatMap((lang) => [
    `shared/analysis/messages/${lang}.ts`,
    `shared/analysis/messages/words-${lang}.ts`,
    `shared/analysis/rule-text/${lang}.ts`,
    `shared/analysis/rule-text/thresholds-${lang}.ts`,
    `shared/analysis/rule-text/sources-${lang}.ts`,
    `shared/atlas/names/${lang}.ts`,
    `shared/plan/error-text/${lang}.ts`,
    `shared/ipc/refusal-text/${lang}.ts`,
    `shared/record/record-texts-${lang}.ts`,
  ]),
];

test('the build keeps training, the PDF writer, photos, the simulation and the other languages out of the first screen', () => {
  const mapFile = fileURLToPath(new URL(`../../dist/renderer/${CHUNK_MAP_FILE}`, import.meta.url));
  const chunks = JSON.parse(readFileSync(mapFile, 'utf8')) as ChunkMapEntry[];
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  // The entry chunk and every chunk it imports statically: what loads before the app runs.
  const first = new Set<ChunkMapEntry>();
  const visit = (file: string) => {
    const chunk = byFile.get(file);
    if (!chunk || first.has(chunk)) return;
    first.add(chunk);
    chunk.imports.forEach(visit);
  };
  const entries = chunks.filter((c) => c.isEntry);
  expect(entries.map((c) => c.file)).toHaveLength(1);
  visit(entries[0]!.file);
  const firstModules = [...first].flatMap((c) => c.modules);
  // The map is the real one: the first screen's own modules are in it.
  expect(firstModules).toContain('renderer/canvas/FaceCanvas.tsx');
  expect(firstModules.filter((m) => LAZY_MODULES.some((lazy) => m.startsWith(lazy)))).toEqual([]);
  // And each lazy view is built at all (a renamed file would make its pattern match nothing).
  const allModules = chunks.flatMap((c) => c.modules);
  expect(LAZY_MODULES.filter((lazy) => !allModules.some((m) => m.startsWith(lazy)))).toEqual([]);
});

test('the first screen loads uncompressed, without the training views and the dialogs; opening the library loads them; the first draw is marked once', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  const encodings: string[] = [];
  page.on('response', (r: Response) => {
    // A response still arriving when the test ends has no body to read: count it as empty.
    if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
    // The browser asks for gzip; the preview server sends every file as it is, as the desktop's
    // app:// protocol does (scripts/uncompressed-preview-plugin.ts).
    if (r.request().resourceType() === 'script' || r.request().resourceType() === 'document') encodings.push(r.headers()['content-encoding'] ?? 'none');
  });
  const app = new DesignerPage(page);
  await app.goto({ fresh: false });
  const marks = (await page.evaluate("performance.getEntriesByName('vectorlift:first-canvas-draw').map((m) => m.startTime)")) as number[];
  expect(marks).toHaveLength(1);
  expect(marks[0]).toBeGreaterThan(0);
  expect(encodings.length).toBeGreaterThan(1);
  expect(encodings.filter((e) => e !== 'none')).toEqual([]);

  const libraryCode = (code: string) => code.includes('case-card');
  // The Export PDF and record dialogs are mounted only when opened, so their code waits too.
  // (Their test ids; the minifier may quote a string with ', " or `.)
  const dialogCode = (code: string) => /['"`](export-pdf-dialog|record-settings)['"`]/.test(code);
  const atStart = await Promise.all(scripts);
  expect(atStart.length).toBeGreaterThan(0);
  expect(atStart.filter(libraryCode)).toEqual([]);
  expect(atStart.filter(dialogCode).map((code) => code.slice(0, 200))).toEqual([]);

  const training = new TrainingPage(page);
  await training.openBrowser();
  await expect(training.cards().first()).toBeVisible();
  const afterOpening = await Promise.all(scripts);
  expect(afterOpening.filter(libraryCode).length).toBeGreaterThan(0);
  expect(app.errors).toEqual([]);
});
