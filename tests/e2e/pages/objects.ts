import type { Locator, Page } from '@playwright/test';

/** The list of entry points and threads: the keyboard and screen-reader path to the canvas. */
export class ObjectsPO {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('objects');
  }

  options(): Locator {
    return this.root.getByRole('option');
  }

  threads(): Locator {
    return this.root.locator('[role="option"].object-thread');
  }

  entries(): Locator {
    return this.root.locator('[role="option"].object-entry');
  }

  selected(): Locator {
    return this.root.locator('[role="option"][aria-selected="true"]');
  }
}
