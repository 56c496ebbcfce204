import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { SNAP_RADIUS_MM, snapPoint, snapTargetName, snapTargets } from '../../../shared/atlas/snap';
import { buildScene, sceneLayer } from '../../../shared/scene/build-scene';
import { TestEditor } from './harness';

/** Snapping entry and thread points to landmarks and fixation zones: S toggles it, Alt suppresses it. */

const targets = snapTargets(CANONICAL_ATLAS);
const zone = targets.find((t) => t.kind === 'fixation-zone' && t.id.endsWith('-left'))!;
const near = (p: { x: number; y: number }, d = SNAP_RADIUS_MM * 0.6): [number, number] => [p.x + d, p.y];

describe('snapping', () => {
  it('offers every named landmark and the middle of every fixation zone', () => {
    expect(targets.filter((t) => t.kind === 'landmark')).toHaveLength(Object.keys(CANONICAL_ATLAS.landmarks).length);
    expect(targets.filter((t) => t.kind === 'fixation-zone')).toHaveLength(CANONICAL_ATLAS.fixationZones.length);
    expect(snapPoint({ x: zone.point.x + SNAP_RADIUS_MM * 2, y: zone.point.y }, [zone])).toBeNull();
  });

  it('is off until S turns it on; then a thread drawn near a fixation zone ends in its middle', async () => {
    const ed = await TestEditor.create();
    const start: [number, number] = [zone.point.x - 30, zone.point.y + 40];
    const free = ed.drawThread([start, near(zone.point)]);
    expect(free.path.at(-1)).toEqual({ x: near(zone.point)[0], y: near(zone.point)[1] });
    ed.key('S');
    expect(ed.snapshot.snap).toBe(true);
    const snapped = ed.drawThread([[start[0], start[1] + 12], near(zone.point)]);
    expect(snapped.path.at(-1)).toEqual(zone.point);
  });

  it('Alt places the point freely while snapping is on', async () => {
    const ed = await TestEditor.create();
    ed.key('S');
    ed.editor.setTool('thread');
    const start: [number, number] = [zone.point.x - 30, zone.point.y + 40];
    ed.click(start);
    ed.click(near(zone.point), null, { alt: true });
    ed.key('Enter');
    expect(ed.plan.threads[0]!.path.at(-1)).toEqual({ x: near(zone.point)[0], y: near(zone.point)[1] });
  });

  it('marks the target the pointer would snap to, and only while snapping with a placing tool', async () => {
    const ed = await TestEditor.create();
    const tragus = targets.find((t) => t.id === 'tragus-left')!;
    ed.editor.setTool('entry');
    ed.pointerMove(near(tragus.point));
    expect(ed.snapshot.snapHint).toBeNull(); // snapping is off
    ed.key('S');
    ed.pointerMove(near(tragus.point));
    expect(ed.snapshot.snapHint?.id).toBe('tragus-left');
    ed.pointerMove(near(tragus.point), null, { alt: true });
    expect(ed.snapshot.snapHint).toBeNull(); // Alt places freely: no mark
    ed.pointerMove(near(tragus.point));
    expect(ed.snapshot.snapHint?.id).toBe('tragus-left');
    ed.pointerMove([tragus.point.x + SNAP_RADIUS_MM * 3, tragus.point.y]);
    expect(ed.snapshot.snapHint).toBeNull(); // out of reach
    ed.pointerMove(near(tragus.point));
    ed.editor.setTool('select');
    expect(ed.snapshot.snapHint).toBeNull(); // the select tool places nothing
  });

  it('names the target in plain words on the canvas, ringed where the point will land', () => {
    const tragus = targets.find((t) => t.id === 'tragus-left')!;
    expect(snapTargetName(tragus, CANONICAL_ATLAS)).toBe('tragus');
    expect(snapTargetName(zone, CANONICAL_ATLAS)).toBe(CANONICAL_ATLAS.fixationZones.find((z) => z.id === zone.id)!.name);
    const empty = { meta: {}, entryPoints: [], threads: [] } as never;
    const input = { plan: empty, atlas: CANONICAL_ATLAS, analysis: { findings: [], metrics: null } as never, layers: {} as never, catalogue: [] };
    const hint = { point: tragus.point, label: snapTargetName(tragus, CANONICAL_ATLAS) };
    const items = sceneLayer(buildScene({ ...input, snapHint: hint }), 'highlight').items;
    expect(items.some((i) => i.type === 'text' && i.text === 'tragus')).toBe(true);
    expect(items.some((i) => i.type === 'circle' && i.centre === tragus.point && i.radiusMm > SNAP_RADIUS_MM)).toBe(true);
    expect(sceneLayer(buildScene(input), 'highlight').items).toEqual([]);
  });
});
