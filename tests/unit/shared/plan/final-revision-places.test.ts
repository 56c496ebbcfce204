import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import { parsePlanText } from '../../../../shared/plan/parse';
import { validatePlanDetailed } from '../../../../shared/plan/validate';

/**
 * Where a refusal inside a kept (final) revision points: its sign-off and its details are
 * checked by the same code as the current ones, and the refusal must name the kept revision's
 * own field (/finalRevisions/0/signOff/by), not the revision itself or the current plan's field,
 * so the line and column the app shows are those of the broken value in the file.
 */

/** A plan at revision 2 whose revision 1 was signed off and kept, with `patch` applied to it. */
function planWithKept(patch: Record<string, unknown>): Record<string, unknown> {
  const plan = createEmptyPlan({}, '2025-01-01');
  const kept = { revision: 1, signOff: { by: 'Dr A', on: '2025-01-01' }, meta: plan.meta, entryPoints: [], threads: [], ...patch };
  return { ...plan, revision: 2, finalRevisions: [kept] };
}

describe('a refusal inside a kept revision', () => {
  it('accepts the kept revision as built, so each case below is refused for its one change', () => {
    expect(validatePlanDetailed(planWithKept({})).ok).toBe(true);
  });

  it("points at the kept sign-off's own field", () => {
    const result = validatePlanDetailed(planWithKept({ signOff: { by: '  ', on: '2025-01-01' } }));
    expect(result).toMatchObject({ ok: false, refusal: { segments: ['finalRevisions', 0, 'signOff', 'by'], problem: { key: 'signOff.noName' } } });
    const notObject = validatePlanDetailed(planWithKept({ signOff: 'Dr A' }));
    expect(notObject).toMatchObject({ ok: false, refusal: { segments: ['finalRevisions', 0, 'signOff'] } });
  });

  it("points at the kept details' own field", () => {
    const plan = createEmptyPlan({}, '2025-01-01');
    const result = validatePlanDetailed(planWithKept({ meta: { ...plan.meta, title: 7 } }));
    expect(result).toMatchObject({ ok: false, refusal: { segments: ['finalRevisions', 0, 'meta', 'title'] } });
    const notObject = validatePlanDetailed(planWithKept({ meta: 'x' }));
    expect(notObject).toMatchObject({ ok: false, refusal: { segments: ['finalRevisions', 0, 'meta'] } });
  });

  it('gives the line of the broken value in the file', () => {
    const text = JSON.stringify(planWithKept({ signOff: { by: '', on: '2025-01-01' } }), null, 2);
    const result = parsePlanText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe('/finalRevisions/0/signOff/by');
    const byLine = text.split('\n').findIndex((l) => l.includes('"by": ""')) + 1;
    expect(result.error.line).toBe(byLine);
  });
});
