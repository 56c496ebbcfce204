import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * The core journey: draw a thread with the mouse, make it too shallow and see the
 * superficial-path finding, fix it, undo and redo, save, reopen and compare.
 */

// A midface thread on the patient's left: entry at the temple, down across the cheek.
const PATH = [
  { x: 62, y: -4 },
  { x: 52, y: 24 },
  { x: 38, y: 50 },
];

test('draw a thread, make it shallow, fix it, undo/redo, save and reopen', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();

  await app.run('tool.thread');
  await app.expectTool('thread');
  await app.canvas.drawThread(PATH);
  await expect(app.objects.threads()).toHaveCount(1);
  await expect(app.objects.entries()).toHaveCount(1);

  // Select it on the canvas with the select tool (click on the middle of the first segment).
  await app.run('tool.select');
  await app.canvas.click({ x: 0, y: 130 }); // empty face: clears the selection
  await expect(app.inspector.thread).toHaveCount(0);
  await app.canvas.click({ x: (PATH[1]!.x + PATH[2]!.x) / 2, y: (PATH[1]!.y + PATH[2]!.y) / 2 });
  await expect(app.inspector.thread).toBeVisible();
  await expect(app.objects.selected()).toHaveCount(1);
  await app.findings.expectRule('superficial-path', false);
  const normalDepth = await app.inspector.depth();
  await app.screenshot('01-thread-drawn');

  // Too shallow: inside the skin.
  await app.inspector.setDepth(1);
  await app.findings.expectRule('superficial-path', true);
  await app.screenshot('02-thread-shallow');

  // Fix it.
  await app.inspector.setDepth(5);
  await app.findings.expectRule('superficial-path', false);

  // Undo brings the shallow depth (and the finding) back; redo fixes it again.
  await app.run('edit.undo');
  await app.findings.expectRule('superficial-path', true);
  await expect.poll(() => app.inspector.depth()).toBe(1);
  await app.run('edit.redo');
  await app.findings.expectRule('superficial-path', false);
  await expect.poll(() => app.inspector.depth()).toBe(5);
  expect(normalDepth).toBeGreaterThan(1);

  // Save (a download in the browser edition), then reopen the file and save it again.
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  const saved = await app.save();
  expect(saved.name).toMatch(/\.vlift$/);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  const savedPlan = JSON.parse(saved.text);
  expect(savedPlan.format).toBe('vectorlift-plan');
  expect(savedPlan.threads).toHaveLength(1);
  expect(savedPlan.threads[0].depthMm).toBe(5);

  await app.run('file.new');
  await expect(app.objects.threads()).toHaveCount(0);
  await app.open(saved);
  await expect(app.objects.threads()).toHaveCount(1);
  await expect(app.fileName).toContainText(saved.name.replace(/\.vlift$/, ''));
  const again = await app.save();
  expect(JSON.parse(again.text)).toEqual(savedPlan);
  expect(again.text).toBe(saved.text);
  await app.screenshot('03-reopened');
  // No script error and no content-security-policy violation along the way.
  expect(app.errors).toEqual([]);
});

test('a malformed file is refused with a clear message and the plan stays as it was', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await app.run('tool.thread');
  await app.canvas.drawThread(PATH);
  await expect(app.objects.threads()).toHaveCount(1);
  // Saved first, so opening asks no unsaved-changes question and the name must survive too.
  const saved = await app.save();
  const before = await app.objects.root.innerText();

  await app.open({ name: 'broken.vlift', text: '{ "format": "vectorlift-plan", "schemaVersion": 1, "meta": ' });
  await expect(app.status).toContainText('broken.vlift');
  await expect(page.getByRole('alert').filter({ hasText: 'broken.vlift' })).toBeVisible();
  await expect(app.objects.threads()).toHaveCount(1);
  expect(await app.objects.root.innerText()).toBe(before);
  await expect(app.fileName).toContainText(saved.name.replace(/\.vlift$/, ''));
  await app.screenshot('04-malformed-file');

  // A file that is JSON but not a plan is refused the same way.
  await app.open({ name: 'not-a-plan.vlift', text: JSON.stringify({ hello: 'world' }) });
  await expect(app.status).toContainText('not-a-plan.vlift');
  await expect(app.objects.threads()).toHaveCount(1);
  // Nothing changed, so saving again writes the same plan.
  expect((await app.save()).text).toBe(saved.text);
});

test('with the interface in Russian, a refused file is described in Russian, at the same place, whole and dismissible', async ({ browser }) => {
  // The smallest window the layout is made for: the longest refusal must still be read whole.
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const app = new DesignerPage(page);
  await app.goto();

  // Refused by the loader: a plan from a newer VectorLift, pointed at by path, line and column.
  await app.open({ name: 'newer.vlift', text: '{"format": "vectorlift-plan", "schemaVersion": 999}' });
  await expect(app.status).toHaveText(
    /^Не удалось открыть newer\.vlift: \/schemaVersion: план создан более новой версией VectorLift \(схема 999; эта версия читает до \d+\); обновите VectorLift, чтобы открыть его \(строка 1, столбец 48\)$/,
  );
  // Shown whole: it takes the tool hint's place and wraps within the bar, nothing cut off.
  await expect(page.getByTestId('tool-hint')).toHaveCount(0);
  const cut = await app.status.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
  expect(cut).toBe(false);
  await app.screenshot('04-refused-file-ru-1280');
  // It stays until dismissed; then the hint is back.
  await page.getByTestId('status-dismiss').click();
  await expect(app.status).toHaveText('');
  await expect(page.getByTestId('tool-hint')).toBeVisible();

  // Refused before parsing (the bytes are not UTF-8): the bridge's refusal is in Russian too.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), app.run('file.open')]);
  await chooser.setFiles({ name: 'latin1.vlift', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x0a, 0xff, 0x7d]) });
  await expect(app.status).toHaveText(
    'Не удалось открыть latin1.vlift: это не текст UTF-8: байт 0xFF по смещению 2 не может начинать символ; сохраните план в UTF-8 (строка 2, столбец 1)',
  );
  await context.close();
});
