/**
 * The writer the kill -9 test kills (scripts/fuzz/kill9.ts), bundled by esbuild into one plain
 * module so it starts fast. It saves one plan again and again, as the app does, each time with
 * the title "generation N", and prints N once the save has returned:
 *
 *   node kill9-child.mjs atomic   DIR BASE.vlift FIRST   writeFileAtomic to DIR/plan.vlift
 *   node kill9-child.mjs autosave DIR BASE.vlift FIRST   the autosave of a session in user-data DIR
 *   node kill9-child.mjs in-place DIR BASE.vlift FIRST   a writer that is NOT atomic (it rewrites
 *        DIR/plan.vlift in place, 64 kB at a time): the counter-example the test must catch
 *
 * It prints "ready" before the first save and runs until killed.
 */
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../electron/atomic-save';
import { startAutosave } from '../../electron/autosave';
import { parsePlanText } from '../../shared/plan/parse';
import { serializePlan } from '../../shared/plan/serialize';
import type { PlanDocument } from '../../shared/plan/types';

export const generationText = (base: PlanDocument, generation: number): string =>
  serializePlan({ ...base, meta: { ...base.meta, title: `generation ${generation}` } });

async function writeInPlace(target: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  const handle = await fs.open(target, 'w');
  try {
    for (let at = 0; at < bytes.length; at += 65_536) {
      await handle.write(bytes.subarray(at, at + 65_536));
      await handle.sync();
    }
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const [writer, dir, basePath, first] = process.argv.slice(2);
  const parsed = parsePlanText(await fs.readFile(basePath!, 'utf8'));
  if (!parsed.ok) throw new Error(`base plan: ${parsed.error.message}`);
  const base = parsed.plan;
  let save: (text: string) => Promise<void>;
  if (writer === 'atomic') save = (text) => writeFileAtomic(fs, path.join(dir!, 'plan.vlift'), text);
  else if (writer === 'autosave') save = (await startAutosave(fs, dir!)).write;
  else if (writer === 'in-place') save = (text) => writeInPlace(path.join(dir!, 'plan.vlift'), text);
  else throw new Error(`unknown writer ${writer}`);
  process.stdout.write('ready\n');
  for (let generation = Number(first); ; generation++) {
    await save(generationText(base, generation));
    process.stdout.write(`${generation}\n`);
  }
}

// Run only as the bundled entry point, not when the harness imports generationText.
if (process.argv[1]?.endsWith('kill9-child.mjs')) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
