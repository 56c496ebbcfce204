import { expect } from '@playwright/test';
import type { DesignerPage } from '../pages/designer-page';
import type { CountingUser } from './counting-user';
import { BARB_CHANGES, JAWLINE_ENTRY, JAWLINE_PATHS, MIDFACE_ENDS, MIDFACE_ENTRY, SETTINGS } from './standard-plan';

/**
 * Ways to do the standard-plan task (standard-plan.ts), each as a practitioner who knows the
 * editor would do it with the features it offers. Every input goes through the CountingUser.
 */

/**
 * One thread at a time, as the editor of March 2026 (commit a12ad70) allowed: draw each thread
 * point by point (click, double-click the last point), open each thread in the inspector to
 * type its depth, tension, lot and expiry (and its barbs where needed), then mirror the side.
 */
export async function oneThreadAtATime(app: DesignerPage, user: CountingUser): Promise<void> {
  const page = app.page;
  await user.press('t');
  for (const end of MIDFACE_ENDS) {
    await user.clickFace(MIDFACE_ENTRY);
    await user.doubleClickFace(end);
  }
  for (const [bend, end] of JAWLINE_PATHS) {
    await user.clickFace(JAWLINE_ENTRY);
    await user.clickFace(bend);
    await user.doubleClickFace(end);
  }
  await expect(app.objects.threads()).toHaveCount(5);

  for (let i = 0; i < 5; i++) {
    await user.click(app.objects.threads().nth(i));
    await expect(app.inspector.thread.locator('h3')).toHaveText(`Thread ${i + 1}`);
    await user.enter(page.getByTestId('thread-depth'), SETTINGS.depthMm);
    await user.enter(page.getByTestId('thread-tension'), SETTINGS.tensionN);
    await user.enter(page.getByTestId('thread-lot-number'), SETTINGS.lot);
    await user.type(page.getByTestId('thread-lot-expiry'), SETTINGS.expiry);
    const barbs = BARB_CHANGES.find((b) => b.thread === i + 1);
    if (barbs?.startMm !== undefined) await user.enter(page.getByTestId('thread-barbed-start'), String(barbs.startMm));
    if (barbs?.endMm !== undefined) await user.enter(page.getByTestId('thread-barbed-end'), String(barbs.endMm));
  }

  // Mirror the whole side: focus the list, select all, mirror.
  await user.click(app.objects.threads().first());
  await user.press('Control+a');
  await user.press('Control+m');
  await expect(app.objects.threads()).toHaveCount(10);
}

/**
 * With the editor of issue 13: the fan's straight threads are each one drag from the entry
 * point; the two threads whose barbs need changing are opened in the inspector (the last one
 * drawn is already selected); then everything is selected and depth, tension, lot and expiry are
 * typed once for all threads in the multi-selection inspector, and the side is mirrored.
 */
export async function severalThreadsAtOnce(app: DesignerPage, user: CountingUser): Promise<void> {
  const page = app.page;
  await user.press('t');
  for (const end of MIDFACE_ENDS) await user.dragFace(MIDFACE_ENTRY, end);
  for (const [bend, end] of JAWLINE_PATHS) {
    await user.clickFace(JAWLINE_ENTRY);
    await user.clickFace(bend);
    await user.doubleClickFace(end);
  }
  await expect(app.objects.threads()).toHaveCount(5);

  for (const barbs of [...BARB_CHANGES].reverse()) {
    const row = app.objects.threads().nth(barbs.thread - 1);
    // The thread drawn last is selected already.
    if ((await row.getAttribute('aria-selected')) !== 'true') await user.click(row);
    await expect(app.inspector.thread.locator('h3')).toHaveText(`Thread ${barbs.thread}`);
    if (barbs.startMm !== undefined) await user.enter(page.getByTestId('thread-barbed-start'), String(barbs.startMm));
    if (barbs.endMm !== undefined) await user.enter(page.getByTestId('thread-barbed-end'), String(barbs.endMm));
  }

  // Back to the list (the focus is in a field), select all, set the four values once.
  await user.click(app.objects.selected().first());
  await user.press('Control+a');
  const multi = page.getByTestId('multi-inspector');
  await expect(multi).toHaveAttribute('data-count', '5');
  await user.enter(page.getByTestId('multi-depth'), SETTINGS.depthMm);
  await user.enter(page.getByTestId('multi-tension'), SETTINGS.tensionN);
  await user.enter(page.getByTestId('multi-lot-number'), SETTINGS.lot);
  await user.type(page.getByTestId('multi-lot-expiry'), SETTINGS.expiry);
  await user.click(app.command('edit.mirror'));
  await expect(app.objects.threads()).toHaveCount(10);
}

/** File -> Export PDF from the keyboard, then Export in the dialog (its defaults). */
export async function exportWithDefaults(app: DesignerPage, user: CountingUser): Promise<void> {
  await user.press('Control+e');
  await user.click(app.page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Export', exact: true }));
}
