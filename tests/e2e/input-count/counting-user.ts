import type { Locator, Page } from '@playwright/test';
import type { CanvasPO, FaceMm } from '../pages/canvas';

/**
 * A user whose every input is counted, for the input-count run (input-count.spec.ts).
 *
 * The counting rule, the same for every scenario:
 * - a mouse click on a control, a list row or the canvas: 1;
 * - a double-click: 2 (two presses of the button);
 * - a drag (press, move, release): 1;
 * - a key press, including a chord such as Ctrl+A: 1;
 * - typing a value into a field: 1 per field, whatever its length (the Enter that commits it is
 *   a key press and counts on its own);
 * - choosing from a drop-down list: 2 (open it, pick the option).
 *
 * The page counts the trusted pointer presses and key presses it receives as well
 * (`installPageCounter`); the run checks that both tallies agree, so no step slips past the
 * count.
 */
export interface InputTally {
  clicks: number;
  keys: number;
  typed: number;
  picks: number;
}

export const totalInputs = (t: InputTally): number => t.clicks + t.keys + t.typed + t.picks * 2;

export class CountingUser {
  readonly tally: InputTally = { clicks: 0, keys: 0, typed: 0, picks: 0 };

  constructor(
    private readonly page: Page,
    private readonly canvas: CanvasPO,
  ) {}

  get total(): number {
    return totalInputs(this.tally);
  }

  async click(target: Locator, options: { modifiers?: ('Shift' | 'Alt' | 'Control')[] } = {}): Promise<void> {
    await target.click(options);
    this.tally.clicks++;
  }

  async clickFace(p: FaceMm): Promise<void> {
    await this.canvas.click(p);
    this.tally.clicks++;
  }

  async doubleClickFace(p: FaceMm): Promise<void> {
    await this.canvas.doubleClick(p);
    this.tally.clicks += 2;
  }

  async dragFace(from: FaceMm, to: FaceMm): Promise<void> {
    await this.canvas.drag(from, to);
    this.tally.clicks++;
  }

  /** A key or chord, e.g. 'T', 'Control+a', 'Enter'. Goes to whatever has the focus. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.tally.keys++;
  }

  /** Type a value into a field (1) and commit it with Enter (1). */
  async enter(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    this.tally.typed++;
    await field.press('Enter');
    this.tally.keys++;
  }

  /** Type a value into a field that commits on its own (a date picker): 1. */
  async type(field: Locator, value: string): Promise<void> {
    await field.fill(value);
    this.tally.typed++;
  }

  async pick(select: Locator, value: string): Promise<void> {
    await select.selectOption(value);
    this.tally.picks++;
  }
}

/** Counts trusted pointer presses and key presses in the page (capture phase, before any handler). */
export async function installPageCounter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __inputs: { pointer: number; keys: number } };
    w.__inputs = { pointer: 0, keys: 0 };
    window.addEventListener('pointerdown', (e) => e.isTrusted && w.__inputs.pointer++, { capture: true });
    // A chord (Ctrl+A) is one input: the modifier's own keydown is not counted.
    const modifiers = new Set(['Control', 'Shift', 'Alt', 'Meta']);
    window.addEventListener('keydown', (e) => e.isTrusted && !e.repeat && !modifiers.has(e.key) && w.__inputs.keys++, { capture: true });
  });
}

export async function pageCounts(page: Page): Promise<{ pointer: number; keys: number }> {
  return page.evaluate(() => (window as unknown as { __inputs: { pointer: number; keys: number } }).__inputs);
}

export async function resetPageCounts(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __inputs: { pointer: number; keys: number } }).__inputs = { pointer: 0, keys: 0 };
  });
}
