import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { viewBounds } from '../../../shared/scene/view-outline';
import { TestEditor } from './harness';

/** The clinical views in the editor: keys, the switcher's commands, zoom and the fit. */
describe('face views in the editor', () => {
  it('opens in the frontal view; , and . turn one step each way and stop at the profiles; / is frontal', () => {
    const t = new TestEditor();
    expect(t.snapshot.faceView).toBe('frontal');
    expect(t.key('.')).toBe(true);
    expect(t.snapshot.faceView).toBe('left-oblique');
    t.key('.');
    expect(t.snapshot.faceView).toBe('left-profile');
    t.key('.'); // no further
    expect(t.snapshot.faceView).toBe('left-profile');
    t.key('/');
    expect(t.snapshot.faceView).toBe('frontal');
    t.key(',');
    t.key(',');
    expect(t.snapshot.faceView).toBe('right-profile');
    expect(t.editor.commands().find((c) => c.id === 'view.face.previous')?.enabled).toBe(false);
    t.editor.run('view.face.left-oblique');
    expect(t.snapshot.faceView).toBe('left-oblique');
  });

  it('keeps the zoom and the face centred where it was; zoom to fit fits the view shown', () => {
    const t = new TestEditor();
    t.editor.setViewport(1000, 800);
    t.editor.setView({ zoom: 4, panX: 100, panY: -50 });
    t.editor.setFaceView('left-profile');
    const a = viewBounds(CANONICAL_ATLAS, 'frontal');
    const b = viewBounds(CANONICAL_ATLAS, 'left-profile');
    const view = t.snapshot.view;
    expect(view.zoom).toBe(4);
    expect(view.panY).toBe(-50);
    // The centre of the new view's box is drawn where the old one's was.
    expect(((b.minX + b.maxX) / 2) * view.zoom + view.panX).toBeCloseTo(((a.minX + a.maxX) / 2) * 4 + 100, 9);
    t.editor.run('view.zoomFit');
    const fitted = t.snapshot.view;
    expect(b.minX * fitted.zoom + fitted.panX).toBeGreaterThanOrEqual(0);
    expect(b.maxX * fitted.zoom + fitted.panX).toBeLessThanOrEqual(1000);
    expect(b.maxY * fitted.zoom + fitted.panY).toBeLessThanOrEqual(800 + 1e-9);
  });

  it('a thread being drawn survives a change of view, so it can be finished in another', () => {
    const t = new TestEditor();
    t.key('t');
    t.click([60, -30]).click([62, -10]);
    t.key('.');
    t.doubleClick([58, 5]);
    expect(t.plan.threads).toHaveLength(1);
    expect(t.plan.threads[0]!.path).toHaveLength(3);
  });
});
