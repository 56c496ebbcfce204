import { describe, expect, it } from 'vitest';
import { buildScene, MAX_LABEL_SCALE, MAX_LINE_SCALE, MIN_LABEL_PX, PRESENTER_LABEL_SCALE, PRESENTER_LINE_SCALE, sceneLayer, screenLabelScale } from '../../../../shared/scene/build-scene';
import type { SceneInput } from '../../../../shared/scene/build-scene';
import type { Scene, SceneItem, SceneText } from '../../../../shared/scene/types';
import { allLayersOn, analysis, finding, plan, thread, tinyAtlas, tinyCatalogue } from './fixtures';

/** Thread t1 plain, t2 a warning (number on a circle), t3 critical (number on a diamond). */
function input(labelScale?: number): SceneInput {
  const findings = [finding('superficial-path', 'warning', ['t2']), finding('danger-zone', 'critical', ['t3'])];
  return {
    plan: plan([thread('t1'), thread('t2'), thread('t3')]),
    atlas: tinyAtlas,
    analysis: analysis(findings),
    layers: allLayersOn,
    catalogue: tinyCatalogue,
    labelScale,
  };
}

const isText = (i: SceneItem): i is SceneText => i.type === 'text';
/** Text sizes of the thread numbers and entry captions, and the radii of their shapes. */
function labelSizes(scene: Scene) {
  const threads = sceneLayer(scene, 'threads').items;
  const entries = sceneLayer(scene, 'entry-points').items;
  return {
    numbers: threads.filter(isText).map((t) => t.sizeMm),
    warningCircle: threads.filter((i) => i.type === 'circle').map((c) => (c.type === 'circle' ? c.radiusMm : 0)),
    captions: entries.filter(isText).map((t) => t.sizeMm),
    entryCircles: entries.filter((i) => i.type === 'circle').map((c) => (c.type === 'circle' ? c.radiusMm : 0)),
  };
}

describe('buildScene labelScale (the presenter view’s large labels)', () => {
  it('scales thread numbers, their severity shapes and entry captions with their circles', () => {
    const normal = labelSizes(buildScene(input()));
    const large = labelSizes(buildScene(input(PRESENTER_LABEL_SCALE)));
    expect(normal.numbers).toHaveLength(3);
    expect(normal.captions.length).toBeGreaterThan(0);
    const times = (xs: number[]) => xs.map((x) => x * PRESENTER_LABEL_SCALE);
    expect(large.numbers).toEqual(times(normal.numbers));
    expect(large.warningCircle).toEqual(times(normal.warningCircle));
    expect(large.captions).toEqual(times(normal.captions));
    expect(large.entryCircles).toEqual(times(normal.entryCircles));
  });

  it('moves a larger number further beyond the end of its thread, so it never covers the anchor bar', () => {
    const numberAt = (scene: Scene) => sceneLayer(scene, 'threads').items.filter(isText).find((t) => t.ref?.id === 't1')!.at;
    const end = thread('t1').path.at(-1)!;
    const dist = (p: { x: number; y: number }) => Math.hypot(p.x - end.x, p.y - end.y);
    expect(dist(numberAt(buildScene(input(2))))).toBeCloseTo(2 * dist(numberAt(buildScene(input()))), 6);
  });

  it('changes nothing else: same items in the same order, and no other layer is touched', () => {
    const normal = buildScene(input());
    const large = buildScene(input(PRESENTER_LABEL_SCALE));
    for (const layer of normal.layers) {
      const other = sceneLayer(large, layer.id);
      expect(other.items.map((i) => i.type), layer.id).toEqual(layer.items.map((i) => i.type));
      if (layer.id !== 'threads' && layer.id !== 'entry-points') expect(other, layer.id).toEqual(layer);
    }
    // Paths keep their widths: only labels grow.
    const widths = (s: Scene) => sceneLayer(s, 'threads').items.map((i) => (i.type === 'path' ? i.style.strokeWidth : null));
    expect(widths(large)).toEqual(widths(normal));
  });

  it("scales the patient's right/left captions too, and keeps them inside the face bounds", () => {
    const labels = { patientRight: 'Patient R', patientLeft: 'Patient L', fixed: 'fixed', mobile: 'mobile' };
    const captions = (scale?: number) =>
      sceneLayer(buildScene({ ...input(scale), labels }), 'face').items.filter(isText).filter((t) => t.text.startsWith('Patient'));
    const normal = captions();
    const large = captions(PRESENTER_LABEL_SCALE);
    expect(normal.map((t) => t.text)).toEqual(['Patient R', 'Patient L']);
    expect(large.map((t) => t.sizeMm)).toEqual(normal.map((t) => t.sizeMm * PRESENTER_LABEL_SCALE));
    for (const t of large) expect(t.at.y - t.sizeMm).toBeGreaterThanOrEqual(tinyAtlas.bounds.minY);
  });

  it('treats 1, omitted and nonsense alike, and caps very large values', () => {
    const normal = labelSizes(buildScene(input()));
    expect(labelSizes(buildScene(input(1)))).toEqual(normal);
    expect(labelSizes(buildScene(input(Number.NaN)))).toEqual(normal);
    expect(labelSizes(buildScene(input(0.2)))).toEqual(normal);
    expect(labelSizes(buildScene(input(50)))).toEqual(labelSizes(buildScene(input(MAX_LABEL_SCALE))));
  });
});

describe('screenLabelScale (labels keep a minimum size on screen)', () => {
  it('keeps every thread number and entry caption at MIN_LABEL_PX or more at a laptop fit zoom and below', () => {
    for (const pixelsPerMm of [1.6, 2.2, 2.9, 3.7]) {
      const sizes = labelSizes(buildScene({ ...input(), pixelsPerMm }));
      for (const mm of [...sizes.numbers, ...sizes.captions]) expect(mm * pixelsPerMm, `${pixelsPerMm} px/mm`).toBeGreaterThanOrEqual(MIN_LABEL_PX - 1e-9);
    }
  });

  it('leaves the side captions at their own size (only thread numbers and entry circles grow)', () => {
    const labels = { patientRight: 'Patient R', patientLeft: 'Patient L', fixed: 'fixed', mobile: 'mobile' };
    const face = (pixelsPerMm?: number) => sceneLayer(buildScene({ ...input(), labels, pixelsPerMm }), 'face');
    expect(face(1.6)).toEqual(face());
  });

  it('leaves labels at their normal size once zoomed in, keeps a larger base, and stops at the cap', () => {
    expect(screenLabelScale(20)).toBe(1);
    expect(screenLabelScale(20, PRESENTER_LABEL_SCALE)).toBe(PRESENTER_LABEL_SCALE);
    expect(screenLabelScale(0.5)).toBe(MAX_LABEL_SCALE);
    expect(screenLabelScale(Number.NaN)).toBe(1);
  });
});

describe('buildScene lineScale (the presenter view’s thick threads)', () => {
  /** Stroke widths of the threads layer's lines (paths, barb ticks, arrows, anchor bars), in order; the number tags are labels. */
  const strokes = (lineScale?: number) =>
    sceneLayer(buildScene({ ...input(), lineScale }), 'threads')
      .items.filter((i) => i.type !== 'text' && !('style' in i && i.style.stroke === 'label.halo'))
      .map((i) => ('style' in i ? i.style.strokeWidth : null));

  it('draws every thread stroke PRESENTER_LINE_SCALE times as wide, and nothing else changes', () => {
    const normal = strokes();
    const thick = strokes(PRESENTER_LINE_SCALE);
    expect(normal.length).toBeGreaterThan(6);
    expect(thick).toEqual(normal.map((w) => (w == null ? w : w * PRESENTER_LINE_SCALE)));
    const numbers = (lineScale?: number) => labelSizes(buildScene({ ...input(), lineScale }));
    expect(numbers(PRESENTER_LINE_SCALE)).toEqual(numbers());
  });

  it('treats omitted, below 1 and nonsense as 1, and caps very large values', () => {
    expect(strokes(0.3)).toEqual(strokes());
    expect(strokes(Number.NaN)).toEqual(strokes());
    expect(strokes(40)).toEqual(strokes(MAX_LINE_SCALE));
  });
});
