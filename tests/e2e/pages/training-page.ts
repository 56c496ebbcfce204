import { expect, type Locator, type Page } from '@playwright/test';

/** Training mode as a user sees it: the case browser, the compare view, the exercise and the presenter. */
export class TrainingPage {
  readonly browser: Locator;
  readonly compare: Locator;
  readonly presenter: Locator;
  readonly exerciseBar: Locator;
  readonly remaining: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.browser = page.getByTestId('training-browser');
    this.compare = page.getByTestId('training-compare');
    this.presenter = page.getByTestId('presenter');
    this.exerciseBar = page.getByTestId('exercise-bar');
    this.remaining = page.getByTestId('exercise-remaining');
    this.summary = page.getByTestId('exercise-summary');
  }

  async openBrowser(): Promise<void> {
    await this.page.locator('[data-command="training.open"]').click();
    await expect(this.browser).toBeVisible();
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

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
