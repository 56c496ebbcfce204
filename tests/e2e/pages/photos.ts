import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PORTRAIT_HAND_MARKS } from '../../fixtures/photos/portrait-marks';

export const PHOTO_FIXTURES = fileURLToPath(new URL('../../fixtures/photos', import.meta.url));

/** A point on the photo, in pixels of the stored (upright) image. */
export interface PhotoPx {
  readonly x: number;
  readonly y: number;
}

/** Hand-marked key landmarks on the public-domain portrait (tests/fixtures/photos/portrait-marks.ts). */
export const HAND_MARKS = PORTRAIT_HAND_MARKS;

/** The Photos tab and the alignment workspace. */
export class PhotosPO {
  readonly panel: Locator;
  readonly message: Locator;
  readonly cards: Locator;
  readonly align: Locator;
  readonly alignCanvas: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('photos-panel');
    this.message = page.getByTestId('photo-message');
    this.cards = page.getByTestId('photo-card');
    this.align = page.getByTestId('align-workspace');
    this.alignCanvas = page.getByTestId('align-canvas');
  }

  async openTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Photos' }).click();
    await expect(this.panel).toBeVisible();
  }

  async importFile(name: string): Promise<void> {
    await this.page.getByTestId('photo-file').setInputFiles(join(PHOTO_FIXTURES, name));
  }

  async openAlign(index = 0): Promise<void> {
    await this.cards.nth(index).getByTestId('photo-align').click();
    await expect(this.align).toBeVisible();
    await expect(this.alignCanvas).not.toHaveAttribute('data-frame', '');
  }

  /** Page coordinates of a photo pixel in the alignment canvas (data-frame: "scale offsetX offsetY"). */
  async toPage(p: PhotoPx): Promise<{ x: number; y: number }> {
    const box = (await this.alignCanvas.boundingBox())!;
    const [s, ox, oy] = (await this.alignCanvas.getAttribute('data-frame'))!.split(' ').map(Number);
    return { x: box.x + p.x * s! + ox!, y: box.y + p.y * s! + oy! };
  }

  /** Place a key landmark by hand: choose it in the list, click it on the photo. */
  async place(id: string, p: PhotoPx): Promise<void> {
    // After a placement the list walks on to the next landmark not yet placed: when that is this
    // one, it is already chosen (pressing Place again would put it down).
    if ((await this.alignCanvas.getAttribute('data-placing')) !== id) await this.page.getByTestId(`place-${id}`).click();
    await expect(this.alignCanvas).toHaveAttribute('data-placing', id);
    const at = await this.toPage(p);
    await this.page.mouse.click(at.x, at.y);
    await expect(this.align.locator(`li[data-landmark="${id}"] .landmark-state`)).toHaveText('by hand');
  }

  async done(): Promise<void> {
    await this.page.getByTestId('align-done').click();
    await expect(this.align).toBeHidden();
  }
}
