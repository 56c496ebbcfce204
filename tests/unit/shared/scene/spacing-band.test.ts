import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CROWDING_SPACING_MM } from '../../../../shared/analysis/rules/crowding';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { highlightLayer } from '../../../../shared/scene/layers/highlight';
import type { SceneItem } from '../../../../shared/scene/types';
import { MIDFACE_FAN, TEMPLE } from '../../../../cli/examples/plans';
import { bilateral } from '../analysis/helpers';

/** The minimum-spacing band shown while a thread is drawn: the crowding rule's own value. */

const plan = bilateral(TEMPLE, MIDFACE_FAN);
const bands = (items: readonly SceneItem[]) => items.filter((i) => i.type === 'path' && i.style.strokeWidth === 2 * CROWDING_SPACING_MM);
const layer = (draft: { points: { x: number; y: number }[]; hover: { x: number; y: number } | null } | null) =>
  highlightLayer({ plan, activeFinding: null, handleThreadIds: new Set(), draft });

describe('spacing band while drawing', () => {
  it('bands the barbed sections of the threads on the side being drawn, at the crowding spacing each way', () => {
    const left = bands(layer({ points: [{ x: 68, y: -10 }], hover: { x: 60, y: 20 } }).items);
    expect(left).toHaveLength(plan.threads.filter((t) => t.side === 'left').length);
    const right = bands(layer({ points: [], hover: { x: -68, y: -10 } }).items);
    expect(right).toHaveLength(plan.threads.filter((t) => t.side === 'right').length);
    expect(bands(layer(null).items)).toEqual([]);
  });

  it('covers exactly the barbed section (where the rule measures), not the smooth lead', () => {
    const [band] = bands(layer({ points: [{ x: 68, y: -10 }], hover: null }).items);
    const t = plan.threads.find((x) => x.side === 'left')!;
    expect(band && band.type === 'path' && band.points[0]).not.toEqual(t.path[0]);
  });

  it('means what the rule says: a new barbed thread laid inside the band is crowded', () => {
    const near = (dx: number) => {
      const base = plan.threads.find((x) => x.side === 'left')!;
      const shifted = { ...base, id: 'new', path: base.path.map((p, i) => (i === 0 ? p : { x: p.x + dx, y: p.y })) };
      const result = analyze({ ...plan, threads: [...plan.threads, shifted] }, CANONICAL_ATLAS);
      return result.findings.some((f) => f.rule === 'crowding' && f.threads.includes('new'));
    };
    expect(near(CROWDING_SPACING_MM * 0.5)).toBe(true);
  });
});
