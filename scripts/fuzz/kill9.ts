/**
 * The kill -9 test (issue 8): a process saving a plan is killed with SIGKILL at a random moment,
 * again and again, for each of the three writers the app has:
 * - atomic:   the app's atomic writer (electron/atomic-save.ts) saving a 200-thread plan;
 * - autosave: the autosave of a session (electron/autosave.ts) writing its working copy;
 * - export:   `vectorlift export`, run as a user runs it, writing a PDF.
 * After every kill it checks that the target is complete and is exactly the old file or exactly
 * the new one (byte for byte: plans against the text of their generation, PDFs against a
 * complete export of the same plan), that nothing is lost (autosave: the next start offers the
 * working copy back), and that no temp file is left once the next save has run (the next save,
 * the next start for autosave, the next export).
 *
 * `npm run fuzz -- --kills 1000` runs it long; tests/unit/fuzz/kill9.test.ts runs a few dozen
 * kills inside `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PDFDocument } from 'pdf-lib';
import { TEMP_NAME_PATTERN, writeFileAtomic } from '../../electron/atomic-save';
import { startAutosave } from '../../electron/autosave';
import { generatedPlan } from '../../cli/examples/generated';
import { MAX_THREADS } from '../../shared/plan/limits';
import { parsePlanText } from '../../shared/plan/parse';
import { serializePlan } from '../../shared/plan/serialize';
import type { PlanDocument } from '../../shared/plan/types';
import { generationText } from './kill9-child';
import { Random } from './random';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'vectorlift.mjs');
const SMALL_PLAN = path.join(ROOT, 'assets', 'examples', 'good-midface.vlift');

/** The app's three writers, and 'in-place', a writer that is not atomic (to show the test catches one). */
export type Writer = 'atomic' | 'autosave' | 'export' | 'in-place';
export const WRITERS: readonly Writer[] = ['atomic', 'autosave', 'export'];

export interface KillOptions {
  readonly kills: number;
  readonly seed: number;
  readonly writers?: readonly Writer[];
  readonly onProgress?: (done: number) => void;
}

export interface WriterFigures {
  kills: number;
  /** The target held the last complete save. */
  oldFile: number;
  /** The target held the save that was killed (it had already been renamed into place). */
  newFile: number;
  /** Kills that left a temp file beside the target (a kill mid-write). */
  tempLeft: number;
}

export interface KillReport {
  readonly seed: number;
  kills: number;
  /** Targets that were missing, or whose content was neither the old nor the new file. */
  lost: number;
  corrupt: number;
  /** Temp files still there after the next save. */
  tempsAfterNextSave: number;
  readonly perWriter: Record<string, WriterFigures>;
  readonly problems: string[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const temps = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((n) => TEMP_NAME_PATTERN.test(n));

/** Resolves when a file of our temp naming appears in `dir`. */
function tempAppears(dir: string): { appeared: Promise<void>; stop: () => void } {
  let watcher: FSWatcher | null = null;
  const appeared = new Promise<void>((resolve) => {
    watcher = watch(dir, (_event, name) => {
      if (name && TEMP_NAME_PATTERN.test(String(name))) resolve();
    });
  });
  return { appeared, stop: () => watcher?.close() };
}

/** A running child: its stdout lines so far and a promise of its end. */
interface Running {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly stderr: string[];
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(args: readonly string[], cwd: string): Running {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const stderr: string[] = [];
  let partial = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, lines, stderr, ended };
}

async function waitForLine(run: Running, line: string, timeoutMs = 60_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!run.lines.includes(line)) {
    if (run.child.exitCode !== null || run.child.signalCode !== null || Date.now() > until) return false;
    await sleep(1);
  }
  return true;
}

/** The last generation the child reported saved, or `before` if none. */
const lastReported = (run: Running, before: number): number => {
  const done = run.lines.filter((l) => /^\d+$/.test(l)).map(Number);
  return done.length ? done.at(-1)! : before;
};

/** Which generation `text` is, if it is exactly one of `candidates`' texts. */
function whichGeneration(text: string, base: PlanDocument, candidates: readonly number[]): number | null {
  for (const g of candidates) if (text === generationText(base, g)) return g;
  return null;
}

interface Harness {
  readonly root: string;
  readonly childScript: string;
  readonly rng: Random;
  readonly report: KillReport;
  readonly base: PlanDocument;
  readonly basePath: string;
}

function problem(h: Harness, writer: Writer, what: 'lost' | 'corrupt' | 'temp', detail: string): void {
  if (what === 'lost') h.report.lost++;
  else if (what === 'corrupt') h.report.corrupt++;
  else h.report.tempsAfterNextSave++;
  if (h.report.problems.length < 50) h.report.problems.push(`${writer} kill ${h.report.perWriter[writer]!.kills}: ${detail}`);
}

/** Milliseconds of one save of the base plan, for the kill delays. */
async function timeOneSave(target: string, text: string): Promise<number> {
  const t0 = performance.now();
  await writeFileAtomic(fs, target, text);
  return performance.now() - t0;
}

/** A writer that loops in a child (atomic, autosave): one kill, checked. */
function loopingWriter(h: Harness, writer: 'atomic' | 'autosave' | 'in-place') {
  const dir = path.join(h.root, writer);
  const folder = writer === 'autosave' ? path.join(dir, 'autosave') : dir;
  const target = writer === 'autosave' ? path.join(folder, 'working-copy.vlift') : path.join(dir, 'plan.vlift');
  let generation = 0;
  let saveMs = 10;
  const figures = h.report.perWriter[writer]!;

  return {
    async setUp(): Promise<void> {
      await fs.mkdir(folder, { recursive: true });
      if (writer !== 'autosave') saveMs = await timeOneSave(target, generationText(h.base, 0));
      else await (await startAutosave(fs, dir)).write(generationText(h.base, 0));
    },
    async killOnce(): Promise<void> {
      const run = start([h.childScript, writer, dir, h.basePath, String(generation + 1)], h.root);
      if (!(await waitForLine(run, 'ready'))) {
        run.child.kill('SIGKILL');
        await run.ended;
        throw new Error(`${writer} writer did not start: ${run.stderr.join('')}`);
      }
      // Anywhere from before the first save to a few saves in.
      await sleep(h.rng.next() * saveMs * 4);
      run.child.kill('SIGKILL');
      await run.ended;
      figures.kills++;
      const done = lastReported(run, generation);
      if ((await temps(folder)).length > 0) figures.tempLeft++;

      // The target: exactly the last complete save, or the one killed.
      let text: string | null;
      let save: (text: string) => Promise<void>;
      if (writer !== 'autosave') {
        text = await readFile(target, 'utf8').catch(() => null);
        save = (t) => writeFileAtomic(fs, target, t);
      } else {
        // The next start of the app: it finds the session marker and offers the working copy.
        const session = await startAutosave(fs, dir);
        text = await session.takeRecovery();
        save = session.write;
      }
      const found = text === null ? null : whichGeneration(text, h.base, [done, done + 1]);
      if (text === null) {
        problem(h, writer, 'lost', 'the target is gone (or autosave offered nothing back)');
        generation = done + 1;
      } else if (found === null) {
        const parsed = parsePlanText(text);
        problem(h, writer, 'corrupt', parsed.ok ? `holds "${parsed.plan.meta.title}", expected generation ${done} or ${done + 1}` : `does not load: ${parsed.error.message}`);
        generation = done + 1;
      } else {
        if (found === done) figures.oldFile++;
        else figures.newFile++;
        generation = found;
      }

      // The next save removes what the killed one left.
      generation++;
      await save(generationText(h.base, generation));
      const left = await temps(folder);
      if (left.length > 0) problem(h, writer, 'temp', `temp files after the next save: ${left.join(', ')}`);
    },
  };
}

/** `vectorlift export`, one run per kill, then a complete run. */
function exportWriter(h: Harness, small: PlanDocument) {
  const dir = path.join(h.root, 'export');
  const planFile = path.join(dir, 'plan.vlift');
  const out = path.join(dir, 'plan.pdf');
  const args = [CLI, 'export', 'plan.vlift', '-o', 'plan.pdf', '--date', '2025-01-01'];
  let generation = 0;
  let complete: Buffer = Buffer.alloc(0);
  let runMs = 500;
  const figures = h.report.perWriter.export!;

  /** Exports generation `g` to the end; its bytes are the reference for that generation. */
  const exportFully = async (g: number): Promise<Buffer> => {
    await writeFile(planFile, generationText(small, g));
    const t0 = performance.now();
    const run = start(args, dir);
    const { code } = await run.ended;
    if (code !== 0) throw new Error(`vectorlift export failed (${code}): ${run.stderr.join('')}`);
    runMs = performance.now() - t0;
    return readFile(out);
  };

  return {
    async setUp(): Promise<void> {
      await fs.mkdir(dir, { recursive: true });
      complete = await exportFully(0);
    },
    async killOnce(): Promise<void> {
      // A kill only counts if the export was still running when it came.
      for (let attempt = 0; ; attempt++) {
        if (attempt === 20) throw new Error('vectorlift export kept finishing before the kill');
        const next = generation + 1;
        await writeFile(planFile, generationText(small, next));
        // Half the kills at any moment of the run; half once the PDF is being written (its temp
        // file appeared), which is a few milliseconds at the end of the run.
        const duringWrite = h.rng.chance(0.5);
        const writing = duringWrite ? tempAppears(dir) : null;
        const run = start(args, dir);
        if (writing) {
          await Promise.race([writing.appeared, run.ended]);
          writing.stop();
          await sleep(h.rng.next() * 4);
        } else await sleep(h.rng.next() * runMs);
        const landed = run.child.exitCode === null && run.child.signalCode === null;
        run.child.kill('SIGKILL');
        const { code } = await run.ended;
        if (!landed) {
          if (code !== 0) throw new Error(`vectorlift export failed (${code}): ${run.stderr.join('')}`);
          complete = await readFile(out);
          generation = next;
          continue;
        }
        figures.kills++;
        if ((await temps(dir)).length > 0) figures.tempLeft++;
        const found = await readFile(out).catch(() => null);
        // The next export of the same plan: the reference for the killed one, and the cleanup.
        const fresh = await exportFully(next);
        const left = await temps(dir);
        if (left.length > 0) problem(h, 'export', 'temp', `temp files after the next export: ${left.join(', ')}`);
        if (found === null) problem(h, 'export', 'lost', 'the PDF is gone');
        else if (found.equals(complete)) figures.oldFile++;
        else if (found.equals(fresh)) figures.newFile++;
        else {
          const title = await PDFDocument.load(found).then((d) => d.getTitle(), (e: unknown) => `unreadable (${String(e)})`);
          problem(h, 'export', 'corrupt', `the PDF (${found.length} bytes, title ${title}) is neither the old export nor the new one`);
        }
        complete = fresh;
        generation = next;
        return;
      }
    },
  };
}

/** Builds the child writer into one plain module in `dir`. */
async function bundleChild(dir: string): Promise<string> {
  const outfile = path.join(dir, 'kill9-child.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'scripts', 'fuzz', 'kill9-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}

export async function runKillTest(options: KillOptions): Promise<KillReport> {
  const writers = options.writers ?? WRITERS;
  const root = await mkdtemp(path.join(os.tmpdir(), 'vl-kill9-'));
  const report: KillReport = {
    seed: options.seed,
    kills: 0,
    lost: 0,
    corrupt: 0,
    tempsAfterNextSave: 0,
    perWriter: Object.fromEntries(writers.map((w) => [w, { kills: 0, oldFile: 0, newFile: 0, tempLeft: 0 }])),
    problems: [],
  };
  try {
    const base = generatedPlan(MAX_THREADS);
    const basePath = path.join(root, 'base.vlift');
    await writeFile(basePath, serializePlan(base));
    const small = parsePlanText(await readFile(SMALL_PLAN, 'utf8'));
    if (!small.ok) throw new Error(`${SMALL_PLAN}: ${small.error.message}`);
    const h: Harness = { root, childScript: await bundleChild(root), rng: new Random(options.seed), report, base, basePath };
    const byWriter = {
      atomic: () => loopingWriter(h, 'atomic'),
      autosave: () => loopingWriter(h, 'autosave'),
      'in-place': () => loopingWriter(h, 'in-place'),
      export: () => exportWriter(h, small.plan),
    };
    const active = writers.map((w) => byWriter[w]());
    for (const w of active) await w.setUp();
    for (let i = 0; i < options.kills; i++) {
      await active[i % active.length]!.killOnce();
      report.kills++;
      options.onProgress?.(report.kills);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return report;
}
