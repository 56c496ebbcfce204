import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { parsePlanText } from '../../../../shared/plan';
import type { PlanDocument } from '../../../../shared/plan/types';
import { buildScene, PRESENTER_LABEL_SCALE, sceneLayer } from '../../../../shared/scene/build-scene';
import { NUMBER_TAG_RADIUS_MM } from '../../../../shared/scene/layers/threads';
import type { FacePoint } from '../../../../shared/geometry/types';

/**
 * Issue 13: in the presenter no two thread numbers overlap, for every bundled training case
 * (poor and corrected) and every example plan.
 */

const ASSETS = new URL('../../../../assets/', import.meta.url);
const NONE = { regions: false, muscles: false, 'danger-zones': false, fixation: false, 'fixed-mobile-line': false, tissue: false };

function load(url: URL): PlanDocument {
  const parsed = parsePlanText(readFileSync(url, 'utf8'));
  if (!parsed.ok) throw new Error(`${url.pathname}: ${parsed.error.message}`);
  return parsed.plan;
}

const plans: [string, PlanDocument][] = [
  ...readdirSync(new URL('cases/', ASSETS), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => ['poor', 'corrected'].map((v): [string, PlanDocument] => [`${d.name}/${v}`, load(new URL(`cases/${d.name}/${v}.vlift`, ASSETS))])),
  ...readdirSync(new URL('examples/', ASSETS))
    .filter((f) => f.endsWith('.vlift'))
    .map((f): [string, PlanDocument] => [f, load(new URL(`examples/${f}`, ASSETS))]),
];

/** Centres of the thread numbers as the presenter draws them. */
function numberCentres(plan: PlanDocument, separateNumbers: boolean): FacePoint[] {
  const scene = buildScene({
    plan,
    atlas: CANONICAL_ATLAS,
    analysis: analyze(plan, CANONICAL_ATLAS),
    layers: NONE,
    catalogue: THREAD_CATALOGUE,
    labelScale: PRESENTER_LABEL_SCALE,
    separateNumbers,
  });
  const numbers = new Set(plan.threads.map((_, i) => String(i + 1)));
  return sceneLayer(scene, 'threads').items.flatMap((item) => (item.type === 'text' && numbers.has(item.text) ? [item.at] : []));
}

const overlaps = (centres: readonly FacePoint[]): string[] => {
  const min = 2 * NUMBER_TAG_RADIUS_MM * PRESENTER_LABEL_SCALE - 1e-6;
  const out: string[] = [];
  centres.forEach((a, i) => centres.slice(i + 1).forEach((b, k) => Math.hypot(a.x - b.x, a.y - b.y) < min && out.push(`${i + 1} and ${i + k + 2}`)));
  return out;
};

describe('presenter thread numbers', () => {
  it.each(plans)('%s: no two numbers overlap', (_, plan) => {
    const centres = numberCentres(plan, true);
    expect(centres).toHaveLength(plan.threads.length);
    expect(overlaps(centres)).toEqual([]);
  });

  it('needed placing: at their usual place some numbers of the bundled plans would overlap', () => {
    expect(plans.some(([, plan]) => overlaps(numberCentres(plan, false)).length > 0)).toBe(true);
  });
});
