import { afterEach, describe, expect, it } from 'vitest';
import { atlasLookup, atlasRasterIndexes, setRasterIndexSource } from '../../../../shared/analysis/atlas-lookup';
import type { OutlineRasterIndex } from '../../../../shared/analysis/atlas-raster';
import { CANONICAL_ATLAS, indexAtlas, regionAt } from '../../../../shared/atlas';

/**
 * A ready-made raster index (the command line ships the canonical atlas's, cli/precomputed-
 * rasters.ts) is used only when its arrays fit together and name only the atlas's own items;
 * anything else is built from the atlas instead, so a damaged data file can never change what a
 * region lookup answers.
 */
describe('ready-made raster indexes', () => {
  afterEach(() => setRasterIndexSource(null));

  /** Points every 1.5 mm over the face, where every region lies. */
  const points = () => {
    const out: { x: number; y: number }[] = [];
    for (let x = -90; x <= 90; x += 1.5) for (let y = -100; y <= 170; y += 1.5) out.push({ x, y });
    return out;
  };

  /** Region answers of a fresh copy of the canonical atlas whose regions index comes from `index`. */
  function answersWith(index: OutlineRasterIndex): (string | null)[] {
    const atlas = { ...CANONICAL_ATLAS };
    setRasterIndexSource((a, kind) => (a === atlas && kind === 'regions' ? index : null));
    const lookup = atlasLookup(atlas);
    return points().map((p) => lookup.regionAt(p)?.id ?? null);
  }

  const truth = () => {
    const index = indexAtlas(CANONICAL_ATLAS);
    return points().map((p) => regionAt(index, p)?.id ?? null);
  };

  it('answers from a fitting index exactly as the atlas does', () => {
    expect(answersWith(atlasRasterIndexes(CANONICAL_ATLAS).regions)).toEqual(truth());
  });

  it('builds its own index instead of one whose arrays do not fit together or name items the atlas does not have', () => {
    const good = atlasRasterIndexes(CANONICAL_ATLAS).regions;
    const entries = good.entryItem.length;
    const damaged: Record<string, OutlineRasterIndex> = {
      'a fractional column count': { ...good, cols: good.cols + 0.5 },
      'a fractional row count': { ...good, rows: good.rows + 0.5 },
      'a cell table one short': { ...good, cellStart: good.cellStart.subarray(1) },
      'a cell table that ends before the entries do': { ...good, cellStart: Int32Array.from(good.cellStart, (v, i) => (i === good.cellStart.length - 1 ? v - 1 : v)) },
      'one entry flag short': { ...good, entryFull: good.entryFull.subarray(1) },
      'one edge start short': { ...good, entryEdgeStart: good.entryEdgeStart.subarray(1) },
      'edge starts that end before the edges do': { ...good, entryEdge: Int32Array.from([...good.entryEdge, 0]) },
      'an entry naming item -1': { ...good, entryItem: Int32Array.from(good.entryItem, (v, i) => (i === entries >> 1 ? -1 : v)) },
      'an entry naming an item past the last': { ...good, entryItem: Int32Array.from(good.entryItem, (v, i) => (i === entries >> 1 ? CANONICAL_ATLAS.regions.length : v)) },
      'entries in a plain array': { ...good, entryItem: [...good.entryItem] as unknown as Int32Array },
    };
    const expected = truth();
    for (const [what, index] of Object.entries(damaged)) expect(answersWith(index), what).toEqual(expected);
  });
});
