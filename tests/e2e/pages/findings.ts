import { expect, type Locator, type Page } from '@playwright/test';

/** The findings panel: findings grouped by severity, each with its rule id. */
export class FindingsPO {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('findings');
  }

  byRule(rule: string): Locator {
    return this.root.locator(`li.finding[data-rule="${rule}"]`);
  }

  items(): Locator {
    return this.root.locator('li.finding');
  }

  heads(): Locator {
    return this.root.locator('[data-finding-key]');
  }

  async expectRule(rule: string, present: boolean): Promise<void> {
    if (present) await expect(this.byRule(rule).first()).toBeVisible();
    else await expect(this.byRule(rule)).toHaveCount(0);
  }

  async count(): Promise<number> {
    return Number(await this.root.getAttribute('data-finding-count'));
  }
}
