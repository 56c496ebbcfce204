import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import type { PlanDocument } from '../../../../shared/plan';
import { DESIGN_MARGIN_MM, FACE_MARGIN_MM, faceBounds, thumbnailCrop, thumbnailView } from '../../../../renderer/training/thumbnail-view';
import { libraryPlan } from '../../shared/training/fixtures';

const face = faceBounds(CANONICAL_ATLAS);
const ASPECT = 254 / 210; // a library card's thumbnail
const aspectOf = (b: { minX: number; maxX: number; minY: number; maxY: number }) => (b.maxX - b.minX) / (b.maxY - b.minY);

describe('case thumbnail crop', () => {
  it('keeps the card aspect ratio and spans the face width (with its margin) for a design that fits', () => {
    const crop = thumbnailCrop(libraryPlan('jawline-over-tension', 'poor'), CANONICAL_ATLAS, ASPECT);
    expect(aspectOf(crop)).toBeCloseTo(ASPECT, 9);
    expect(crop.minX).toBeCloseTo(face.minX - FACE_MARGIN_MM, 9);
    expect(crop.maxX).toBeCloseTo(face.maxX + FACE_MARGIN_MM, 9);
    // Much tighter than the whole drawing area, which is what made the faces small.
    expect(crop.maxY - crop.minY).toBeLessThan((CANONICAL_ATLAS.bounds.maxY - CANONICAL_ATLAS.bounds.minY) / 2);
  });

  it('shows the whole design, centred on it, and stays inside the face', () => {
    for (const id of ['brow-anchored-below', 'jawline-over-tension', 'neck-mesh-too-deep', 'combined-uneven-sides']) {
      const plan = libraryPlan(id, 'poor');
      const crop = thumbnailCrop(plan, CANONICAL_ATLAS, ASPECT);
      expect(aspectOf(crop), id).toBeCloseTo(ASPECT, 9);
      for (const p of [...plan.entryPoints.map((e) => e.position), ...plan.threads.flatMap((t) => t.path)]) {
        expect(p.x, id).toBeGreaterThanOrEqual(crop.minX);
        expect(p.x, id).toBeLessThanOrEqual(crop.maxX);
        expect(p.y, id).toBeGreaterThanOrEqual(crop.minY);
        expect(p.y, id).toBeLessThanOrEqual(crop.maxY);
      }
      expect(crop.minY, id).toBeGreaterThanOrEqual(face.minY - FACE_MARGIN_MM - 1e-9);
      expect(crop.maxY, id).toBeLessThanOrEqual(face.maxY + FACE_MARGIN_MM + 1e-9);
    }
    const brow = thumbnailCrop(libraryPlan('brow-anchored-below', 'poor'), CANONICAL_ATLAS, ASPECT);
    const neck = thumbnailCrop(libraryPlan('neck-mesh-too-deep', 'poor'), CANONICAL_ATLAS, ASPECT);
    expect(brow.minY).toBeLessThan(neck.minY); // each looks at its own part of the face
  });

  it('widens the crop for a design taller than the card allows, keeping the margin around it', () => {
    const plan = libraryPlan('jawline-over-tension', 'poor');
    const tall: PlanDocument = { ...plan, threads: [...plan.threads, { ...plan.threads[0]!, id: 't99', path: [{ x: -40, y: -60 }, { x: -40, y: 150 }] }] };
    const crop = thumbnailCrop(tall, CANONICAL_ATLAS, ASPECT);
    expect(crop.maxY - crop.minY).toBeCloseTo(210 + 2 * DESIGN_MARGIN_MM, 9);
    expect(aspectOf(crop)).toBeCloseTo(ASPECT, 9);
  });

  it('maps the crop edge to edge onto the canvas', () => {
    const plan = libraryPlan('jawline-over-tension', 'poor');
    const crop = thumbnailCrop(plan, CANONICAL_ATLAS, ASPECT);
    const view = thumbnailView(plan, CANONICAL_ATLAS, 254, 210);
    expect(crop.minX * view.zoom + view.panX).toBeCloseTo(0, 6);
    expect(crop.maxX * view.zoom + view.panX).toBeCloseTo(254, 6);
    expect(crop.minY * view.zoom + view.panY).toBeCloseTo(0, 6);
    expect(crop.maxY * view.zoom + view.panY).toBeCloseTo(210, 6);
  });
});
