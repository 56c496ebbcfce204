/**
 * The editor cannot make a plan the loader would refuse (issue 8): at the thread limit, drawing,
 * duplicating or mirroring one more is refused with a message, and the plan is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { MAX_THREADS } from '../../../shared/plan/limits';
import { parsePlanText, serializePlan } from '../../../shared/plan';
import { makeLargePlan } from '../../fixtures/pdf/large-plan';
import { LEFT_MIDFACE, TestEditor } from './harness';

describe('the plan limits in the editor', () => {
  it('at the thread limit, one more thread is refused with the limit named; the plan still saves and reopens', async () => {
    const full = makeLargePlan(MAX_THREADS);
    const ed = await TestEditor.create({ initialPlan: full });
    expect(ed.plan.threads).toHaveLength(MAX_THREADS);
    ed.drawThread(LEFT_MIDFACE);
    expect(ed.plan).toBe(full);
    expect(ed.snapshot.status).toEqual({ kind: 'error', text: `A plan holds at most ${MAX_THREADS} threads, the most VectorLift supports; nothing was added.` });
    ed.key('Mod+A');
    ed.key('Mod+D');
    ed.key('Mod+M');
    expect(ed.plan.threads).toHaveLength(MAX_THREADS);
    expect(parsePlanText(serializePlan(ed.plan)).ok).toBe(true);
  });

  it('below the limit, drawing works as usual', async () => {
    const ed = await TestEditor.create({ initialPlan: makeLargePlan(MAX_THREADS - 1) });
    ed.drawThread(LEFT_MIDFACE);
    expect(ed.plan.threads).toHaveLength(MAX_THREADS);
  });
});
