import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';

/** Keyboard only: tools, the findings list and the objects list work without a mouse. */

const PATHS = [
  [
    { x: 62, y: -4 },
    { x: 52, y: 24 },
    { x: 38, y: 50 },
  ],
  [
    { x: -62, y: -4 },
    { x: -52, y: 24 },
    { x: -38, y: 50 },
  ],
];

test('switch tools with their shortcuts', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await app.canvas.root.focus();
  for (const [key, tool] of [
    ['t', 'thread'],
    ['e', 'entry'],
    ['a', 'edit'],
    ['v', 'select'],
  ] as const) {
    await page.keyboard.press(key);
    await app.expectTool(tool);
  }
  // A keyboard user sees where the focus is: the canvas's ring (an overlay; layout.css says why).
  const ring = await app.canvas.root.evaluate((el) => {
    const style = getComputedStyle(el, '::after');
    return `${style.borderTopStyle} ${style.borderTopWidth} ${style.position}`;
  });
  expect(ring).toBe('solid 2px absolute');
  // The help panel lists every shortcut and closes with Esc.
  await page.keyboard.press('F1');
  const help = page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  await expect(help.locator('tr[data-command="tool.thread"] kbd')).toHaveText('T');
  await expect(help.locator('tr[data-command="edit.undo"] kbd')).toContainText('Z');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('place an entry point and draw a thread with the keyboard cursor', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  await app.canvas.root.focus();
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };

  // Entry point tool: arrows move the cursor, Space places the entry point there.
  await press('e');
  await press('Shift+ArrowRight', 10);
  await press('Shift+ArrowUp', 4);
  await expect(page.getByTestId('canvas-cursor')).toContainText('Cursor at');
  await press(' ');
  await expect(app.objects.entries()).toHaveCount(1);

  // Thread tool: Space on the entry point starts there, Space adds points, Enter finishes.
  await press('t');
  await app.expectTool('thread');
  await press('ArrowLeft');
  await press('ArrowRight');
  await expect(page.getByTestId('canvas-cursor')).toContainText('over Entry point');
  await press(' ');
  await press('Shift+ArrowDown', 5);
  await press('Shift+ArrowLeft', 2);
  await press(' ');
  await press('Shift+ArrowDown', 4);
  await press('Shift+ArrowLeft', 2);
  await press(' ');
  await press('Enter');
  await expect(app.objects.threads()).toHaveCount(1);
  // It starts at the entry point placed above, not at a new one.
  await expect(app.objects.entries()).toHaveCount(1);
  await app.screenshot('keyboard-drawn-thread');
});

test('navigate the objects list and the findings list from the keyboard', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  // Two threads, one of them too shallow so there is something in the findings list.
  for (const path of PATHS) {
    await page.keyboard.press('t');
    await app.canvas.drawThread(path);
  }
  await expect(app.objects.threads()).toHaveCount(2);
  await app.inspector.setDepth(1);
  await expect(app.findings.items().first()).toBeVisible();

  // Objects list: focus it, arrows move and select; the canvas selection follows.
  await app.objects.options().first().focus();
  await page.keyboard.press('Home');
  await expect(app.objects.options().first()).toHaveAttribute('aria-selected', 'true');
  await expect(app.inspector.entry).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(app.objects.options().nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(app.objects.options().nth(1)).toBeFocused();
  await expect(app.inspector.thread).toBeVisible();
  await page.keyboard.press('End');
  await expect(app.objects.options().last()).toHaveAttribute('aria-selected', 'true');

  // Findings list: Tab into it, arrows move, Enter opens a finding (highlighted on the canvas).
  const heads = app.findings.heads();
  const n = await heads.count();
  expect(n).toBeGreaterThan(0);
  await heads.first().focus();
  await page.keyboard.press('Enter');
  await expect(heads.first()).toHaveAttribute('aria-expanded', 'true');
  if (n > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(heads.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
  }
  await expect(heads.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heads.first()).toHaveAttribute('aria-expanded', 'false');

  // Shortcuts still reach the editor from a focused list: Ctrl+Z undoes the depth change.
  await page.keyboard.press('Control+z');
  await app.findings.expectRule('superficial-path', false);
});

test('tab order reaches the toolbar, the objects list, the canvas and the side panel', async ({ page }) => {
  const app = new DesignerPage(page);
  await app.goto();
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      if (el.closest('.toolbar')) return 'toolbar';
      if (el.classList.contains('face-canvas')) return 'canvas';
      if (el.getAttribute('role') === 'tab') return 'tabs';
      if (el.closest('.pane-left')) return 'objects';
      return el.tagName.toLowerCase();
    });
    reached.add(where);
  }
  expect([...reached]).toEqual(expect.arrayContaining(['toolbar', 'canvas', 'tabs']));
});
