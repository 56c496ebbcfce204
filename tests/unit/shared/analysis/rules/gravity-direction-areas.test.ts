import { describe, expect, it } from 'vitest';
import { atlasLookup } from '../../../../../shared/analysis/atlas-lookup';
import { computeThreadGeometry } from '../../../../../shared/analysis/thread-geometry';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../../shared/catalogue';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { findingsOf, oneSide, run, type ThreadSpec, type XY } from '../helpers';
import { COG, MEDIAL_ENTRY } from './gravity-direction-fixtures';

/**
 * Which area's usual vector a thread is held to: the area holding MORE than half of its barbed
 * samples (gravity-direction.ts `areaOf`). Jowl, jawline and marionette regions all count as the
 * jowl; samples outside every region still count toward the whole. A thread with no such area
 * gets no area note, whatever its direction.
 */

const notes = (plan: PlanDocument) => findingsOf(run(plan), 'gravity-direction').map((f) => f.aspect);
const plan = (entry: XY, to: XY, barbs: readonly [number, number]): PlanDocument => {
  const spec: ThreadSpec = { type: COG, to: [to], depth: 4.5, barbs, tension: 1 };
  return oneSide('left', entry, [spec]);
};

/** How the thread's barbed samples fall: per area of the rule, and outside every region. */
function barbedAreas(p: PlanDocument): Record<'midface' | 'jowl' | 'neck' | 'other' | 'none', number> {
  const thread = p.threads[0]!;
  const type = THREAD_CATALOGUE.find((c) => c.id === thread.typeId)!;
  const g = computeThreadGeometry(thread, 1, type, atlasLookup(CANONICAL_ATLAS));
  const out = { midface: 0, jowl: 0, neck: 0, other: 0, none: 0 };
  for (const s of g.samples) {
    if (!s.barbed) continue;
    const r = s.region;
    if (r === null) out.none++;
    else if (r.kind === 'neck') out.neck++;
    else if (r.kind === 'jowl' || r.kind === 'jawline' || r.kind === 'marionette') out.jowl++;
    else if (r.area === 'midface') out.midface++;
    else out.other++;
  }
  return out;
}

describe('gravity-direction: the area a thread belongs to', () => {
  it('a medially leaning pull whose barbs lie exactly half in the midface (the rest below it and off the regions) gets no midface note', () => {
    // The midface-medial fixture's entry, run on down past the jaw: the same medial lean.
    const halfway = plan(MEDIAL_ENTRY, [60, 100], [10, 90]);
    const areas = barbedAreas(halfway);
    // The fixture's premise, so a change of the atlas or the sampling shows here, not as a silent pass.
    expect(areas.none).toBeGreaterThan(0);
    expect(areas.jowl).toBeGreaterThan(0);
    expect(areas.midface * 2).toBe(areas.midface + areas.jowl + areas.neck + areas.other + areas.none);
    expect(notes(halfway)).toEqual([]);
    // The same lean with most of the barbs in the midface is noted.
    const mostly = plan(MEDIAL_ENTRY, [56, 80], [10, 70]);
    expect(barbedAreas(mostly).midface * 2).toBeGreaterThan(barbedAreas(mostly).jowl);
    expect(notes(mostly)).toEqual(['midface-medial']);
  });

  it('a pull along the jaw is a jowl note whether its barbs lie in the jowl region or the marionette region', () => {
    const inJowl = plan([58, 84], [34, 96], [5, 22]);
    expect(barbedAreas(inJowl)).toMatchObject({ jowl: expect.any(Number), midface: 0, none: 0 });
    expect(notes(inJowl)).toEqual(['jowl-along-jaw']);
    const inMarionette = plan([40, 84], [18, 95], [3, 20]);
    expect(notes(inMarionette)).toEqual(['jowl-along-jaw']);
  });
});
