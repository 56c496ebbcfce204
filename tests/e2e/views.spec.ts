import { expect, test } from './fixtures/test';
import { CANONICAL_ATLAS } from '../../shared/atlas/canonical';
import { parsePlanText } from '../../shared/plan';
import { CANONICAL_SURFACE, VIEWS, VIEW_IDS, isVisibleInView } from '../../shared/surface';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DesignerPage } from './pages/designer-page';
import { ExportDialogPO } from './pages/export-dialog';

const run = promisify(execFile);

/**
 * The oblique and profile views (issue 9): every view drawn in both themes (screenshots in
 * test-results/screens/, looked at by eye), a temple thread drawn where it can be seen and found
 * again in the frontal view, and skin the view cannot show refused to the pointer.
 */

test('every view of a plan, in both themes, with the switcher and the view keys', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new DesignerPage(page);
  await app.goto();
  await app.openExample('assets/examples/good-brow.vlift');
  for (const theme of ['light', 'dark'] as const) {
    await app.setTheme(theme);
    for (const view of VIEW_IDS) {
      await app.setFaceView(view);
      await app.screenshot(`views-${theme}-${view}`);
    }
  }
  // ',' and '.' turn the view round the head one step at a time; '/' comes back to frontal.
  await app.setFaceView('frontal');
  await app.canvas.root.focus();
  await page.keyboard.press('.');
  await expect(app.canvas.root).toHaveAttribute('data-face-view', 'left-oblique');
  await page.keyboard.press('.');
  await expect(app.canvas.root).toHaveAttribute('data-face-view', 'left-profile');
  await page.keyboard.press(',');
  await page.keyboard.press(',');
  await page.keyboard.press(',');
  await expect(app.canvas.root).toHaveAttribute('data-face-view', 'right-oblique');
  await page.keyboard.press('/');
  await expect(app.canvas.root).toHaveAttribute('data-face-view', 'frontal');
  // The keys are listed in the keyboard help.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog');
  await expect(help).toContainText('Left oblique view (45°)');
  await expect(help).toContainText("Turn the view toward the patient's left");
});

/** A temple thread from the hairline down to the front of the zygomatic arch (frontal mm). */
const TEMPLE_PATH = [
  { x: 64, y: -38 },
  { x: 63, y: -18 },
  { x: 60, y: 0 },
];

test('a temple thread drawn in the oblique view is in the plan where it was drawn, and in the frontal view', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await app.setFaceView('left-oblique');
  await app.run('tool.thread');
  await app.canvas.drawThread(TEMPLE_PATH);
  await expect(app.objects.threads()).toHaveCount(1);
  // Its new entry point is lettered, as the example plans' entries are, never numbered beside
  // the thread's number.
  await expect(app.objects.entries().locator('.object-title')).toHaveText(['Entry point A']);
  await app.screenshot('views-temple-thread-oblique');

  // The plan keeps frontal coordinates: the points clicked in the oblique view, within a pixel
  // on the skin (at this zoom a pixel of the oblique view is well under a millimetre).
  const { text } = await app.save();
  const parsed = parsePlanText(text);
  if (!parsed.ok) throw new Error('saved plan did not parse');
  const path = parsed.plan.threads[0]!.path;
  expect(parsed.plan.entryPoints.map((e) => e.label)).toEqual(['A']);
  expect(path).toHaveLength(TEMPLE_PATH.length);
  path.forEach((p, i) => {
    expect(Math.hypot(p.x - TEMPLE_PATH[i]!.x, p.y - TEMPLE_PATH[i]!.y)).toBeLessThan(0.75);
  });

  // In the frontal view the same thread is there to be picked at its frontal position.
  await app.setFaceView('frontal');
  await app.run('tool.select');
  await app.canvas.click({ x: (path[0]!.x + path[1]!.x) / 2, y: (path[0]!.y + path[1]!.y) / 2 });
  await expect(app.inspector.thread).toBeVisible();
  await app.screenshot('views-temple-thread-frontal');

  // And in the exported PDF: numbered on the frontal diagram (page 1) and in the left oblique,
  // the right-hand panel at the top of page 2 (its text read from that part of the page only),
  // with its entry point lettered there as in the designer.
  const dialog = new ExportDialogPO(page);
  await app.run('file.exportPdf');
  await dialog.expectOpen();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.exportButton()]);
  const pdf = await download.path();
  const pageText = async (n: number) => (await run('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdf, '-'])).stdout;
  expect((await pageText(1)).split(/\s+/)).toContain('1');
  expect(await pageText(2)).toContain('Oblique views');
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec((await run('pdfinfo', [pdf])).stdout);
  const [width, height] = [Number(size![1]), Number(size![2])];
  const crop = ['-x', String(Math.round(width / 2)), '-y', '0', '-W', String(Math.round(width / 2)), '-H', String(Math.round(height * 0.6))];
  const leftOblique = (await run('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', ...crop, pdf, '-'])).stdout;
  expect(leftOblique).toContain("Patient's left");
  expect(leftOblique.split(/\s+/)).toContain('1');
  expect(leftOblique.split(/\s+/)).toContain('A');
  // The marking sheet names the entry by the same letter ("Entry A, fixation point": this
  // temple thread is anchored at its entry).
  const all = (await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])).stdout;
  expect(all).toMatch(/Entry (point )?A\b/);
});

/** A point of the patient's right cheek beside the nose: seen from the front, hidden by the nose in the left oblique. */
function hiddenByNose(): { x: number; y: number } {
  for (let x = -4; x > -40; x -= 0.5) {
    const p = { x, y: 22 };
    if (CANONICAL_SURFACE.onSurfaceAt(p.x, p.y) && !isVisibleInView(CANONICAL_SURFACE, p, VIEWS['left-oblique'])) return { x: x - 1, y: 22 };
  }
  throw new Error('no point hidden by the nose');
}

test('skin hidden in a view cannot be picked: a click there lands on what is in front', async ({ page }) => {
  const hidden = hiddenByNose();
  expect(isVisibleInView(CANONICAL_SURFACE, hidden, VIEWS.frontal)).toBe(true);
  expect(isVisibleInView(CANONICAL_SURFACE, hidden, VIEWS['left-oblique'])).toBe(false);
  const app = new DesignerPage(page);
  await app.goto();
  // An entry point on the hidden cheek, placed in the frontal view.
  await app.run('tool.entry');
  await app.canvas.click(hidden);
  await expect(app.objects.entries()).toHaveCount(1);

  // In the left oblique the nose covers it: a click where it would be drawn does not select it.
  await app.setFaceView('left-oblique');
  await app.run('tool.select');
  await app.canvas.click(hidden);
  await expect(app.objects.selected()).toHaveCount(0);

  // And a new entry point placed there lands on the nose, in front, not on the hidden cheek.
  await app.run('tool.entry');
  await app.canvas.click(hidden);
  await expect(app.objects.entries()).toHaveCount(2);
  const { text } = await app.save();
  const parsed = parsePlanText(text);
  if (!parsed.ok) throw new Error('saved plan did not parse');
  const placed = parsed.plan.entryPoints[1]!.position;
  expect(placed.x).toBeGreaterThan(hidden.x + 3);
  expect(CANONICAL_ATLAS.bounds.minX).toBeLessThan(placed.x);
});
