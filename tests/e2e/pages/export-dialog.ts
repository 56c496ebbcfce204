import { expect, type Locator, type Page } from '@playwright/test';

export interface ExportPdfChoice {
  readonly paper?: 'A4' | 'US Letter';
  readonly anonymize?: boolean;
  readonly aftercare?: boolean;
  readonly signature?: boolean;
  /** The PDF's language, by its code (the select offers each language named in itself). */
  readonly language?: 'en' | 'ko' | 'ru';
}

/** File → Export PDF's options dialog: paper, optional parts, overlays; Export or Cancel. */
export class ExportDialogPO {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export PDF' });
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
  }

  async choose(choice: ExportPdfChoice): Promise<void> {
    await this.expectOpen();
    if (choice.paper) await this.root.getByRole('radio', { name: new RegExp(`^${choice.paper}`) }).check();
    if (choice.anonymize !== undefined) await this.root.getByRole('checkbox', { name: /^Anonymize/ }).setChecked(choice.anonymize);
    if (choice.aftercare !== undefined) await this.root.getByRole('checkbox', { name: /aftercare handout/ }).setChecked(choice.aftercare);
    if (choice.signature !== undefined) await this.root.getByRole('checkbox', { name: /signature block/ }).setChecked(choice.signature);
    if (choice.language !== undefined) await this.language().selectOption(choice.language);
  }

  language(): Locator {
    return this.root.getByTestId('export-language');
  }

  overlay(layer: string): Locator {
    return this.root.locator(`input[data-layer="${layer}"]`);
  }

  paper(name: 'A4' | 'US Letter'): Locator {
    return this.root.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  checkbox(name: RegExp): Locator {
    return this.root.getByRole('checkbox', { name });
  }

  async exportButton(): Promise<void> {
    await this.root.getByRole('button', { name: 'Export', exact: true }).click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.root).toBeHidden();
  }
}
