import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { SNAP_RADIUS_MM, snapPoint, snapTargets } from '../../../shared/atlas/snap';
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
});
