import { MAX_LISTED_FINDINGS } from '../../shared/analysis/finding-groups';
import { serializePlan } from '../../shared/plan';
import { MAX_THREADS } from '../../shared/plan/limits';
import { makeLargePlan } from '../fixtures/pdf/large-plan';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/**
 * A plan at the thread limit in the browser edition (issue 8): it opens, the findings panel lists
 * the first ones and says how many more, a finding standing for repeats says so, and drawing one
 * thread more is refused with the limit named.
 */
test('a 200-thread plan opens, lists its findings readably and refuses one thread more', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await app.open({ name: 'limit.vlift', text: serializePlan(makeLargePlan(MAX_THREADS)) });
  await expect(app.fileName).toContainText('limit');
  const panel = page.getByTestId('findings');
  const count = async () => Number(await panel.getAttribute('data-finding-count'));
  await expect.poll(count).toBeGreaterThan(MAX_LISTED_FINDINGS);
  const total = await count();
  await expect(panel.locator('[data-finding-key]')).toHaveCount(MAX_LISTED_FINDINGS);
  await expect(page.getByTestId('findings-more')).toContainText(`and ${total - MAX_LISTED_FINDINGS} more`);
  await app.screenshot('plan-at-the-thread-limit');

  await app.run('tool.thread');
  await app.canvas.drawThread([
    { x: 10, y: 100 },
    { x: 20, y: 110 },
  ]);
  await expect(page.getByTestId('status-message')).toContainText(`at most ${MAX_THREADS} threads`);
  expect(Number(await panel.getAttribute('data-finding-count'))).toBe(total);
});

test('a finding that stands for repeats on its thread says how many', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await app.open({ name: 'fans.vlift', text: serializePlan(makeLargePlan(40)) });
  await expect(app.fileName).toContainText('fans');
  const folded = page.getByTestId('finding-folded').first();
  await expect(folded).toHaveText(/^\+\d+ like it$/);
  await expect(folded).toHaveAttribute('title', /stands for \d+ more like it on the same thread/);
});
