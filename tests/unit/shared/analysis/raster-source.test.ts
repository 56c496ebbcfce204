import { afterEach, describe, expect, it } from 'vitest';
import { atlasLookup, atlasRasterIndexes, setRasterIndexSource } from '../../../../shared/analysis/atlas-lookup';
import type { OutlineRasterIndex } from '../../../../shared/analysis/atlas-raster';
import { CANONICAL_ATLAS, dangerZonesAt, fixationZoneAt, indexAtlas, musclesAt, regionAt } from '../../../../shared/atlas';

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

  it('uses a whole index as given: one filing every cell under the first item, wholly inside it, answers that item everywhere', () => {
    // What the command line ships is used, not rebuilt (building is what it saves), for each of
    // the four kinds: an index that fits but says something other than the atlas shows it.
    const atlas = { ...CANONICAL_ATLAS };
    const built = atlasRasterIndexes(CANONICAL_ATLAS);
    const oneItem = (good: OutlineRasterIndex): OutlineRasterIndex => {
      const cells = good.cols * good.rows;
      return {
        ...good,
        cellStart: Int32Array.from({ length: cells + 1 }, (_, c) => c),
        entryItem: new Int32Array(cells),
        entryFull: new Uint8Array(cells).fill(1),
        entryEdgeStart: new Int32Array(cells + 1),
        entryEdge: new Int32Array(0),
      };
    };
    const shipped = { regions: oneItem(built.regions), muscles: oneItem(built.muscles), dangerZones: oneItem(built.dangerZones), fixationZones: oneItem(built.fixationZones) };
    setRasterIndexSource((a, kind) => (a === atlas ? shipped[kind] : null));
    const lookup = atlasLookup(atlas);
    const index = indexAtlas(CANONICAL_ATLAS);
    const seen = { regions: 0, muscles: 0, dangerZones: 0, fixationZones: 0 };
    for (const p of points()) {
      // Points the atlas puts inside some item of a kind lie inside that kind's index.
      if (regionAt(index, p) !== null) {
        seen.regions++;
        expect(lookup.regionAt(p)).toBe(CANONICAL_ATLAS.regions[0]);
      }
      if (musclesAt(index, p).length > 0) {
        seen.muscles++;
        expect(lookup.musclesAt(p)).toEqual([CANONICAL_ATLAS.muscles[0]]);
      }
      if (dangerZonesAt(index, p).length > 0) {
        seen.dangerZones++;
        expect(lookup.dangerZonesAt(p)).toEqual([CANONICAL_ATLAS.dangerZones[0]]);
      }
      if (fixationZoneAt(index, p) !== null) {
        seen.fixationZones++;
        expect(lookup.fixationZoneAt(p)).toBe(CANONICAL_ATLAS.fixationZones[0]);
      }
    }
    // Each kind was asked at some point, and the canonical atlas's first items do not cover the face.
    expect(Object.values(seen).every((n) => n > 100)).toBe(true);
    expect(points().filter((p) => regionAt(index, p) !== CANONICAL_ATLAS.regions[0]).length).toBeGreaterThan(100);
  });

  it('builds its own index instead of one whose arrays do not fit together or name items the atlas does not have', () => {
    const good = atlasRasterIndexes(CANONICAL_ATLAS).regions;
    const entries = good.entryItem.length;
    // A power of two that leaves n fractional when n is divided by it (exact in floating point).
    const fractionOf = (n: number): number => 2 * (n & -n);
    const middleCell = good.cellStart.findIndex((start, c) => c >= (good.cols * good.rows) >> 1 && good.cellStart[c + 1]! > start);
    /** Each damage is refused by one check of its own, and would change answers if it were used. */
    const damaged: Record<string, OutlineRasterIndex> = {
      'a fractional column count (the cell count still fits)': { ...good, cols: good.cols / fractionOf(good.cols), rows: good.rows * fractionOf(good.cols) },
      'a fractional row count (the cell count still fits)': { ...good, cols: good.cols * fractionOf(good.rows), rows: good.rows / fractionOf(good.rows) },
      'a fractional column count': { ...good, cols: good.cols + 0.5 },
      'a fractional row count': { ...good, rows: good.rows + 0.5 },
      'a cell table one short': { ...good, cellStart: good.cellStart.subarray(1) },
      'a cell table that ends before the entries do': { ...good, cellStart: Int32Array.from(good.cellStart, (v, i) => (i === good.cellStart.length - 1 ? v - 1 : v)) },
      'cells from the middle on starting one entry early (the table ends before the entries do)': {
        ...good,
        cellStart: Int32Array.from(good.cellStart, (v, c) => (c > middleCell ? v - 1 : v)),
      },
      'one entry flag short': { ...good, entryFull: good.entryFull.subarray(1) },
      'one edge start short': { ...good, entryEdgeStart: good.entryEdgeStart.subarray(1) },
      'edge starts that end before the edges do': { ...good, entryEdge: Int32Array.from([...good.entryEdge, 0]) },
      'one edge short (the edge starts end past the edges)': { ...good, entryEdge: good.entryEdge.subarray(1) },
      'an entry naming item -1': { ...good, entryItem: Int32Array.from(good.entryItem, (v, i) => (i === entries >> 1 ? -1 : v)) },
      'an entry naming an item past the last': { ...good, entryItem: Int32Array.from(good.entryItem, (v, i) => (i === entries >> 1 ? CANONICAL_ATLAS.regions.length : v)) },
      'entries in a plain array': { ...good, entryItem: [...good.entryItem] as unknown as Int32Array },
      // Plain arrays (what a JSON data file would give) can hold what the typed arrays cannot:
      // fractions, or flags written as text. Each is refused by the check on its array's kind.
      'cell starts in a plain array, with fractions': plainArray(good, 'cellStart', (v, i) => (i === good.cellStart.length - 1 ? v : v + 0.25)),
      'entries in a plain array, with fractions': plainArray(good, 'entryItem', (v) => v + 0.25),
      'entry flags in a plain array, as text': plainArray(good, 'entryFull', (v) => String(v)),
      'edge starts in a plain array, with fractions': plainArray(good, 'entryEdgeStart', (v, i) => (i === entries ? v : v + 0.25)),
      'edges in a plain array, with fractions': plainArray(good, 'entryEdge', (v) => v + 0.25),
    };
    const expected = truth();
    for (const [what, index] of Object.entries(damaged)) expect(answersWith(index), what).toEqual(expected);
  });
});

/** `good` with one of its typed arrays replaced by a plain array of `value`s of its elements. */
function plainArray(
  good: OutlineRasterIndex,
  key: 'cellStart' | 'entryItem' | 'entryFull' | 'entryEdgeStart' | 'entryEdge',
  value: (v: number, i: number) => number | string,
): OutlineRasterIndex {
  return { ...good, [key]: Array.from(good[key], value) as unknown as Int32Array };
}
