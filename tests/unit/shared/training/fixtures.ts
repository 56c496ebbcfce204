import { readFileSync } from 'node:fs';
import { PlanBuilder, meta, type ThreadSpec } from '../../../../cli/examples/builder';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { parsePlanText, type PlanDocument, type Thread } from '../../../../shared/plan';

/** Small plans for the training tests. Coordinates: canonical face, designs on the patient's left, mirrored. */

/** A clean midface fan: three cog threads per side from a temple entry (no warning, no critical finding). */
export const FAN: readonly ThreadSpec[] = [
  { type: 'pdo-cog-bi-19g-100', to: [[63, 30], [38, 58]], depth: 4.5, barbs: [55, 82], zone: 'deep-temporal-fascia', tension: 1 },
  { type: 'pdo-cog-bi-19g-100', to: [[65, 32], [47, 64]], depth: 4.5, barbs: [55, 82], zone: 'deep-temporal-fascia', tension: 1 },
  { type: 'pdo-cog-bi-19g-100', to: [[67, 34], [58, 68]], depth: 4.5, barbs: [57, 82], zone: 'deep-temporal-fascia', tension: 1 },
];

export function fanPlan(change: (spec: ThreadSpec, index: number) => ThreadSpec = (s) => s): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'Training test plan', patientId: 'TEST-01' }));
  b.bilateral('A', [68, -20], FAN.map(change));
  return b.build();
}

/** The plan with one thread replaced. */
export function withThread(plan: PlanDocument, id: string, change: (t: Thread) => Thread): PlanDocument {
  return { ...plan, threads: plan.threads.map((t) => (t.id === id ? change(t) : t)) };
}

const knownThreadTypeIds = new Set(THREAD_CATALOGUE.map((t) => t.id));

/** One design of a committed library case. */
export function libraryPlan(caseId: string, which: 'poor' | 'corrected'): PlanDocument {
  const text = readFileSync(new URL(`../../../../assets/cases/${caseId}/${which}.vlift`, import.meta.url), 'utf8');
  const parsed = parsePlanText(text, { knownThreadTypeIds });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.plan;
}
