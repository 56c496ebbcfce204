import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CanvasPO } from './canvas';
import { FindingsPO } from './findings';
import { InspectorPO } from './inspector';
import { ObjectsPO } from './objects';

/**
 * The designer as a user sees it: toolbar, canvas, objects list, inspector, findings and the
 * status bar. Tests speak in these terms; selectors live here only.
 */
export class DesignerPage {
  readonly canvas: CanvasPO;
  readonly findings: FindingsPO;
  readonly inspector: InspectorPO;
  readonly objects: ObjectsPO;
  readonly status: Locator;
  readonly fileName: Locator;
  /** Console errors and uncaught exceptions seen so far (CSP violations show up here). */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // The one expected message: browsers ignore frame-ancestors in a <meta> CSP (the
      // Electron shell sends it as a header); it is kept in the meta tag for completeness.
      if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored")) this.errors.push(m.text());
    });
    this.canvas = new CanvasPO(page);
    this.findings = new FindingsPO(page);
    this.inspector = new InspectorPO(page);
    this.objects = new ObjectsPO(page);
    this.status = page.getByTestId('status-message');
    this.fileName = page.getByTestId('file-name');
  }

  /**
   * Open the app with a clean slate (no preferences or recovery copy from an earlier test).
   * Playwright cannot drive the File System Access pickers, so they are hidden and the browser
   * bridge falls back to what every browser has: a file input to open and a download to save.
   */
  async goto(options: { fresh?: boolean } = {}): Promise<void> {
    await this.page.addInitScript(() => {
      for (const name of ['showOpenFilePicker', 'showSaveFilePicker']) {
        Object.defineProperty(window, name, { value: undefined, configurable: true });
      }
    });
    await this.page.goto('/');
    if (options.fresh ?? true) {
      await this.page.evaluate(() => localStorage.clear());
      await this.page.reload();
    }
    await this.canvas.waitReady();
  }

  command(id: string): Locator {
    return this.page.locator(`.toolbar [data-command="${id}"]`);
  }

  async run(id: string): Promise<void> {
    await this.command(id).click();
  }

  /** The tool button's pressed state tells which tool is active. */
  async expectTool(tool: 'select' | 'entry' | 'thread' | 'edit'): Promise<void> {
    await expect(this.command(`tool.${tool}`)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Open a toolbar menu (View, Training) if it is closed; returns it. */
  async openMenu(testId: 'view-menu' | 'training-menu'): Promise<Locator> {
    const menu = this.page.getByTestId(testId);
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
    return menu;
  }

  async closeMenu(testId: 'view-menu' | 'training-menu'): Promise<void> {
    const menu = this.page.getByTestId(testId);
    if (await menu.evaluate((d) => (d as HTMLDetailsElement).open)) await menu.locator('summary').click();
  }

  async setTheme(theme: 'light' | 'dark' | 'system'): Promise<void> {
    const menu = await this.openMenu('view-menu');
    await menu.locator(`input[data-theme-choice="${theme}"]`).check();
    await this.closeMenu('view-menu');
    if (theme !== 'system') await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
  }

  async setLayer(layer: string, on: boolean): Promise<void> {
    const menu = await this.openMenu('view-menu');
    await menu.locator(`input[data-layer="${layer}"]`).setChecked(on);
  }

  layerCheckbox(layer: string): Locator {
    return this.page.getByTestId('view-menu').locator(`input[data-layer="${layer}"]`);
  }

  async sideTab(name: 'Inspector' | 'Depth profile' | 'Plan details'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Type the patient's ID into the plan details form (committed with Enter). */
  async setPatientId(id: string): Promise<void> {
    await this.sideTab('Plan details');
    const patient = this.page.getByTestId('meta-patient');
    await patient.fill(id);
    await patient.press('Enter');
  }

  /** Save through the browser bridge (a download) and return the saved text. */
  async save(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.run('file.save')]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Open a plan through the file input the browser bridge shows. */
  async open(file: { name: string; text: string }): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.run('file.open')]);
    await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') });
  }

  async openExample(path: string): Promise<void> {
    const text = await readFile(path, 'utf8');
    await this.open({ name: path.split('/').pop()!, text });
    await expect(this.fileName).toContainText(path.split('/').pop()!.replace(/\.vlift$/, ''));
  }

  /** Show the face from another view with the toolbar's view switcher. */
  async setFaceView(view: 'frontal' | 'left-oblique' | 'right-oblique' | 'left-profile' | 'right-profile'): Promise<void> {
    await this.page.getByTestId('face-view-select').selectOption(view);
    await expect(this.canvas.root).toHaveAttribute('data-face-view', view);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
