import { expect, type Locator, type Page } from '@playwright/test';
import { CANONICAL_ATLAS } from '../../../shared/atlas/canonical';
import type { ViewId } from '../../../shared/surface/types';
import { stageOf } from '../../../renderer/canvas/view-picking';

export interface FaceMm {
  readonly x: number;
  readonly y: number;
}

/**
 * The face canvas. Positions are given in face millimetres (origin between the pupils, +x to
 * the viewer's right = the patient's left, +y down) and converted with the stage transform the
 * canvas publishes in data-view ("zoom panX panY": stage px = mm × zoom + pan). In an oblique or
 * profile view (data-face-view) the frontal point is first lifted onto the skin and projected
 * into the view, as the canvas draws it (renderer/canvas/view-picking.ts).
 */
export class CanvasPO {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator('.face-canvas');
  }

  async waitReady(): Promise<void> {
    await expect(this.root.locator('canvas').first()).toBeVisible();
  }

  async view(): Promise<{ zoom: number; panX: number; panY: number }> {
    const [zoom, panX, panY] = ((await this.root.getAttribute('data-view')) ?? '1 0 0').split(' ').map(Number);
    return { zoom: zoom!, panX: panX!, panY: panY! };
  }

  async faceView(): Promise<ViewId> {
    return ((await this.root.getAttribute('data-face-view')) ?? 'frontal') as ViewId;
  }

  /** Page coordinates of a face point (frontal millimetres) in the view shown. */
  async toPage(p: FaceMm): Promise<{ x: number; y: number }> {
    const box = (await this.root.boundingBox())!;
    const stage = stageOf(CANONICAL_ATLAS, await this.faceView(), await this.view(), p);
    return { x: box.x + stage.x, y: box.y + stage.y };
  }

  async click(p: FaceMm): Promise<void> {
    const at = await this.toPage(p);
    await this.page.mouse.click(at.x, at.y);
  }

  async doubleClick(p: FaceMm): Promise<void> {
    const at = await this.toPage(p);
    await this.page.mouse.dblclick(at.x, at.y);
  }

  async drag(from: FaceMm, to: FaceMm, steps = 10): Promise<void> {
    const a = await this.toPage(from);
    const b = await this.toPage(to);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps });
    await this.page.mouse.up();
  }

  /** Draw a thread with the thread tool: click each point, double-click the last. */
  async drawThread(points: readonly FaceMm[]): Promise<void> {
    for (const p of points.slice(0, -1)) await this.click(p);
    await this.doubleClick(points[points.length - 1]!);
  }

  async zoomPercent(): Promise<number> {
    return Number((await this.page.getByTestId('zoom').textContent())!.replace('%', ''));
  }
}
