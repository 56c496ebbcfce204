import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../shared/plan';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';
import { PHOTO_FIXTURES, PhotosPO } from './pages/photos';

/**
 * A photo taken from an oblique angle (issue 11: "frontal, and oblique/profile where the surface
 * views exist"): imported, its angle set to left oblique, aligned by hand with only the key
 * landmarks that angle can see, shown under the plan in the left-oblique view, a thread drawn on
 * it that lands in the plan where it was drawn (frontal millimetres) with the finding the same
 * analysis gives, then saved and reopened with the photo back under that view.
 *
 * The photo is synthetic: the canonical face surface rendered in the left-oblique view
 * (tests/fixtures/photos/make-oblique-fixture.ts), with a sheet of where each visible key
 * landmark is on it, so the clicks are exact and the thread's position can be checked.
 */

const SHEET = JSON.parse(readFileSync(join(PHOTO_FIXTURES, 'face-oblique-left-synthetic.json'), 'utf8')) as {
  width: number;
  height: number;
  marks: Record<string, { x: number; y: number }>;
};

/** A thread over the patient's left cheek (frontal mm), in full sight in the left oblique. */
const CHEEK_PATH = [
  { x: 62, y: -4 },
  { x: 52, y: 24 },
  { x: 38, y: 50 },
];

test('an oblique photo: align the landmarks that angle shows, draw on it in its view, save and reopen', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url())) outside.push(r.url());
  });
  const app = new DesignerPage(page);
  const photos = new PhotosPO(page);
  await app.goto();
  await photos.openTab();
  await photos.importFile('face-oblique-left-synthetic.png');
  await expect(photos.message).toContainText(`Imported face-oblique-left-synthetic.png as ${SHEET.width} × ${SHEET.height} px.`);
  const card = photos.cards.first();
  await card.getByTestId('photo-angle').selectOption('oblique-left');
  await expect(card.getByRole('heading')).toContainText('Oblique, left side');

  // Only the key landmarks the left oblique can see are offered: not the right tragus or jaw angle.
  await photos.openAlign();
  await expect(photos.align.locator('li[data-landmark="tragus-right"]')).toHaveCount(0);
  await expect(photos.align.locator('li[data-landmark="gonion-right"]')).toHaveCount(0);
  await expect(photos.align.locator('li[data-landmark="tragus-left"]')).toHaveCount(1);
  const ids = Object.keys(SHEET.marks);
  expect(ids).not.toContain('tragus-right');
  for (const id of ids) await photos.place(id, SHEET.marks[id]!);
  await expect(page.getByTestId('align-status')).toContainText(`Aligned by ${ids.length} landmarks`);
  await app.screenshot('photo-views-01-aligned-oblique');
  await photos.done();

  // Done turns the designer to the photo's view, with the photo under the plan.
  await expect(app.canvas.root).toHaveAttribute('data-face-view', 'left-oblique');
  await expect(app.canvas.root).toHaveAttribute('data-photo', 'p1');
  await expect(card.getByTestId('photo-shown-in')).toHaveText('Under the plan in this view (Left oblique).');
  // The frontal view has no frontal photo: the diagram there.
  await app.setFaceView('frontal');
  await expect(app.canvas.root).not.toHaveAttribute('data-photo', /.+/);
  await expect(card.getByTestId('photo-shown-in')).toContainText('Under the plan in the Left oblique view');
  await app.setFaceView('left-oblique');
  await expect(app.canvas.root).toHaveAttribute('data-photo', 'p1');

  // Draw a thread on the photo and make it too shallow: the finding of the same analysis.
  await app.sideTab('Inspector');
  await app.run('tool.thread');
  await app.canvas.drawThread(CHEEK_PATH);
  await expect(app.objects.threads()).toHaveCount(1);
  await app.run('tool.select');
  await app.canvas.click({ x: (CHEEK_PATH[1]!.x + CHEEK_PATH[2]!.x) / 2, y: (CHEEK_PATH[1]!.y + CHEEK_PATH[2]!.y) / 2 });
  await app.inspector.setDepth(1);
  await app.findings.expectRule('superficial-path', true);
  await app.screenshot('photo-views-02-thread-on-oblique-photo');

  // Stored in frontal millimetres where it was drawn: through the photo's inverse warp and the
  // view's picking onto the skin (within a pixel of the view at this zoom).
  const saved = await app.save();
  const parsed = parsePlanText(saved.text);
  if (!parsed.ok) throw new Error('saved plan did not parse');
  const path = parsed.plan.threads[0]!.path;
  expect(path).toHaveLength(CHEEK_PATH.length);
  path.forEach((p, i) => expect(Math.hypot(p.x - CHEEK_PATH[i]!.x, p.y - CHEEK_PATH[i]!.y)).toBeLessThan(0.75));
  expect(parsed.plan.photos[0]!.angle).toBe('oblique-left');
  expect(parsed.plan.photos[0]!.landmarks.map((l) => l.id).sort()).toEqual([...ids].sort());

  await app.run('file.new');
  await expect(app.canvas.root).not.toHaveAttribute('data-photo', /.+/);
  await app.open(saved);
  await expect(app.objects.threads()).toHaveCount(1);
  await app.setFaceView('left-oblique');
  await expect(app.canvas.root).toHaveAttribute('data-photo', 'p1');
  await photos.openTab();
  await expect(photos.cards.first().getByTestId('photo-alignment')).toContainText(`Aligned by ${ids.length} landmarks`);
  await app.screenshot('photo-views-03-reopened-oblique');

  expect(outside).toEqual([]);
  expect(app.errors).toEqual([]);
});
