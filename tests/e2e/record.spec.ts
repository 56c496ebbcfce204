import { expect, test } from './fixtures/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DesignerPage } from './pages/designer-page';
import { ExportDialogPO } from './pages/export-dialog';

const run = promisify(execFile);
const LOGO = 'tests/fixtures/record/clinic-logo.png';

/**
 * The record: the clinic's details and texts are set once in "Clinic details and texts" (kept in
 * the preferences), and every export then carries the letterhead, the consent section and the
 * handout with the clinic's contact lines; the PDF is named from title, patient id and date.
 */
test('clinic details and texts go into the exported record', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new DesignerPage(page);
  const exportDialog = new ExportDialogPO(page);
  await app.goto();
  await app.sideTab('Plan details');
  const title = page.getByTestId('meta-title');
  await title.fill('Midface 3+3');
  await title.press('Enter');
  await app.setPatientId('RC-0042');
  const date = await page.getByTestId('meta-date').inputValue();

  // It reads as a link (it opens a dialog), not as a caption in the panel's text colour.
  const opener = page.getByTestId('plan-details').getByTestId('open-record-settings');
  const look = await opener.evaluate((el) => {
    const s = getComputedStyle(el);
    return { underlined: s.textDecorationLine.includes('underline'), sameAsText: s.color === getComputedStyle(el.parentElement!).color };
  });
  expect(look).toEqual({ underlined: true, sameAsText: false });
  await opener.click();
  const settings = page.getByRole('dialog', { name: 'Clinic details and texts' });
  await expect(settings).toBeVisible();
  await settings.getByLabel('Clinic name').fill('Riverside Aesthetic Clinic');
  await settings.getByLabel('Address').fill('12 Hangang-daero\nYongsan-gu, Seoul');
  await settings.getByLabel('Telephone').fill('+82 2 555 0142');
  await settings.getByLabel('Logo').setInputFiles(LOGO);
  await expect(settings.getByRole('img', { name: 'The clinic logo' })).toBeVisible();
  const aftercare = settings.getByLabel('Handout: aftercare');
  await expect(aftercare).toHaveValue(/# What to expect/);
  await aftercare.fill('# Our advice\n- First week: Rest and sleep on your back.');
  await expect(settings.locator('[data-reset="aftercare"]')).toBeVisible();
  await settings.getByLabel('Consent: photographs').fill('Photographs stay in my chart only.');
  await app.screenshot('record-settings-1280');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeHidden();

  // A too-large logo is refused with a sentence, and nothing typed is lost.
  await page.getByTestId('plan-details').getByTestId('open-record-settings').click();
  await expect(settings.getByLabel('Clinic name')).toHaveValue('Riverside Aesthetic Clinic');
  await settings.getByLabel('Logo').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(300 * 1024, 1) });
  await expect(settings.getByRole('alert')).toContainText('at most 256 KB');
  // Reset puts the default words back.
  await settings.locator('[data-reset="aftercare"]').click();
  await expect(settings.getByLabel('Handout: aftercare')).toHaveValue(/# What to expect/);
  await settings.getByRole('button', { name: 'Cancel' }).click();
  await expect(settings).toBeHidden();

  await app.sideTab('Inspector');
  await app.run('tool.thread');
  await app.canvas.drawThread([
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ]);
  await expect(app.objects.threads()).toHaveCount(1);
  await app.run('file.exportPdf');
  await exportDialog.choose({ aftercare: true, signature: true });
  await exportDialog.checkbox(/consent section/).check();
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.exportButton()]);
  expect(download.suggestedFilename()).toBe(`Midface 3+3 - RC-0042 - ${date}.pdf`);
  const text = (await run('pdftotext', ['-layout', await download.path(), '-'])).stdout;
  expect(text).toContain('Riverside Aesthetic Clinic');
  expect(text).toContain('+82 2 555 0142');
  expect(text).toContain('Consent to treatment');
  expect(text).toContain('about 35 in 100 (35%)');
  expect(text).toContain('Photographs stay in my chart only.');
  expect(text).toContain('Rest and sleep on your back.');
  expect(text).toContain('Products');
  const images = (await run('pdfimages', ['-list', await download.path()])).stdout.split('\n').slice(2).filter((l) => l.trim());
  expect(images.length).toBeGreaterThanOrEqual(2); // the logo on page 1 and on the handout
});

/**
 * The texts the clinic has not written are VectorLift's, shown in the interface's language (a
 * Russian clinic reads and edits the Russian words); kept unedited, they stay VectorLift's and
 * are shown in English again once the interface is English. The language change keeps the side
 * panel on its tab.
 */
test('the default texts show in the interface language and stay defaults when saved unedited', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto({ fresh: true });
  const menu = await app.openMenu('view-menu');
  await menu.locator('input[data-language-choice="ru"]').check();
  await expect(page.locator('#objects-title')).toHaveText('Точки вкола и нити');
  await app.closeMenu('view-menu');
  await page.getByRole('tab').nth(2).click();
  await page.getByTestId('plan-details').getByTestId('open-record-settings').click();
  const settings = page.getByTestId('record-settings');
  const aftercare = settings.locator('textarea[name="aftercare"]');
  await expect(aftercare).toHaveValue(/^# Чего ожидать\n/);
  await expect(settings.locator('[data-reset="aftercare"]')).toHaveCount(0);
  await expect(settings.getByText('Текст VectorLift, печатается на языке PDF').first()).toBeVisible();
  await settings.locator('.dialog-buttons button.primary').click();
  await expect(settings).toBeHidden();

  const back = await app.openMenu('view-menu');
  await back.locator('input[data-language-choice="en"]').check();
  await expect(page.locator('#objects-title')).toHaveText('Entry points and threads');
  await app.closeMenu('view-menu');
  // The side panel stays on the tab that was open when the language changed.
  await expect(page.getByRole('tab', { name: 'Plan details' })).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('plan-details').getByTestId('open-record-settings').click();
  await expect(settings.locator('textarea[name="aftercare"]')).toHaveValue(/^# What to expect\n/);
  await expect(settings.locator('[data-reset="aftercare"]')).toHaveCount(0);
  expect(app.errors).toEqual([]);
});

/** Finalizing: sign-off in the plan details, the next edit starts revision 2, revision 1 stays exportable. */
test('a plan marked final keeps that revision when it is edited again', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await app.run('tool.thread');
  await app.canvas.drawThread([
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ]);
  await app.sideTab('Plan details');
  const status = page.getByTestId('revision-status');
  await expect(status).toHaveText('Revision 1: draft, not signed off.');
  await page.getByTestId('mark-final').click();
  const dialog = page.getByTestId('mark-final-dialog');
  await dialog.getByLabel('Signed off by').fill('Dr K. Final');
  await dialog.getByRole('button', { name: 'Mark final' }).click();
  await expect(status).toContainText('Revision 1: final, signed off by Dr K. Final');
  await app.screenshot('revision-final');

  const title = page.getByTestId('meta-title');
  await title.fill('Midface, touched up');
  await title.press('Enter');
  await expect(status).toHaveText('Revision 2: draft, not signed off.');
  const kept = page.getByRole('list', { name: 'Signed-off revisions kept in the plan' });
  await expect(kept).toContainText('Revision 1, signed off by Dr K. Final');
  await app.run('file.exportPdf');
  await new ExportDialogPO(page).expectOpen();
  await new ExportDialogPO(page).cancel();
  const [download] = await Promise.all([page.waitForEvent('download'), kept.getByRole('button', { name: 'Export PDF' }).click().then(() => new ExportDialogPO(page).exportButton())]);
  expect(download.suggestedFilename()).toMatch(/ - revision 1\.pdf$/);
  const text = (await run('pdftotext', ['-layout', await download.path(), '-'])).stdout;
  expect(text).toContain('FINAL: revision 1, signed off by Dr K. Final');
  expect(text).not.toContain('Midface, touched up');
});
