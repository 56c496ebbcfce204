import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { boundsOf } from '../../../../shared/geometry/polyline';
import type { PlanDocument } from '../../../../shared/plan';
import { presenterCrop, presenterView } from '../../../../renderer/training/presenter-fit';
import { DESIGN_MARGIN_MM, FACE_MARGIN_MM } from '../../../../renderer/training/thumbnail-view';
import { libraryPlan } from '../../shared/training/fixtures';

/** The head from crown to chin: the drawing without the ears and the neck. */
const head = boundsOf(CANONICAL_ATLAS.drawing.filter((s) => s.part !== 'ear' && s.part !== 'neck').flatMap((s) => s.points));
const caseIds = readdirSync('assets/cases', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const designPoints = (plan: PlanDocument) => [...plan.entryPoints.map((e) => e.position), ...plan.threads.flatMap((t) => t.path)];

describe('presenter crop', () => {
  it('is the head with its margin for a design inside the face, much tighter than the drawing area', () => {
    const crop = presenterCrop(libraryPlan('midface-threads-in-dermis', 'poor'), CANONICAL_ATLAS);
    expect(crop.minY).toBeCloseTo(head.minY - FACE_MARGIN_MM, 9);
    expect(crop.maxY).toBeCloseTo(head.maxY + FACE_MARGIN_MM, 9);
    expect(crop.maxY - crop.minY).toBeLessThan(0.85 * (CANONICAL_ATLAS.bounds.maxY - CANONICAL_ATLAS.bounds.minY));
  });

  it('shows every bundled case whole, poor and corrected, and always the whole head', () => {
    expect(caseIds.length).toBeGreaterThanOrEqual(12);
    for (const id of caseIds) {
      for (const design of ['poor', 'corrected'] as const) {
        const plan = libraryPlan(id, design);
        const crop = presenterCrop(plan, CANONICAL_ATLAS);
        for (const p of designPoints(plan)) {
          expect(p.x, id).toBeGreaterThanOrEqual(crop.minX + DESIGN_MARGIN_MM - 1e-9);
          expect(p.x, id).toBeLessThanOrEqual(crop.maxX - DESIGN_MARGIN_MM + 1e-9);
          expect(p.y, id).toBeGreaterThanOrEqual(crop.minY + DESIGN_MARGIN_MM - 1e-9);
          expect(p.y, id).toBeLessThanOrEqual(crop.maxY - DESIGN_MARGIN_MM + 1e-9);
        }
        expect(crop.minY, id).toBeLessThanOrEqual(head.minY);
        expect(crop.maxY, id).toBeGreaterThanOrEqual(head.maxY);
      }
    }
  });

  it('grows downward for a neck design, so its threads are not cut off', () => {
    const neck = presenterCrop(libraryPlan('neck-mesh-too-deep', 'poor'), CANONICAL_ATLAS);
    expect(neck.maxY).toBeGreaterThan(head.maxY + FACE_MARGIN_MM);
  });

  it('fits the crop to the canvas, centred, with the limiting side edge to edge', () => {
    const plan = libraryPlan('midface-threads-in-dermis', 'poor');
    const crop = presenterCrop(plan, CANONICAL_ATLAS);
    const view = presenterView(plan, CANONICAL_ATLAS, 900, 650);
    expect(crop.minY * view.zoom + view.panY).toBeCloseTo(0, 6);
    expect(crop.maxY * view.zoom + view.panY).toBeCloseTo(650, 6);
    expect(((crop.minX + crop.maxX) / 2) * view.zoom + view.panX).toBeCloseTo(450, 6);
  });
});
