import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector for the selected thread or entry point. */
export class InspectorPO {
  readonly thread: Locator;
  readonly entry: Locator;

  constructor(private readonly page: Page) {
    this.thread = page.getByTestId('thread-inspector');
    this.entry = page.getByTestId('entry-inspector');
  }

  /** Type a value into a number field and commit it (Enter), as a user would. */
  async setNumber(testId: string, value: number): Promise<void> {
    const input = this.page.getByTestId(testId);
    await input.fill(String(value));
    await input.press('Enter');
    await expect(input).toHaveValue(String(value));
  }

  async setDepth(mm: number): Promise<void> {
    await expect(this.thread).toBeVisible();
    await this.setNumber('thread-depth', mm);
  }

  async depth(): Promise<number> {
    return Number(await this.page.getByTestId('thread-depth').inputValue());
  }
}
