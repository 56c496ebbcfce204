import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { unpackData } from '../../../cli/packed-data';
import { FONTKIT_PATCHES, patchFontkit } from '../../../scripts/cli-bundle/fontkit-patches.mjs';
import { STANDARD_FONTS_PATCHES, patchStandardFontEncodings } from '../../../scripts/cli-bundle/standard-fonts-patches.mjs';
import { CLI_ENTRY, CLI_MANIFEST, CLI_OUT_DIR, cliBundleStatus } from '../../../scripts/cli-bundle/freshness.mjs';
import nodePako from '../../../scripts/cli-bundle/pako-node-zlib.mjs';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { RASTER_KINDS, atlasLookup, atlasRasterIndexes, setRasterIndexSource, type RasterKind } from '../../../shared/analysis/atlas-lookup';
import type { OutlineRasterIndex } from '../../../shared/analysis/atlas-raster';
import { analyze } from '../../../shared/analysis';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import { generatedPlan } from '../../../cli/examples/generated';
import { serializePlan } from '../../../shared/plan';
import { REPORT_FONT_FILE } from '../../../shared/report';
import { setTissueModelSource, tissueModelData, type TissueModelData } from '../../../shared/simulation/model';
import { TissueSimulator } from '../../../shared/simulation/simulator';
import { canonicalBuild, CANONICAL_SURFACE } from '../../../shared/surface/canonical';
import { VIEW_IDS } from '../../../shared/surface/views';
import { setSilhouetteSource, traceSilhouette, viewSilhouette } from '../../../shared/scene/view-outline';
import { outlineFromData, viewOutlineData, type ViewOutlineData } from '../../../shared/scene/view-outline-data';
import { viewPathData, viewPathLookup, type ViewPathData } from '../../../shared/scene/view-path-data';
import { projectScene, setSeenPathSource } from '../../../shared/scene/view-projection';
import { buildScene } from '../../../shared/scene/build-scene';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../../../shared/scene/types';
import type { Atlas } from '../../../shared/atlas/types';
import type { FaceSurface } from '../../../shared/surface/types';
import { decodeHeightGrid, encodeHeightGrid } from '../../../shared/surface/grid-file';
import { makeLargePlan } from '../../fixtures/pdf/large-plan';
import { pdfText, qpdfCheck } from '../shared/report/pdf-tools';

/**
 * The bundled command line (dist-cli/, built by scripts/cli-bundle/build.mjs; the Vitest global
 * setup rebuilds it when a source changed): it is current, it loads pdf-lib only for `export`,
 * its Node-native replacements write the same PDF content, and a stale bundle is detected.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = join(ROOT, CLI_OUT_DIR);
const BIN = join(ROOT, 'bin', 'vectorlift.mjs');

/** The files a bundle file imports, statically (loaded with it) or dynamically (on demand). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(OUT, file), 'utf8');
  const found = { static: [] as string[], dynamic: [] as string[] };
  for (const m of code.matchAll(/\bimport\s*(\(\s*)?(?:[^("'][^"']*?from\s*)?["']\.\/([^"']+\.mjs)["']/g)) {
    (m[1] ? found.dynamic : found.static).push(m[2]!);
  }
  return found;
}

/**
 * The (platform, encoding) pairs of a TrueType table's records: the table `tag` from the font's
 * table directory, its record count at byte 2, records of `size` bytes from byte `first`.
 */
function tableRecords(font: Buffer, tag: string, first: number, size: number): [number, number][] {
  const tables = font.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + 16 * i;
    if (font.toString('latin1', entry, entry + 4) !== tag) continue;
    const table = font.readUInt32BE(entry + 8);
    const count = font.readUInt16BE(table + 2);
    return Array.from({ length: count }, (_, r): [number, number] => [font.readUInt16BE(table + first + size * r), font.readUInt16BE(table + first + size * r + 2)]);
  }
  throw new Error(`no ${tag} table`);
}

/** Every bundle file loaded when `file` loads: itself and its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of importsOf(file).static) staticClosure(next, seen);
  return seen;
}

/** The source files compiled into a set of bundle files, from their source maps. */
function sourcesOf(files: Iterable<string>): string[] {
  const sources: string[] = [];
  for (const file of files) {
    const map = JSON.parse(readFileSync(join(OUT, `${file}.map`), 'utf8')) as { sources: string[] };
    // From node_modules/ on for a dependency, also where node_modules links to another checkout's.
    sources.push(...map.sources.map((s) => s.replace(/^(\.\.\/)+/, '').replace(/^(?:[^/]+\/)*?node_modules\//, 'node_modules/')));
  }
  return sources;
}

const commandChunk = (name: string): string => {
  const chunk = importsOf(CLI_ENTRY).dynamic.find((f) => f.startsWith(`${name}-`));
  if (!chunk) throw new Error(`no ${name} chunk imported by ${CLI_ENTRY}`);
  return chunk;
};

describe('the CLI bundle', () => {
  it('is current: built from the sources as they are now', () => {
    expect(cliBundleStatus(ROOT)).toEqual({ fresh: true });
  });

  it('loads pdf-lib and fontkit only for export', () => {
    const heavy = /node_modules\/(pdf-lib|@pdf-lib\/fontkit)\//;
    const startUp = sourcesOf(staticClosure(CLI_ENTRY));
    expect(startUp).toContain('cli/main.ts');
    expect(startUp.filter((s) => heavy.test(s))).toEqual([]);
    const analyze = sourcesOf(staticClosure(commandChunk('analyze')));
    expect(analyze).toContain('shared/analysis/analyze.ts');
    expect(analyze.filter((s) => heavy.test(s))).toEqual([]);
    const exporting = sourcesOf(staticClosure(commandChunk('export')));
    expect(exporting.some((s) => s.startsWith('node_modules/pdf-lib/'))).toBe(true);
    expect(exporting.some((s) => s.startsWith('node_modules/@pdf-lib/fontkit/'))).toBe(true);
  });

  it('compiles no TypeScript at run time: the bin runs dist-cli and tsx is not a runtime dependency', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(pkg.scripts.prepare).toContain('scripts/cli-bundle/build.mjs');
    expect(readFileSync(BIN, 'utf8')).not.toMatch(/tsx|\.ts['"]/);
  });
});

describe('vectorlift export through the bundle', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vl-bundle-'));
    writeFileSync(join(dir, 'plan.vlift'), serializePlan(makeLargePlan(6, { title: 'Bundle plan Ёлка', patientId: 'Ким Мин-джун 김민준' })));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a valid PDF with the same text as the sources write, identical bytes run to run', async () => {
    const args = ['export', 'plan.vlift', '--date', '2025-06-01', '--aftercare'];
    for (const name of ['a.pdf', 'b.pdf']) {
      const r = spawnSync(process.execPath, [BIN, ...args, '-o', name], { cwd: dir, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
    }
    const quiet = { out: () => undefined, err: () => undefined, cwd: dir };
    expect(await main([...args, '-o', 'source.pdf'], quiet)).toBe(0);

    const bundled = new Uint8Array(readFileSync(join(dir, 'a.pdf')));
    expect(readFileSync(join(dir, 'b.pdf')).equals(Buffer.from(bundled))).toBe(true);
    expect(qpdfCheck(bundled).status).toBe(0);
    const text = pdfText(bundled);
    expect(text).toContain('Bundle plan Ёлка');
    expect(text).toContain('김민준');
    expect(text).toBe(pdfText(new Uint8Array(readFileSync(join(dir, 'source.pdf')))));
    // Three whole exports (two child processes, one in-process): a few seconds on an idle 2-core
    // machine, but it timed out at the default 20 s with the machine's load at 10.
  }, 120_000);
});

describe('cliBundleStatus', () => {
  let root: string;
  const stamps = new Map<string, { mtimeMs: number; size: number }>();
  const stat = (file: string) => stamps.get(file) ?? null;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vl-fresh-'));
    mkdirSync(join(root, CLI_OUT_DIR));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const reset = () => {
    stamps.clear();
    stamps.set(join(root, CLI_OUT_DIR, CLI_ENTRY), { mtimeMs: 5, size: 100 });
    stamps.set(join(root, 'cli/main.ts'), { mtimeMs: 1000, size: 20 });
    stamps.set(join(root, 'shared/x.ts'), { mtimeMs: 2000, size: 30 });
    writeFileSync(join(root, CLI_OUT_DIR, CLI_MANIFEST), JSON.stringify({ inputs: [['cli/main.ts', 1000, 20], ['shared/x.ts', 2000, 30]] }));
  };

  it('is fresh when every input has its recorded size and time', () => {
    reset();
    expect(cliBundleStatus(root, stat)).toEqual({ fresh: true });
  });

  it('names the input that changed, by time or by size, or that is gone', () => {
    reset();
    stamps.set(join(root, 'shared/x.ts'), { mtimeMs: 2001, size: 30 });
    expect(cliBundleStatus(root, stat)).toEqual({ fresh: false, reason: 'shared/x.ts changed' });
    reset();
    stamps.set(join(root, 'cli/main.ts'), { mtimeMs: 1000, size: 21 });
    expect(cliBundleStatus(root, stat)).toEqual({ fresh: false, reason: 'cli/main.ts changed' });
    reset();
    stamps.delete(join(root, 'shared/x.ts'));
    expect(cliBundleStatus(root, stat)).toEqual({ fresh: false, reason: 'shared/x.ts is gone' });
  });

  it('is stale without a manifest or an entry, and with a manifest it cannot read', () => {
    reset();
    stamps.delete(join(root, CLI_OUT_DIR, CLI_ENTRY));
    expect(cliBundleStatus(root, stat)).toEqual({ fresh: false, reason: 'it has not been built' });
    reset();
    writeFileSync(join(root, CLI_OUT_DIR, CLI_MANIFEST), '{"inputs": []}');
    expect(cliBundleStatus(root, stat).fresh).toBe(false);
    rmSync(join(root, CLI_OUT_DIR, CLI_MANIFEST));
    expect(cliBundleStatus(root, stat)).toEqual({ fresh: false, reason: 'it has not been built' });
  });
});

describe('the CLI-only replacements', () => {
  it("pako on Node's zlib reads and writes the same streams as pako", () => {
    const pako = createRequire(createRequire(import.meta.url).resolve('pdf-lib'))('pako') as {
      deflate(d: Uint8Array): Uint8Array;
      inflate(d: Uint8Array): Uint8Array;
    };
    const data = new TextEncoder().encode('BT /F1 12 Tf 72 712 Td (thread 1) Tj ET\n'.repeat(200));
    expect(pako.inflate(nodePako.deflate(data))).toEqual(data);
    expect(nodePako.inflate(pako.deflate(data))).toEqual(data);
    expect(nodePako.inflate(nodePako.deflate(data, { level: 0 }))).toEqual(data);
  });

  it('patches the installed fontkit in exactly the places named, and refuses a fontkit without them', () => {
    const source = readFileSync(join(ROOT, 'node_modules/@pdf-lib/fontkit/dist/fontkit.es.js'), 'utf8');
    const patched = patchFontkit(source);
    for (const patch of FONTKIT_PATCHES) expect(patched).toContain(patch.replace);
    expect(patched).not.toMatch(/^dictionary\.init\(BrotliDecompressBuffer\);$/m);
    expect(() => patchFontkit(source.replace('inflate = tinyInflate;', ''))).toThrow(/Unicode property tables.*found it 0 times/);
    expect(() => patchFontkit(source.replace('    extendNode(iconv);', ''))).toThrow(/iconv-lite.*found it 0 times/);
  });

  it("builds pdf-lib's standard-font encodings on first use: the same encodings, one object each", async () => {
    const dir = join(ROOT, 'node_modules/@pdf-lib/standard-fonts/es');
    const source = readFileSync(join(dir, 'Encoding.js'), 'utf8');
    const patched = patchStandardFontEncodings(source);
    for (const patch of STANDARD_FONTS_PATCHES) expect(patched).toContain(patch.replace);
    expect(() => patchStandardFontEncodings(source.replace('export var Encodings', 'var Encodings'))).toThrow(/each encoding on first use.*found it 0 times/);
    // The patched module as the bundle has it, next to the library's own.
    const built = await build({ stdin: { contents: patched, resolveDir: dir, loader: 'js' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
    const lazy = (await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0]!.text).toString('base64')}`)) as { Encodings: Record<string, unknown> };
    const { Encodings } = (await import('@pdf-lib/standard-fonts')) as unknown as { Encodings: Record<string, unknown> };
    for (const name of ['Symbol', 'ZapfDingbats', 'WinAnsi']) {
      expect(lazy.Encodings[name]).toBe(lazy.Encodings[name]);
      expect(isDeepStrictEqual(JSON.parse(JSON.stringify(lazy.Encodings[name])), JSON.parse(JSON.stringify(Encodings[name])))).toBe(true);
    }
  });

  it('leaves iconv-lite out, which the report font never needs: its names and cmap are all Unicode', () => {
    // Names: platform 0 (Unicode) or 3 (Windows) with encoding 1 or 10 (UTF-16) are read without
    // iconv-lite; so is a cmap subtable of those kinds, which fontkit looks for first.
    const font = readFileSync(join(ROOT, 'assets', 'fonts', REPORT_FONT_FILE));
    const unicode = (platform: number, encoding: number) => platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    const names = tableRecords(font, 'name', 6, 12);
    expect(names.length).toBeGreaterThan(0);
    for (const [platform, encoding] of names) expect(unicode(platform, encoding)).toBe(true);
    expect(tableRecords(font, 'cmap', 4, 8).some(([platform, encoding]) => unicode(platform, encoding))).toBe(true);
    const exportChunk = readdirSync(OUT).find((f) => /^export-.*\.mjs$/.test(f))!;
    const code = readFileSync(join(OUT, exportChunk), 'utf8');
    expect(code).not.toContain('iconv-lite internal error');
    expect(code).not.toContain('_dbcs');
  });
});

describe('the canonical surface shipped with the bundle', () => {
  it('is the grid the sources build, value for value, and the bundle reads it instead of building it', () => {
    const built = canonicalBuild().grid;
    const shipped = decodeHeightGrid(readFileSync(join(OUT, 'canonical-surface.bin')));
    expect(shipped).not.toBeNull();
    const { z, nx, ny, nz, mask, ...header } = shipped!;
    const { z: bz, nx: bnx, ny: bny, nz: bnz, mask: bmask, ...builtHeader } = built;
    expect(header).toEqual(builtHeader);
    expect(Buffer.from(z.buffer, z.byteOffset, z.byteLength).equals(Buffer.from(bz.buffer, bz.byteOffset, bz.byteLength))).toBe(true);
    for (const [a, b] of [[nx, bnx], [ny, bny], [nz, bnz]] as const) expect(Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))).toBe(true);
    expect(Buffer.from(mask).equals(Buffer.from(bmask))).toBe(true);
    // The bundle defines the grid file's name, so it reads the file; the sources never do.
    const code = readdirSync(OUT).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(OUT, f), 'utf8')).join('\n');
    expect(code).toContain('canonical-surface.bin');
  });

  it('refuses bytes that do not match their header', () => {
    const bytes = encodeHeightGrid(canonicalBuild().grid);
    expect(decodeHeightGrid(bytes)).not.toBeNull();
    expect(decodeHeightGrid(bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(decodeHeightGrid(new Uint8Array(100))).toBeNull();
    const wrongMagic = bytes.slice();
    wrongMagic[0] = 0;
    expect(decodeHeightGrid(wrongMagic)).toBeNull();
  });
});

describe('the tissue model shipped with the bundle', () => {
  const shipped = (): TissueModelData => unpackData(readFileSync(join(OUT, 'tissue-model.bin'))) as TissueModelData;

  it('is the model the sources build, value for value, and the bundle reads it instead of building it', () => {
    const built = tissueModelData(CANONICAL_ATLAS);
    expect(isDeepStrictEqual(shipped(), built)).toBe(true);
    // The bundle defines the model file's name, so it reads the file; the sources never do.
    const code = readdirSync(OUT).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(OUT, f), 'utf8')).join('\n');
    expect(code).toContain('tissue-model.bin');
  });

  it('simulates a plan exactly as the model built from the atlas does', () => {
    // A copy of the atlas has no model yet: the source gives it the shipped data.
    const atlas = { ...CANONICAL_ATLAS };
    const data = shipped();
    let asked = 0;
    setTissueModelSource((a, key) => {
      asked++;
      return a === atlas && key === data.key ? data : null;
    });
    try {
      const plan = generatedPlan(50);
      const fromData = new TissueSimulator(atlas).simulate(plan, THREAD_CATALOGUE);
      const built = new TissueSimulator(CANONICAL_ATLAS).simulate(plan, THREAD_CATALOGUE);
      expect(asked).toBeGreaterThan(0);
      expect(fromData.summary).toEqual(built.summary);
      expect(isDeepStrictEqual(fromData.field, built.field)).toBe(true);
    } finally {
      setTissueModelSource(null);
    }
  });
});

describe('the view silhouettes shipped with the bundle', () => {
  const shipped = (): ViewOutlineData => unpackData(readFileSync(join(OUT, 'view-outlines.bin'))) as ViewOutlineData;

  it('are the silhouettes the sources trace, bit for bit, and the bundle reads them instead of tracing them', () => {
    const data = shipped();
    expect(data.surfaceId).toBe(CANONICAL_SURFACE.id);
    for (const id of VIEW_IDS) {
      const traced = traceSilhouette(CANONICAL_SURFACE, id);
      const read = outlineFromData(data, id);
      expect(read).not.toBeNull();
      expect(read!.length).toBe(traced.length);
      // Object.is: the same numbers, -0 and all, not merely equal ones.
      expect(read!.every((p, i) => Object.is(p.x, traced[i]!.x) && Object.is(p.y, traced[i]!.y))).toBe(true);
    }
    expect(isDeepStrictEqual(data, viewOutlineData(CANONICAL_SURFACE))).toBe(true);
    const code = readdirSync(OUT).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(OUT, f), 'utf8')).join('\n');
    expect(code).toContain('view-outlines.bin');
  });

  it('are used for the surface they were traced on and no other', () => {
    const data = shipped();
    // A surface that answers like the canonical one but is another object: a cache of its own.
    const copy: FaceSurface = { ...CANONICAL_SURFACE, id: CANONICAL_SURFACE.id, bounds: CANONICAL_SURFACE.bounds };
    const asked: string[] = [];
    setSilhouetteSource((surface, viewId) => {
      asked.push(viewId);
      return surface === copy ? outlineFromData(data, viewId) : null;
    });
    try {
      const outline = viewSilhouette(copy, 'left-oblique');
      expect(asked).toEqual(['left-oblique']);
      expect(isDeepStrictEqual(outline, traceSilhouette(CANONICAL_SURFACE, 'left-oblique'))).toBe(true);
      // Asked once: the answer is kept like a traced one.
      viewSilhouette(copy, 'left-oblique');
      expect(asked).toEqual(['left-oblique']);
    } finally {
      setSilhouetteSource(null);
    }
  });

  it('refuse data with an odd count of coordinates', () => {
    const data = shipped();
    const odd: ViewOutlineData = { ...data, views: { ...data.views, frontal: data.views.frontal.subarray(1) } };
    expect(outlineFromData(odd, 'frontal')).toBeNull();
  });
});

describe('the projected face drawing and overlays shipped with the bundle', () => {
  const shipped = (): ViewPathData => unpackData(readFileSync(join(OUT, 'view-paths.bin'))) as ViewPathData;
  const TURNED = VIEW_IDS.filter((id) => id !== 'frontal');

  it('are the projections the sources make, bit for bit, and the bundle reads them instead of projecting', () => {
    const data = shipped();
    expect(data.surfaceId).toBe(CANONICAL_SURFACE.id);
    expect(Object.keys(data.views).sort()).toEqual([...TURNED].sort());
    // isDeepStrictEqual compares numbers with Object.is: -0 and NaN (hidden points) included.
    expect(isDeepStrictEqual(data, viewPathData(CANONICAL_ATLAS))).toBe(true);
    const code = readdirSync(OUT).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(OUT, f), 'utf8')).join('\n');
    expect(code).toContain('view-paths.bin');
  });

  it("turn a plan's scene with every overlay exactly as projecting it does, in every turned view", () => {
    // A copy of the atlas shares its drawing and outlines but has projections of its own: the
    // source answers for it alone, so the canonical atlas's projections are the reference.
    const copy: Atlas = { ...CANONICAL_ATLAS };
    const lookup = viewPathLookup(shipped(), copy);
    expect(lookup).not.toBeNull();
    let answered = 0;
    setSeenPathSource((atlas, viewId, item) => {
      const seen = atlas === copy ? lookup!(item, viewId) : null;
      if (seen) answered++;
      return seen;
    });
    try {
      const layers = Object.fromEntries(OVERLAY_LAYERS.map((id) => [id, id !== 'tissue'])) as Record<OverlayLayerId, boolean>;
      const plan = generatedPlan(50);
      const analysis = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE });
      const sceneOf = (atlas: Atlas) => buildScene({ plan, atlas, analysis, layers, catalogue: THREAD_CATALOGUE });
      for (const id of TURNED) {
        const before = answered;
        const fromData = projectScene(sceneOf(copy), copy, id);
        // Every static path shape is answered (the face drawing alone has dozens); the threads are projected.
        expect(answered - before).toBeGreaterThanOrEqual(shipped().paths.length);
        expect(isDeepStrictEqual(fromData, projectScene(sceneOf(CANONICAL_ATLAS), CANONICAL_ATLAS, id))).toBe(true);
      }
    } finally {
      setSeenPathSource(null);
    }
  });

  it('are refused for another surface or other paths, and answer only the paths they hold', () => {
    const data = shipped();
    expect(viewPathLookup({ ...data, surfaceId: 'another surface' }, CANONICAL_ATLAS)).toBeNull();
    expect(viewPathLookup({ ...data, paths: data.paths.slice(1) }, CANONICAL_ATLAS)).toBeNull();
    const lookup = viewPathLookup(data, CANONICAL_ATLAS)!;
    const stroke = CANONICAL_ATLAS.drawing[0]!;
    const item = { type: 'path' as const, points: stroke.points, closed: stroke.closed, smooth: stroke.smooth, style: {} };
    expect(lookup(item, 'left-oblique')).not.toBeNull();
    // The same points as a copy, or drawn another way, are not the atlas's path: projected as usual.
    expect(lookup({ ...item, points: [...stroke.points] }, 'left-oblique')).toBeNull();
    expect(lookup({ ...item, closed: !stroke.closed, smooth: !stroke.smooth }, 'left-oblique')).toBeNull();
    expect(lookup(item, 'frontal')).toBeNull();
  });
});

describe('the atlas raster indexes shipped with the bundle', () => {
  const shipped = (): Record<RasterKind, OutlineRasterIndex> => unpackData(readFileSync(join(OUT, 'atlas-rasters.bin'))) as Record<RasterKind, OutlineRasterIndex>;

  it('are the indexes the sources build, value for value, and the bundle reads them instead of building them', () => {
    expect(isDeepStrictEqual(shipped(), atlasRasterIndexes(CANONICAL_ATLAS))).toBe(true);
    const code = readdirSync(OUT).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(OUT, f), 'utf8')).join('\n');
    expect(code).toContain('atlas-rasters.bin');
  });

  it('answer a plan exactly as the indexes built from the atlas do, and an index that does not fit is built instead', () => {
    // A copy of the atlas has no lookup yet: the source gives it the shipped indexes.
    const atlas = { ...CANONICAL_ATLAS };
    const data = shipped();
    const asked: RasterKind[] = [];
    setRasterIndexSource((a, kind) => {
      asked.push(kind);
      return a === atlas ? data[kind] : null;
    });
    try {
      const plan = generatedPlan(50);
      const fromData = analyze(plan, atlas, { catalogue: THREAD_CATALOGUE });
      expect(fromData).toEqual(analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }));
      // Each index is asked for when first needed, once: this plan never asks for a fixation
      // zone by position, so that index is asked for by the question below.
      atlasLookup(atlas).fixationZoneAt({ x: 0, y: 0 });
      expect([...asked].sort()).toEqual([...RASTER_KINDS].sort());
      // A truncated index is refused (built instead), so the answers stay the atlas's.
      const other = { ...CANONICAL_ATLAS };
      const cut = { ...data.regions, entryItem: data.regions.entryItem.subarray(1) };
      setRasterIndexSource((a, kind) => (a === other && kind === 'regions' ? cut : null));
      const p = CANONICAL_ATLAS.regions[0]!.outline[0]!;
      const centre = { x: p.x + 0.5, y: p.y + 0.5 };
      expect(atlasLookup(other).regionAt(centre)).toBe(atlasLookup(CANONICAL_ATLAS).regionAt(centre));
    } finally {
      setRasterIndexSource(null);
    }
  });
});
