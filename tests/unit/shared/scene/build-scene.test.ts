import { CROWDING_SPACING_MM } from '../../../../shared/analysis/rules/crowding';
import { describe, expect, it } from 'vitest';
import { atlasScene, buildScene, LAYER_ORDER, sceneLayer } from '../../../../shared/scene/build-scene';
import { OVERLAY_LAYERS } from '../../../../shared/scene/types';
import type { SceneInput } from '../../../../shared/scene/build-scene';
import type { SceneItem, SceneText } from '../../../../shared/scene/types';
import { allLayersOff, allLayersOn, analysis, finding, plan, thread, tinyAtlas, tinyCatalogue } from './fixtures';

function input(over: Partial<SceneInput> = {}): SceneInput {
  return { plan: plan([thread('t1')]), atlas: tinyAtlas, analysis: analysis([]), layers: allLayersOn, catalogue: tinyCatalogue, ...over };
}
/** The overlays drawn from the atlas (the tissue map is drawn from a simulation: tissue-layer.test.ts). */
const ATLAS_OVERLAYS = ['regions', 'muscles', 'danger-zones', 'fixation', 'fixed-mobile-line'] as const;
const refsTo = (items: readonly SceneItem[], id: string) => items.filter((i) => i.ref?.id === id);
const texts = (items: readonly SceneItem[]) => items.filter((i): i is SceneText => i.type === 'text');

describe('buildScene layers', () => {
  it('has every layer, bottom to top, with the atlas bounds', () => {
    const scene = buildScene(input());
    expect(scene.layers.map((l) => l.id)).toEqual(LAYER_ORDER);
    expect(scene.bounds).toEqual(tinyAtlas.bounds);
  });

  it('draws each overlay only when switched on', () => {
    const on = buildScene(input());
    const off = buildScene(input({ layers: allLayersOff }));
    for (const id of ATLAS_OVERLAYS) {
      expect(sceneLayer(on, id).items.length, id).toBeGreaterThan(0);
      expect(sceneLayer(off, id).items, id).toHaveLength(0);
    }
    expect(sceneLayer(off, 'face').items.length).toBeGreaterThan(0);
  });

  it('each overlay follows its own switch: one switched on alone draws that layer and no other', () => {
    for (const only of OVERLAY_LAYERS) {
      const layers = { ...allLayersOff, [only]: true };
      for (const scene of [buildScene(input({ layers })), atlasScene(tinyAtlas, layers)]) {
        for (const id of ATLAS_OVERLAYS) {
          const drawn = sceneLayer(scene, id).items.length > 0;
          expect(drawn, `${id} with only ${only} on`).toBe(id === only);
        }
        expect(scene.tissueShown, `tissue shown with only ${only} on`).toBe(only === 'tissue');
      }
    }
  });

  it('returns the very same static layers while only the plan changes (so the canvas keeps its cache)', () => {
    const a = buildScene(input());
    const b = buildScene(input({ plan: plan([thread('t1'), thread('t2')]) }));
    for (const id of ['face', 'regions', 'muscles', 'danger-zones', 'fixation', 'fixed-mobile-line'] as const) {
      expect(sceneLayer(b, id)).toBe(sceneLayer(a, id));
    }
    expect(sceneLayer(b, 'threads')).not.toBe(sceneLayer(a, 'threads'));
  });

  it('draws the atlas structures with refs to them', () => {
    const scene = buildScene(input());
    expect(refsTo(sceneLayer(scene, 'regions').items, 'malar-left').length).toBeGreaterThan(0);
    const arrows = sceneLayer(scene, 'muscles').items.filter((i) => i.type === 'arrow');
    expect(arrows).toHaveLength(1);
    expect(arrows[0]).toMatchObject({ from: { x: 30, y: 50 }, to: { x: 45, y: 25 } });
    expect(refsTo(sceneLayer(scene, 'danger-zones').items, 'facial-artery-left').every((i) => i.type === 'path' && i.style.stroke === 'danger.artery')).toBe(true);
    expect(sceneLayer(scene, 'fixation').items.some((i) => i.type === 'circle' && i.ref?.kind === 'ligament')).toBe(true);
  });

  it('fills the silhouette with skin under the drawing, and fills filled parts under their line', () => {
    const silhouette = [{ x: -70, y: -80 }, { x: 70, y: -80 }, { x: 60, y: 100 }, { x: -60, y: 100 }];
    const face = sceneLayer(buildScene(input({ atlas: { ...tinyAtlas, silhouette } })), 'face').items;
    expect(face[0]).toMatchObject({ type: 'path', points: silhouette, closed: true, style: { fill: 'face.skin' } });
    const iris = face.filter((i) => i.type === 'path' && i.points === tinyAtlas.drawing[1]!.points);
    expect(iris.map((i) => (i.type === 'path' ? [i.style.fill, i.style.stroke] : []))).toEqual([
      ['face.iris', undefined],
      [undefined, 'face.feature'],
    ]);
  });

  it('writes side captions only when the back-end gives the words', () => {
    const labels = { patientRight: 'Patient R', patientLeft: 'Patient L', fixed: 'fixed', mobile: 'mobile' };
    const withWords = texts(sceneLayer(buildScene(input({ labels })), 'face').items);
    const right = withWords.find((t) => t.text === 'Patient R');
    const left = withWords.find((t) => t.text === 'Patient L');
    // The patient's right is drawn on the viewer's left.
    expect(right!.at.x).toBeLessThan(0);
    expect(left!.at.x).toBeGreaterThan(0);
    expect(texts(sceneLayer(buildScene(input()), 'face').items)).toHaveLength(0);
  });
});

describe('threads as traction vectors', () => {
  it('draws the path thin and the barbed section thicker, both referring to the thread', () => {
    const items = refsTo(sceneLayer(buildScene(input()), 'threads').items, 't1');
    const paths = items.filter((i) => i.type === 'path');
    expect(paths).toHaveLength(2);
    const [full, barbed] = paths as [Extract<SceneItem, { type: 'path' }>, Extract<SceneItem, { type: 'path' }>];
    expect(full.points).toHaveLength(3);
    expect(barbed.style.strokeWidth!).toBeGreaterThan(full.style.strokeWidth!);
    // Barbs from 5 mm to 40 mm along the path: first point 5 mm from the entry.
    const [a, b] = [full.points[0]!, barbed.points[0]!];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(5, 6);
    expect(items.every((i) => i.ref?.kind === 'thread')).toBe(true);
  });

  it('points the barb chevrons and the pull arrow toward the fixation end', () => {
    for (const fixationEnd of ['distal', 'entry'] as const) {
      const items = sceneLayer(buildScene(input({ plan: plan([thread('t1', { fixationEnd })]) })), 'threads').items;
      const ticks = items.find((i) => i.type === 'segments' && i.points.length > 4);
      const arrow = items.find((i) => i.type === 'arrow');
      if (ticks?.type !== 'segments' || arrow?.type !== 'arrow') throw new Error('missing ticks or arrow');
      // The path runs up and out (+x, -y); toward the distal end means positive dot with it.
      const along = { x: 20, y: -30 };
      const sign = fixationEnd === 'distal' ? 1 : -1;
      for (let k = 0; k + 1 < ticks.points.length; k += 2) {
        const tail = ticks.points[k]!;
        const apex = ticks.points[k + 1]!;
        expect(sign * ((apex.x - tail.x) * along.x + (apex.y - tail.y) * along.y), fixationEnd).toBeGreaterThan(0);
      }
      expect(sign * ((arrow.to.x - arrow.from.x) * along.x + (arrow.to.y - arrow.from.y) * along.y)).toBeGreaterThan(0);
    }
  });

  it('draws a floating design with no arrow or anchor bar, its chevrons pointing from both ends to the middle', () => {
    // A bidirectional cog with no fixation zone at the usual setting tension: it pulls toward neither end.
    const floating = thread('t1', { fixationZoneId: null, tensionN: 0.6 });
    const items = sceneLayer(buildScene(input({ plan: plan([floating]) })), 'threads').items;
    expect(items.some((i) => i.type === 'arrow')).toBe(false);
    const ticks = items.find((i) => i.type === 'segments' && i.points.length > 4);
    if (ticks?.type !== 'segments') throw new Error('missing ticks');
    // The path runs up and out (+x, -y); the barbed section is 5-40 mm along it, its middle at 22.5 mm.
    const along = { x: 20, y: -30 };
    const entry = floating.path[0]!;
    const middle = 22.5;
    for (let k = 0; k + 1 < ticks.points.length; k += 2) {
      const tail = ticks.points[k]!;
      const apex = ticks.points[k + 1]!;
      const s = Math.hypot(apex.x - entry.x, apex.y - entry.y);
      const sign = s < middle ? 1 : -1;
      expect(sign * ((apex.x - tail.x) * along.x + (apex.y - tail.y) * along.y), `tick at ${s.toFixed(1)} mm`).toBeGreaterThan(0);
    }
    // Anchored, or tensioned as a lift, the same thread has its arrow again.
    for (const lift of [thread('t1', { tensionN: 0.6 }), thread('t1', { fixationZoneId: null, tensionN: 1.5 })]) {
      expect(sceneLayer(buildScene(input({ plan: plan([lift]) })), 'threads').items.some((i) => i.type === 'arrow')).toBe(true);
    }
  });

  it('colours a thread by its worst finding', () => {
    const findings = [finding('crowding', 'info', ['t1']), finding('superficial-path', 'warning', ['t1']), finding('asymmetry', 'critical', ['t2'])];
    const scene = buildScene(input({ plan: plan([thread('t1'), thread('t2'), thread('t3')]), analysis: analysis(findings) }));
    const stroke = (id: string) => {
      const p = refsTo(sceneLayer(scene, 'threads').items, id).find((i) => i.type === 'path');
      return p?.type === 'path' ? p.style.stroke : undefined;
    };
    expect(stroke('t1')).toBe('thread.warning');
    expect(stroke('t2')).toBe('thread.critical');
    expect(stroke('t3')).toBe('thread.ok');
  });

  it('puts the number of warning and critical threads on a shape, not colour alone', () => {
    const findings = [finding('superficial-path', 'warning', ['t1']), finding('danger-zone', 'critical', ['t2'])];
    const items = sceneLayer(buildScene(input({ plan: plan([thread('t1'), thread('t2'), thread('t3')]), analysis: analysis(findings) })), 'threads').items;
    const isDiamond = (i: SceneItem) => i.type === 'path' && i.closed && i.points.length === 4 && i.style.fill !== undefined;
    const isDisc = (i: SceneItem) => i.type === 'circle' && i.style.fill !== undefined;
    // Warning: a filled circle; critical: a filled diamond; fine: just the number.
    expect(refsTo(items, 't1').some(isDisc)).toBe(true);
    expect(refsTo(items, 't1').some(isDiamond)).toBe(false);
    expect(refsTo(items, 't2').some(isDiamond)).toBe(true);
    expect(refsTo(items, 't3').some((i) => isDisc(i) || isDiamond(i))).toBe(false);
    // The number sits on the shape in the badge text colour.
    expect(texts(refsTo(items, 't2')).map((t) => [t.text, t.color])).toEqual([['2', 'badge.text']]);
  });

  it('dashes smooth threads and gives them no barbs', () => {
    const t = thread('t1', { typeId: 'mono', barbed: null });
    const items = refsTo(sceneLayer(buildScene(input({ plan: plan([t]) })), 'threads').items, 't1');
    const paths = items.filter((i) => i.type === 'path');
    expect(paths).toHaveLength(1);
    const path = paths[0]!;
    if (path.type !== 'path') throw new Error('expected a path item');
    expect(path.style.dash?.length ?? 0).toBeGreaterThan(0);
    expect(path.style.stroke).toBe('thread.smooth');
  });

  it('numbers threads by their order in the plan and letters the entry points', () => {
    const scene = buildScene(input({ plan: plan([thread('x'), thread('y')]) }));
    const numberOf = (id: string) => texts(refsTo(sceneLayer(scene, 'threads').items, id)).map((t) => t.text);
    expect(numberOf('x')).toEqual(['1']);
    expect(numberOf('y')).toEqual(['2']);
    const captions = texts(sceneLayer(scene, 'entry-points').items).map((t) => t.text);
    // Entry e1 has label "A"; e2 has none and shows the next free letter, never a number
    // beside the threads' numbers.
    expect(captions).toEqual(['A', 'B']);
  });
});

describe('selection, active finding and draft', () => {
  it('haloes selected threads and entries and gives selected threads point handles', () => {
    const scene = buildScene(input({ selection: { threadIds: ['t1'], entryPointIds: ['e2'] } }));
    expect(sceneLayer(scene, 'threads').items.some((i) => i.type === 'path' && i.style.stroke === 'highlight')).toBe(true);
    const handles = sceneLayer(scene, 'highlight').items.filter((i) => i.ref?.kind === 'thread-point');
    expect(handles.map((h) => h.ref?.index)).toEqual([1, 2]);
    expect(sceneLayer(scene, 'entry-points').items.some((i) => i.type === 'circle' && i.style.fill === 'highlight')).toBe(true);
    const none = buildScene(input());
    expect(sceneLayer(none, 'highlight').items).toHaveLength(0);
  });

  it('gives every thread handles for the edit tool', () => {
    const scene = buildScene(input({ plan: plan([thread('a'), thread('b')]), handlesOnAllThreads: true }));
    const ids = new Set(sceneLayer(scene, 'highlight').items.map((i) => i.ref?.id));
    expect(ids).toEqual(new Set(['a', 'b']));
  });

  it('highlights the active finding: its threads and a ring at its location', () => {
    const f = finding('cheekbone-concentration', 'warning', ['t2'], { x: 40, y: 20 });
    const scene = buildScene(input({ plan: plan([thread('t1'), thread('t2', { path: [{ x: 0, y: 0 }, { x: 9, y: 9 }] })]), activeFinding: f }));
    const items = sceneLayer(scene, 'highlight').items;
    const outlined = items.filter((i) => i.type === 'path').map((i) => (i.type === 'path' ? i.points[0] : null));
    expect(outlined.every((p) => p?.x === 0 && p.y === 0)).toBe(true);
    expect(outlined.length).toBeGreaterThan(0);
    expect(items.some((i) => i.type === 'circle' && i.centre.x === 40 && i.centre.y === 20)).toBe(true);
  });

  it('draws the draft path and the rubber band to the pointer', () => {
    const draft = { points: [{ x: 0, y: 0 }, { x: 10, y: 0 }], hover: { x: 10, y: 10 } };
    const items = sceneLayer(buildScene(input({ draft })), 'highlight').items;
    // (The spacing bands around the other threads are tested in spacing-band.test.ts.)
    const paths = items.filter((i) => i.type === 'path' && i.style.strokeWidth !== 2 * CROWDING_SPACING_MM);
    expect(paths).toHaveLength(2);
    expect(paths[1]!.type === 'path' && paths[1]!.points).toEqual([{ x: 10, y: 0 }, { x: 10, y: 10 }]);
  });

  it('draws the keyboard cursor only when there is one', () => {
    const at = { x: 12, y: -7 };
    const items = sceneLayer(buildScene(input({ keyboardCursor: at })), 'highlight').items;
    expect(items.some((i) => i.type === 'circle' && i.centre === at)).toBe(true);
    expect(items.every((i) => !i.ref)).toBe(true);
    expect(sceneLayer(buildScene(input({ keyboardCursor: null })), 'highlight').items).toHaveLength(0);
  });

  it('is deterministic', () => {
    const i = input({ selection: { threadIds: ['t1'], entryPointIds: [] } });
    expect(buildScene(i)).toEqual(buildScene(i));
  });
});
