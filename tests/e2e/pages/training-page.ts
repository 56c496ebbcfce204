import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** What the trainer writes in the "Save as training case" form. */
export interface CaseForm {
  readonly currentIs: 'poor' | 'corrected';
  /** The other design's file, chosen through the form's file input. */
  readonly other: { name: string; text: string };
  readonly title: string;
  readonly area: string;
  readonly notes: { whatIsWrong: string; whyItMatters: string; whatTheCorrectionChanges: string };
}

/** Training mode as a user sees it: the case browser, the compare view, the exercise and the presenter. */
export class TrainingPage {
  readonly browser: Locator;
  readonly compare: Locator;
  readonly presenter: Locator;
  readonly exerciseBar: Locator;
  readonly remaining: Locator;
  readonly summary: Locator;
  readonly saveCaseDialog: Locator;
  readonly saveCaseMessage: Locator;

  constructor(readonly page: Page) {
    this.browser = page.getByTestId('training-browser');
    this.compare = page.getByTestId('training-compare');
    this.presenter = page.getByTestId('presenter');
    this.exerciseBar = page.getByTestId('exercise-bar');
    this.remaining = page.getByTestId('exercise-remaining');
    this.summary = page.getByTestId('exercise-summary');
    this.saveCaseDialog = page.getByTestId('save-case-dialog');
    this.saveCaseMessage = page.getByTestId('save-case-message');
  }

  /** Open the toolbar's Training menu and choose one of its items. */
  async fromMenu(command: 'training.open' | 'training.present' | 'training.saveCase'): Promise<void> {
    const menu = this.page.getByTestId('training-menu');
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
    await menu.locator(`[data-command="${command}"]`).click();
  }

  async openBrowser(): Promise<void> {
    await this.fromMenu('training.open');
    await expect(this.browser).toBeVisible();
    // The library's code and index load on first open; the grid is busy until they are in.
    await expect(this.browser.locator('.case-grid')).toHaveAttribute('aria-busy', 'false');
  }

  cards(): Locator {
    return this.browser.locator('.case-card');
  }

  async filterByRule(rule: string): Promise<void> {
    await this.page.getByTestId('filter-rule').selectOption(rule);
  }

  async filterByArea(area: string): Promise<void> {
    await this.page.getByTestId('filter-area').selectOption(area);
  }

  async openCase(id: string): Promise<void> {
    await this.browser.locator(`.case-card[data-case="${id}"]`).click();
    await expect(this.compare).toBeVisible();
  }

  /** Both sides drawn: each canvas has finished at least one paint. */
  async expectBothSidesDrawn(): Promise<void> {
    for (const side of ['poor', 'corrected']) {
      await expect(this.page.getByTestId(`compare-${side}`).locator('canvas')).toHaveAttribute('data-drawn-at', /\d/);
    }
  }

  async remainingCount(): Promise<number> {
    return Number(await this.remaining.getAttribute('data-count'));
  }

  async openSaveCase(): Promise<void> {
    await this.fromMenu('training.saveCase');
    await expect(this.saveCaseDialog).toBeVisible();
  }

  async fillSaveCase(form: CaseForm): Promise<void> {
    const dialog = this.saveCaseDialog;
    await dialog.getByRole('radio', { name: form.currentIs === 'poor' ? 'Poor design' : 'Corrected design' }).check();
    await dialog.getByTestId('other-design').setInputFiles({ name: form.other.name, mimeType: 'application/json', buffer: Buffer.from(form.other.text, 'utf8') });
    await dialog.getByTestId('case-title').fill(form.title);
    await dialog.getByLabel('Area').selectOption(form.area);
    for (const [key, text] of Object.entries(form.notes)) await dialog.getByTestId(`note-${key}`).fill(text);
  }

  /** Submit the form and collect the `count` downloads the browser bridge makes, by file name. */
  async saveCaseDownloads(count: number): Promise<Map<string, string>> {
    const downloads: Download[] = [];
    const collect = (d: Download): void => void downloads.push(d);
    this.page.on('download', collect);
    try {
      await this.saveCaseDialog.getByRole('button', { name: 'Save case' }).click();
      await expect.poll(() => downloads.length).toBe(count);
    } finally {
      this.page.off('download', collect);
    }
    const files = new Map<string, string>();
    for (const d of downloads) files.set(d.suggestedFilename(), await readFile(await d.path(), 'utf8'));
    return files;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
