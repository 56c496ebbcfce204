import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exceededCapacity } from '../../../../shared/plan/capacity';
import { MAX_FINAL_REVISIONS, MAX_THREADS } from '../../../../shared/plan/limits';
import { parsePlanText } from '../../../../shared/plan/parse';
import { markFinal, planOfRevision, reviseIfFinal } from '../../../../shared/plan/revisions';
import { serializePlan } from '../../../../shared/plan/serialize';
import type { PlanDocument } from '../../../../shared/plan/types';

const loaded = parsePlanText(readFileSync(new URL('../../../../assets/examples/good-midface.vlift', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error(loaded.error.message);
const draft = loaded.plan;
const SIGN = { by: 'Dr K', on: '2025-03-14' };
const moreTension = (p: PlanDocument): PlanDocument => ({ ...p, threads: p.threads.map((t, i) => (i === 0 ? { ...t, tensionN: 1.4 } : t)) });

function revised(base: PlanDocument, next: PlanDocument): PlanDocument {
  const r = reviseIfFinal(base, next);
  if (!r.ok) throw new Error(r.reason);
  return r.plan;
}

describe('finalizing', () => {
  it('an old plan opens as revision 1, a draft, with nothing kept', () => {
    expect(draft).toMatchObject({ revision: 1, signOff: null, finalRevisions: [] });
  });

  it('marking final records who and when, and changes nothing else', () => {
    const final = markFinal(draft, { by: '  Dr K ', on: '2025-03-14' });
    expect(final.signOff).toEqual(SIGN);
    expect({ ...final, signOff: null }).toEqual(draft);
    // Marking final is not itself a content edit: no revision starts.
    expect(revised(draft, final)).toBe(final);
  });

  it('the first edit after sign-off keeps the final revision as it was and starts the next as a draft', () => {
    const final = markFinal(draft, SIGN);
    const next = revised(final, moreTension(final));
    expect(next.revision).toBe(2);
    expect(next.signOff).toBeNull();
    expect(next.threads[0]!.tensionN).toBe(1.4);
    expect(next.finalRevisions).toEqual([{ revision: 1, signOff: SIGN, meta: final.meta, entryPoints: final.entryPoints, threads: final.threads }]);
    // Further edits of the draft start nothing new.
    const again = moreTension(next);
    expect(revised(next, again)).toBe(again);
    // The kept revision reads back exactly as it was signed off, after a save and reopen too.
    const reopened = parsePlanText(serializePlan(next));
    expect(reopened.ok && planOfRevision(reopened.plan, 1)).toMatchObject({ revision: 1, signOff: SIGN, threads: final.threads, meta: final.meta, finalRevisions: [] });
    expect(planOfRevision(next, 7)).toBeNull();
  });

  it('refuses to keep more than MAX_FINAL_REVISIONS', () => {
    let plan = draft;
    for (let i = 0; i < MAX_FINAL_REVISIONS; i++) {
      const final = markFinal(plan, SIGN);
      plan = revised(final, moreTension(final));
    }
    expect(plan.finalRevisions).toHaveLength(MAX_FINAL_REVISIONS);
    const final = markFinal(plan, SIGN);
    expect(reviseIfFinal(final, moreTension(final))).toEqual({ ok: false, reason: 'revisions-full' });
  });

  it('counts the kept revisions in the plan limits', () => {
    const big: PlanDocument = { ...draft, threads: Array.from({ length: MAX_THREADS / 2 + 1 }, (_, i) => ({ ...draft.threads[0]!, id: `t${i}` })) };
    expect(exceededCapacity(big)).toBeNull();
    const final = markFinal(big, SIGN);
    const next = revised(final, moreTension(final));
    expect(exceededCapacity(next)).toEqual({ kind: 'threads', limit: MAX_THREADS });
  });
});

describe('which edits of a signed-off plan start a new revision', () => {
  const final = markFinal(draft, SIGN);
  const startsRevision = (next: PlanDocument): boolean => revised(final, next).revision === final.revision + 1;

  it('an edit of the details, the entry points, the threads, the photos or the photo scale', () => {
    expect(startsRevision({ ...final, meta: { ...final.meta, notes: 'more' } })).toBe(true);
    expect(startsRevision({ ...final, entryPoints: [...final.entryPoints] })).toBe(true);
    expect(startsRevision({ ...final, threads: [...final.threads] })).toBe(true);
    expect(startsRevision({ ...final, photos: [] })).toBe(true);
    expect(startsRevision({ ...final, photoScale: { fromLandmark: 'pupil-left', toLandmark: 'pupil-right', distanceMm: 63 } })).toBe(true);
  });

  it('not a copy with the same content, nor an edit that itself changes the sign-off or the revision', () => {
    const copy = { ...final };
    expect(revised(final, copy)).toBe(copy);
    const unsigned = { ...moreTension(final), signOff: null };
    expect(revised(final, unsigned)).toBe(unsigned);
    const renumbered = { ...moreTension(final), revision: final.revision + 1 };
    expect(revised(final, renumbered)).toBe(renumbered);
  });
});
