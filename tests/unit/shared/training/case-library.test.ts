import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { ADVICE_RULE_IDS, RULE_IDS, type Finding } from '../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { parsePlanText, type PlanDocument } from '../../../../shared/plan';
import {
  CASE_AREAS,
  MISTAKE_IDS,
  buildCaseIndex,
  diffPlans,
  filterCases,
  parseCaseIndexText,
  parseCaseText,
  serializeCaseIndex,
  type TrainingCase,
} from '../../../../shared/training';
import { staleCaseFiles } from '../../../../scripts/make-cases';

/**
 * The committed case library (assets/cases/): every case parses, its poor design shows exactly
 * the rules it states and its corrected design has no warning or critical finding; together the
 * cases cover every rule, every classic mistake and every area; index.json and the generator are
 * in step with the folders.
 */

const CASES_DIR = fileURLToPath(new URL('../../../../assets/cases/', import.meta.url));
const knownThreadTypeIds = new Set(THREAD_CATALOGUE.map((t) => t.id));

interface OnDisk {
  readonly folder: string;
  readonly trainingCase: TrainingCase;
  readonly poor: PlanDocument;
  readonly corrected: PlanDocument;
}

function loadPlan(path: string): PlanDocument {
  const parsed = parsePlanText(readFileSync(path, 'utf8'), { knownThreadTypeIds });
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.path} ${parsed.error.message}`);
  return parsed.plan;
}

const folders = readdirSync(CASES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const library: OnDisk[] = folders.map((folder) => {
  const parsed = parseCaseText(readFileSync(join(CASES_DIR, folder, 'case.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`${folder}/case.json: ${parsed.error.path} ${parsed.error.message}`);
  const c = parsed.case;
  return { folder, trainingCase: c, poor: loadPlan(join(CASES_DIR, folder, c.poor)), corrected: loadPlan(join(CASES_DIR, folder, c.corrected)) };
});

const problems = (plan: PlanDocument): Finding[] => analyze(plan, CANONICAL_ATLAS).findings.filter((f) => f.severity !== 'info');

describe('the case library', () => {
  it('has at least 12 cases, each in a folder named by its id', () => {
    expect(library.length).toBeGreaterThanOrEqual(12);
    for (const { folder, trainingCase } of library) expect(trainingCase.id).toBe(folder);
  });

  it.each(folders)('%s: the poor design triggers each stated rule, and only those', (folder) => {
    const { trainingCase, poor } = library.find((c) => c.folder === folder)!;
    const found = new Set(problems(poor).map((f) => f.rule));
    for (const rule of trainingCase.rules) expect(found, `${folder} should show ${rule}`).toContain(rule);
    // Teaching notes that leave out a problem the trainee can see would mislead.
    expect([...found].sort()).toEqual([...trainingCase.rules].sort());
  });

  it.each(folders)('%s: the corrected design has no warning and no critical finding', (folder) => {
    const { corrected } = library.find((c) => c.folder === folder)!;
    expect(problems(corrected).map((f) => `${f.rule}: ${f.title}`)).toEqual([]);
  });

  it('covers every rule id that can find a problem (advice-only rules give info notes, which are not problems)', () => {
    const covered = new Set(library.flatMap((c) => c.trainingCase.rules));
    expect(RULE_IDS.filter((id) => !covered.has(id) && !ADVICE_RULE_IDS.includes(id))).toEqual([]);
  });

  it('covers every classic mistake', () => {
    const covered = new Set(library.flatMap((c) => c.trainingCase.mistakes));
    expect(MISTAKE_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('covers every area', () => {
    const covered = new Set(library.map((c) => c.trainingCase.area));
    expect(CASE_AREAS.filter((a) => !covered.has(a))).toEqual([]);
  });

  it('gives every case full teaching notes and a pseudonymous patient', () => {
    for (const { trainingCase: c, poor, corrected } of library) {
      for (const note of Object.values(c.teaching)) expect(note.length, c.id).toBeGreaterThan(120);
      expect(poor.meta.patientId).toMatch(/^TC-[A-Z]\d{2}$/);
      expect(corrected.meta.patientId).toBe(poor.meta.patientId);
    }
  });

  it('gives every case a distinct title', () => {
    const titles = library.map((c) => c.trainingCase.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('comparing the two designs of each case', () => {
  it.each(folders)('%s: threads kept by the correction keep their id, side and entry point; redrawn ones pair on their side; every problem is resolved', (folder) => {
    const { poor, corrected } = library.find((c) => c.folder === folder)!;
    const d = diffPlans(poor, corrected, CANONICAL_ATLAS);
    for (const m of d.threadsMoved) expect(m.changes.map((c) => c.kind), m.description).not.toContain('side');
    for (const m of d.threadsMoved.filter((m) => m.matchedBy === 'id')) expect(m.changes.map((c) => c.kind), m.description).not.toContain('entry');
    expect(d.findingsIntroduced.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(d.findingsResolved.length).toBeGreaterThanOrEqual(problems(poor).length);
  });
});

describe('assets/cases/index.json', () => {
  const text = readFileSync(join(CASES_DIR, 'index.json'), 'utf8');

  it('lists exactly the case folders, as the folders say', () => {
    expect(text).toBe(serializeCaseIndex(buildCaseIndex(library.map((c) => c.trainingCase))));
    const parsed = parseCaseIndexText(text);
    expect(parsed.ok && parsed.index.cases.map((e) => e.id)).toEqual(folders);
  });

  it('points at files that exist inside each case folder', () => {
    const parsed = parseCaseIndexText(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    for (const e of parsed.index.cases) {
      for (const path of [e.case, e.poor, e.corrected]) expect(readFileSync(join(CASES_DIR, path), 'utf8').length).toBeGreaterThan(0);
    }
  });

  it('is refused when a path leaves its case folder', () => {
    const doc = JSON.parse(text);
    doc.cases[0].poor = `${doc.cases[0].id}/../../../etc/passwd`;
    const parsed = parseCaseIndexText(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.path).toBe('/cases/0/poor');
  });

  it('filters by area, rule and mistake for the training browser', () => {
    const parsed = parseCaseIndexText(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const all = parsed.index.cases;
    expect(filterCases(all, {})).toEqual(all);
    const brow = filterCases(all, { area: 'brow' });
    expect(brow.length).toBeGreaterThan(0);
    expect(brow.every((c) => c.area === 'brow')).toBe(true);
    const danger = filterCases(all, { rule: 'danger-zone' });
    expect(danger.map((c) => c.id)).toEqual(all.filter((c) => c.rules.includes('danger-zone')).map((c) => c.id));
    expect(filterCases(all, { area: 'brow', rule: 'danger-zone' }).every((c) => c.area === 'brow' && c.rules.includes('danger-zone'))).toBe(true);
    expect(filterCases(all, { mistake: 'crowding' }).map((c) => c.id)).toEqual(['jawline-crowded-threads']);
  });
});

describe('scripts/make-cases.ts', () => {
  it('generates exactly the committed files (run it after changing a design)', () => {
    expect(staleCaseFiles(CASES_DIR)).toEqual([]);
  });
});
