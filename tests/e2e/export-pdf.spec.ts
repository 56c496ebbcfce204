import { expect, test } from './fixtures/test';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DesignerPage } from './pages/designer-page';
import { ExportDialogPO } from './pages/export-dialog';

const run = promisify(execFile);
const PATIENT_ID = 'PT-7731-QX';

/** poppler-utils must be installed (CI installs it); say which package is missing otherwise. */
async function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): Promise<string> {
  try {
    return (await run(tool, args)).stdout;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found: install poppler-utils`, { cause: e });
    throw e;
  }
}

/**
 * File → Export PDF opens the options dialog; Cancel saves nothing; Letter + anonymize +
 * aftercare gives a Letter PDF without the patient ID and with the aftercare handout, and the
 * choice is remembered for the next export.
 */
test('export the plan as a PDF with the chosen options', async ({ page }) => {
  const app = new DesignerPage(page);
  const dialog = new ExportDialogPO(page);
  await app.goto();
  await app.setPatientId(PATIENT_ID);
  await app.sideTab('Inspector');
  await app.run('tool.thread');
  await app.canvas.drawThread([
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ]);
  await expect(app.objects.threads()).toHaveCount(1);
  await app.setLayer('danger-zones', true);
  await app.closeMenu('view-menu');
  await expect(app.command('file.exportPdf')).toBeEnabled();

  // The overlays default to those on screen; Cancel closes the dialog and exports nothing.
  await app.run('file.exportPdf');
  await dialog.expectOpen();
  await expect(dialog.overlay('danger-zones')).toBeChecked();
  await expect(dialog.overlay('muscles')).not.toBeChecked();
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.cancel();
  await app.run('file.exportPdf');
  await dialog.choose({ paper: 'US Letter', anonymize: true, aftercare: true, signature: false });
  await app.screenshot('export-pdf-dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.exportButton()]);
  await expect(dialog.root).toBeHidden();
  expect(downloads).toBe(1); // the cancelled export saved nothing
  // Named from the plan; an anonymized copy keeps the patient id out of the name too.
  expect(download.suggestedFilename()).toMatch(/^Untitled plan - \d{4}-\d{2}-\d{2}\.pdf$/);
  const path = await download.path();
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const info = await poppler('pdfinfo', [path]);
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const text = await poppler('pdftotext', ['-layout', path, '-']);
  expect(text).toContain('Planning aid only');
  expect(text).not.toContain(PATIENT_ID);
  expect(text).toContain('anonymized');
  expect(text).toContain('Before and after your thread lift');

  // Remembered for the session.
  await app.run('file.exportPdf');
  await expect(dialog.paper('US Letter')).toBeChecked();
  await expect(dialog.checkbox(/^Anonymize/)).toBeChecked();
  await expect(dialog.checkbox(/aftercare handout/)).toBeChecked();
  await expect(dialog.checkbox(/signature block/)).not.toBeChecked();
  await dialog.cancel();

  // And kept in the preferences: a new session offers the same options.
  await page.reload();
  await app.canvas.waitReady();
  await app.run('file.exportPdf');
  await expect(dialog.paper('US Letter')).toBeChecked();
  await expect(dialog.checkbox(/^Anonymize/)).toBeChecked();
  await dialog.cancel();
});

/** The same export with the patient ID kept: the ID is in the PDF (so the check above means something). */
test('a PDF that is not anonymized names the patient', async ({ page }) => {
  const app = new DesignerPage(page);
  const dialog = new ExportDialogPO(page);
  await app.goto();
  await app.setPatientId(PATIENT_ID);
  await app.run('file.exportPdf');
  await dialog.choose({ paper: 'A4', anonymize: false, aftercare: false });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.exportButton()]);
  const path = await download.path();
  expect(await poppler('pdfinfo', [path])).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
  const text = await poppler('pdftotext', ['-layout', path, '-']);
  expect(text).toContain(PATIENT_ID);
  expect(text).not.toContain('Caring for your face after a thread lift');
});

/**
 * Issue 14: the PDF's language is the dialog's own choice, offered as the interface's. From an
 * English screen, a Russian handout: the report's words, the findings and the aftercare are
 * Russian; the next export offers English again.
 */
test('a PDF in the patient\'s language from an English screen', async ({ page }) => {
  const app = new DesignerPage(page);
  const dialog = new ExportDialogPO(page);
  await app.goto();
  await app.setPatientId(PATIENT_ID);
  await app.run('file.exportPdf');
  await dialog.expectOpen();
  await expect(dialog.language()).toHaveValue('en');
  await dialog.choose({ aftercare: true, language: 'ru' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.exportButton()]);
  const text = (await poppler('pdftotext', [await download.path(), '-'])).replace(/\s+/g, ' ');
  expect(text).toContain('ПЛАН НИТЕВОГО ЛИФТИНГА');
  expect(text).toContain('До и после нитевого лифтинга');
  expect(text).toContain('Чего избегать и как долго');
  expect(text).not.toContain('Before and after your thread lift');
  await app.run('file.exportPdf');
  await expect(dialog.language()).toHaveValue('en');
  await dialog.cancel();
});
