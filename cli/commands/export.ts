import * as fs from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { analyze } from '../../shared/analysis';
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { THREAD_CATALOGUE } from '../../shared/catalogue';
import { DEFAULT_PREFERENCES } from '../../shared/ipc/preferences';
import { REPORT_FONT_FILE, buildPlanPdf, type PaperSize } from '../../shared/report';
import { parseGeneratedAt } from '../../shared/report/format';
import { simulatePlan } from '../../shared/simulation/plan-simulation';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../../shared/scene/types';
// The desktop app's atomic writer (plain Node, no Electron): the same fsyncs, temp naming and
// cleanup of temp files a killed save left behind.
import { writeFileAtomic } from '../../electron/atomic-save';
import { EXIT, UsageError, type CliIo } from '../command';
import { installPath } from '../install-root';
import { installPrecomputedViewPaths } from '../precomputed-view-paths';
import { loadPlanFile } from '../plan-file';
import { parseCommandArgs, readLanguage } from '../args';
import type { Locale } from '../../shared/i18n/locale';

/**
 * `vectorlift export PLAN -o OUT.pdf [--paper a4|letter] [--anonymize] [--aftercare]
 * [--signature] [--consent] [--date YYYY-MM-DD] [--layers LIST] [--lang en|ko|ru]`
 *
 * The CLI has no clinic profile (that lives in the app's preferences): its PDF carries no
 * letterhead and VectorLift's default consent and handout texts.
 *
 * Writes the marked-up plan as a PDF. The file appears whole or not at all: the PDF is built in
 * memory first, then written with the app's atomic writer (temporary file beside OUT, fsync,
 * rename over OUT, fsync the folder), so bad input, a failed write or a kill never leaves a
 * partial OUT; a temporary file left by a killed export is removed by the next write there.
 */

/** The font sits in assets/fonts/ of this installation (not the cwd). */
const FONT_PATH = installPath('assets', 'fonts', REPORT_FONT_FILE);

interface ExportArgs {
  plan: string;
  out: string;
  paper: PaperSize;
  anonymize: boolean;
  aftercare: boolean;
  signature: boolean;
  consent: boolean;
  generatedAt: string | undefined;
  layers: Record<OverlayLayerId, boolean>;
  language: Locale;
}

function readArgs(args: readonly string[]): ExportArgs {
  const { flags, strings: values, positionals } = parseCommandArgs(args, {
    flags: ['anonymize', 'anonymise', 'aftercare', 'signature', 'consent'],
    strings: ['output', 'paper', 'date', 'layers', 'lang'],
    shorts: { output: 'o' },
    positionals: ['PLAN'],
  });
  if (!values.output) throw new UsageError({ key: 'missingArgument', params: { argument: '-o OUT.pdf' } });

  const paper = (values.paper ?? 'a4').toLowerCase();
  if (paper !== 'a4' && paper !== 'letter') throw new UsageError({ key: 'paperChoice', params: { got: JSON.stringify(values.paper) } });

  if (values.date !== undefined) {
    try {
      parseGeneratedAt(values.date);
    } catch {
      throw new UsageError({ key: 'dateChoice', params: { got: JSON.stringify(values.date) } });
    }
  }

  return {
    plan: positionals[0]!,
    out: values.output,
    paper,
    anonymize: flags.anonymize === true || flags.anonymise === true,
    aftercare: flags.aftercare === true,
    signature: flags.signature === true,
    consent: flags.consent === true,
    generatedAt: values.date,
    layers: values.layers === undefined ? { ...DEFAULT_PREFERENCES.layers } : readLayers(values.layers),
    language: readLanguage(values.lang),
  };
}

/** `--layers regions,danger-zones` (or `none`): the overlays drawn on the diagram. */
function readLayers(list: string): Record<OverlayLayerId, boolean> {
  const layers = Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, false])) as Record<OverlayLayerId, boolean>;
  if (list.trim() === 'none') return layers;
  for (const name of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(OVERLAY_LAYERS as readonly string[]).includes(name)) {
      throw new UsageError({ key: 'unknownLayer', params: { name: JSON.stringify(name), layers: OVERLAY_LAYERS.join(', ') } });
    }
    layers[name as OverlayLayerId] = true;
  }
  return layers;
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const opts = readArgs(args);
  const outPath = resolve(io.cwd, opts.out);
  const outName = basename(outPath);
  if (outPath === resolve(io.cwd, opts.plan)) {
    throw new UsageError({ key: 'outIsPlan' });
  }
  const loaded = await loadPlanFile(opts.plan, io.cwd, opts.language);
  if (!loaded.ok) {
    io.err(`vectorlift: ${loaded.message}\n`);
    return EXIT.usage;
  }
  const folder = dirname(outPath);
  if (!(await isFolder(folder))) {
    io.err(`vectorlift: cannot write ${outName}: the folder ${folder} does not exist\n`);
    return EXIT.usage;
  }

  // A view of the Buffer, not new Uint8Array(buffer): copying the 2 MB font element by element
  // took 17-24 ms of a cold export on the 2-core machine; the read itself takes about 2.
  installPrecomputedViewPaths();
  const fontFile = await fs.readFile(FONT_PATH);
  const font = new Uint8Array(fontFile.buffer, fontFile.byteOffset, fontFile.byteLength);
  const simulation = simulatePlan(loaded.plan, CANONICAL_ATLAS, THREAD_CATALOGUE);
  const analysis = analyze(loaded.plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE, simulation: simulation.summary });
  const bytes = await buildPlanPdf({
    tissue: simulation.map,
    plan: loaded.plan,
    atlas: CANONICAL_ATLAS,
    catalogue: THREAD_CATALOGUE,
    analysis,
    layers: opts.layers,
    font,
    options: {
      paper: opts.paper,
      anonymize: opts.anonymize,
      aftercare: opts.aftercare,
      signature: opts.signature,
      consent: opts.consent,
      generatedAt: opts.generatedAt,
      language: opts.language,
    },
  });

  try {
    await writeFileAtomic(fs, outPath, bytes);
  } catch (e) {
    io.err(`vectorlift: cannot write ${outName}: ${writeErrorReason(e)}\n`);
    return EXIT.usage;
  }
  io.out(`Wrote ${outName} (${Math.max(1, Math.round(bytes.length / 1024))} KB)\n`);
  return EXIT.ok;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A file-system error in words a user can act on (the raw code stays in brackets for support). */
function writeErrorReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  const words: Record<string, string> = {
    EISDIR: 'that is a folder; give a file name such as plan.pdf',
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'part of the path is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
  };
  return code !== undefined && code in words ? `${words[code]} (${code})` : code ?? String(e);
}
