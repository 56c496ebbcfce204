import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * Issue 15: a drag redraws the canvas on every pointer move, but neither the panels (objects
 * list, findings, inspector) nor the canvas's own component re-render on a move: the canvas
 * draws a move's moving layer and the map's turns without React (renderer/canvas/
 * gesture-frames.ts) and counts those on `data-moves-drawn`; the panels catch up once, when the drag ends. Each component counts its
 * commits on `data-commits` (useCommitCount, renderer/ui/editor-context.tsx).
 */
const commits = async (element: Locator): Promise<number> => Number((await element.getAttribute('data-commits')) ?? 0);
const movesDrawn = async (element: Locator): Promise<number> => Number((await element.getAttribute('data-moves-drawn')) ?? 0);

test('dragging a path point redraws the canvas on every move; the panels update once, on release; one undo', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await page.keyboard.press('t');
  await app.canvas.drawThread([
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ]);
  await expect(app.objects.threads()).toHaveCount(1);
  // The tissue map on: it follows the drag (a new map at most every 100 ms), drawn without a render too.
  await page.keyboard.press('6');
  await expect(page.locator('.face-canvas')).toHaveAttribute('data-tissue', /:\d+/, { timeout: 30_000 });
  await page.keyboard.press('a');
  await app.expectTool('edit');
  const before = JSON.parse((await app.save()).text);

  const canvas = page.locator('.face-canvas');
  const objects = page.getByTestId('objects');
  const findings = page.getByTestId('findings');
  const inspector = page.getByTestId('thread-inspector');
  await expect(inspector).toBeVisible();
  const facts = inspector.locator('dl.facts:not(.skin-marks)');
  const factsBefore = await facts.textContent();

  const from = await app.canvas.toPage(before.threads[0].path[2]);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // One move to start the drag, so the selection the press made has reached the panels.
  await page.mouse.move(from.x + 4, from.y + 4);
  await expect.poll(() => commits(canvas)).toBeGreaterThan(0);
  const held = { objects: await commits(objects), findings: await commits(findings), inspector: await commits(inspector) };
  const canvasBefore = await commits(canvas);
  const drawnBefore = await movesDrawn(canvas);

  const moves = 12;
  for (let i = 1; i <= moves; i++) await page.mouse.move(from.x + 4 + i * 5, from.y + 4 + i * 6);
  // The canvas drew every move (each awaited move is one pointer event; the simulation's answers
  // for the moved plan, the map's turns, are drawn the same way, so there may be more), none
  // through a render.
  await expect.poll(() => movesDrawn(canvas), { timeout: 20_000 }).toBeGreaterThanOrEqual(drawnBefore + moves);
  expect(await commits(canvas)).toBe(canvasBefore);
  expect({ objects: await commits(objects), findings: await commits(findings), inspector: await commits(inspector) }).toEqual(held);
  await expect(facts).toHaveText(factsBefore!);

  await page.mouse.up();
  // Released: the panels catch up with the moved thread (its length in the inspector).
  await expect(facts).not.toHaveText(factsBefore!);
  expect(await commits(inspector)).toBeGreaterThan(held.inspector);
  expect(await commits(findings)).toBeGreaterThan(held.findings);
  expect(await commits(objects)).toBeGreaterThan(held.objects);
  const after = JSON.parse((await app.save()).text);
  expect(after.threads[0].path[2]).not.toEqual(before.threads[0].path[2]);

  // The whole drag is one undo step, and the panels follow the undo at once.
  await app.run('edit.undo');
  const undone = JSON.parse((await app.save()).text);
  expect(undone.threads).toEqual(before.threads);
  await expect(facts).toHaveText(factsBefore!);
});
