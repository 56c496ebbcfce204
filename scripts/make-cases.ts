/**
 * Writes the training-case library, assets/cases/, from the designs in scripts/case-designs/:
 * one folder per case (case.json, poor.vlift, corrected.vlift) and assets/cases/index.json.
 * The committed files are the product; this script is how they are made and kept honest.
 *
 *   npx tsx scripts/make-cases.ts           write the files
 *   npx tsx scripts/make-cases.ts --check   exit 1 if the committed files differ from the designs
 *   npx tsx scripts/make-cases.ts --report  print each design's warnings and critical findings
 *
 * Before writing, every case is checked: its poor design must give a warning or critical finding
 * for exactly the rules it states, and its corrected design none at all.
 */
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../shared/analysis';
import { CANONICAL_ATLAS } from '../shared/atlas';
import { buildCaseIndex, isProblem, makeTrainingCase, problemRules, serializeCaseIndex, type TrainingCase } from '../shared/training';
import { CASE_DESIGNS, type CaseDesign } from './case-designs';
import { alignIds } from './case-designs/align-ids';

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'cases');

/** Every file of the library: path relative to assets/cases/ (forward slashes) -> text. */
export function generateCaseFiles(designs: readonly CaseDesign[] = CASE_DESIGNS): Map<string, string> {
  const files = new Map<string, string>();
  const cases: TrainingCase[] = [];
  const ids = new Set<string>();
  for (const d of designs) {
    if (ids.has(d.id)) throw new Error(`two cases have the id ${d.id}`);
    ids.add(d.id);
    // Same thread, same id: the compare view then shows changed threads as changed (align-ids.ts).
    const design = { ...d, corrected: alignIds(d.poor, d.corrected) };
    checkDesign(design);
    const made = makeTrainingCase({ ...design, atlas: CANONICAL_ATLAS });
    if (!made.ok) throw new Error(`${d.id}: ${made.error.path} ${made.error.message}`);
    cases.push(made.case);
    for (const [name, text] of Object.entries(made.files)) files.set(`${d.id}/${name}`, text);
  }
  files.set('index.json', serializeCaseIndex(buildCaseIndex(cases)));
  return files;
}

/** The stated rules must be exactly the poor design's problem rules; the correction must be clean. */
function checkDesign(d: CaseDesign): void {
  const poorRules = problemRules(analyze(d.poor, CANONICAL_ATLAS).findings);
  const stated = [...d.rules].sort().join(', ');
  if (poorRules.slice().sort().join(', ') !== stated) {
    throw new Error(`${d.id}: the poor design shows [${poorRules.join(', ')}] but the case states [${stated}]`);
  }
  const left = analyze(d.corrected, CANONICAL_ATLAS).findings.filter(isProblem);
  if (left.length > 0) throw new Error(`${d.id}: the corrected design still has ${left.map((f) => `${f.rule} (${f.title})`).join('; ')}`);
}

function report(): void {
  for (const d of CASE_DESIGNS) {
    console.log(`${d.id}  [${d.area}]  states: ${d.rules.join(', ')}`);
    for (const which of ['poor', 'corrected'] as const) {
      const problems = analyze(d[which], CANONICAL_ATLAS).findings.filter(isProblem);
      console.log(`  ${which}: ${problems.length === 0 ? 'no warning or critical finding' : ''}`);
      for (const f of problems) console.log(`    ${f.severity.padEnd(8)} ${f.rule.padEnd(24)} ${f.title}`);
    }
  }
}

function listOnDisk(dir: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) out.add(entry.name);
    else if (entry.isDirectory()) for (const f of readdirSync(join(dir, entry.name))) out.add(`${entry.name}/${f}`);
  }
  return out;
}

/** Files that differ from the designs: missing, changed, or on disk but not generated. */
export function staleCaseFiles(dir: string = CASES_DIR, files: Map<string, string> = generateCaseFiles()): string[] {
  const stale: string[] = [];
  for (const [path, text] of files) {
    const full = join(dir, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== text) stale.push(path);
  }
  for (const path of listOnDisk(dir)) if (!files.has(path)) stale.push(`${path} (not generated)`);
  return stale.sort();
}

function write(): void {
  const files = generateCaseFiles();
  for (const [path, text] of files) {
    const full = join(CASES_DIR, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const extra = staleCaseFiles(CASES_DIR, files);
  console.log(`wrote ${files.size} files for ${CASE_DESIGNS.length} cases to ${CASES_DIR}`);
  if (extra.length > 0) console.log(`not generated (remove by hand if obsolete): ${extra.join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  if (arg === '--report') report();
  else if (arg === '--check') {
    const stale = staleCaseFiles();
    if (stale.length > 0) {
      console.error(`assets/cases is out of date (run npx tsx scripts/make-cases.ts): ${stale.join(', ')}`);
      process.exitCode = 1;
    } else console.log(`assets/cases matches the ${CASE_DESIGNS.length} designs`);
  } else if (arg === undefined) write();
  else {
    console.error('usage: npx tsx scripts/make-cases.ts [--check | --report]');
    process.exitCode = 2;
  }
}
