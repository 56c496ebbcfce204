import type { PlanDocument } from '../../shared/plan/types';
import { PlanBuilder, meta, type ThreadSpec, type XY } from './builder';
import { ARCH, BROW_ENTRY, BROW_VECTOR, FOREHEAD_MONO_SPEC, JAWLINE_PAIR, MIDFACE_FAN, NECK_ENTRY, NECK_MESH, TEMPLE } from './plans';

/**
 * Large plans for the analysis benchmark and property tests. The good example designs (midface
 * fan, jawline pair, brow vector, forehead and neck mono threads: 9 threads per side) are laid
 * down again and again, each copy rotated about its entry point and the entry moved a few
 * millimetres, until the plan has `count` threads. Deterministic for a given count. Copies
 * interleave with the template, so a 50-thread plan is busy but plausible; a 200-thread plan
 * crowds and produces many findings, as a real overloaded plan would.
 */

interface Group {
  readonly entry: XY;
  readonly specs: readonly ThreadSpec[];
}

const TEMPLATE: readonly Group[] = [
  { entry: TEMPLE, specs: MIDFACE_FAN },
  { entry: ARCH, specs: JAWLINE_PAIR },
  { entry: BROW_ENTRY, specs: [BROW_VECTOR] },
  { entry: [30, -40], specs: [FOREHEAD_MONO_SPEC] },
  { entry: NECK_ENTRY, specs: NECK_MESH },
];

const rotate = ([x, y]: XY, [cx, cy]: XY, deg: number): XY => {
  const a = (deg * Math.PI) / 180;
  const dx = x - cx;
  const dy = y - cy;
  return [cx + dx * Math.cos(a) - dy * Math.sin(a), cy + dx * Math.sin(a) + dy * Math.cos(a)];
};

export function generatedPlan(count: number): PlanDocument {
  const b = new PlanBuilder(meta({ title: `Generated plan, ${count} threads`, patientId: `GEN-${count}` }));
  let made = 0;
  for (let copy = 0; made < count; copy++) {
    // Copy 0 is the template; later copies turn alternately left and right in 7 degree steps
    // and move their entry point a few millimetres, so they interleave with the template.
    const step = Math.ceil(copy / 2);
    const turn = (copy % 2 === 1 ? 1 : -1) * 7 * step;
    const shift: XY = [copy % 2 === 1 ? -2 : 2, (copy % 2 === 1 ? 1 : -1) * 3 * step];
    for (const group of TEMPLATE) {
      for (const side of ['right', 'left'] as const) {
        if (made >= count) break;
        const entry: XY = [group.entry[0] + shift[0], group.entry[1] + shift[1]];
        const specs = group.specs.slice(0, count - made).map((spec) => ({
          ...spec,
          to: spec.to.map((p) => rotate([p[0] + shift[0], p[1] + shift[1]], entry, turn)),
        }));
        const mirror = side === 'right';
        b.side(
          side,
          `${side === 'right' ? 'R' : 'L'}${copy + 1}`,
          mirror ? [-entry[0], entry[1]] : entry,
          mirror ? specs.map((s) => ({ ...s, to: s.to.map(([x, y]) => [-x, y] as XY) })) : specs,
        );
        made += specs.length;
      }
    }
  }
  return b.build();
}
