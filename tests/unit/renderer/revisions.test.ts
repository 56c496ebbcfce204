import { describe, expect, it } from 'vitest';
import { LEFT_MIDFACE, TestEditor, on } from './harness';

/** Finalizing in the editor: sign-off, the automatic next revision, undo, drags and export of a kept revision. */

const SIGN = { by: 'Dr K', on: '2025-03-14' };

describe('finalizing in the editor', () => {
  it('marks the plan final as one undo step, and the next edit starts revision 2 keeping revision 1', async () => {
    const ed = await TestEditor.create();
    const t = ed.drawThread(LEFT_MIDFACE);
    ed.editor.markFinal(SIGN);
    expect(ed.plan).toMatchObject({ revision: 1, signOff: SIGN, finalRevisions: [] });
    ed.editor.updateThread(t.id, { tensionN: 1.5 });
    expect(ed.plan).toMatchObject({ revision: 2, signOff: null });
    expect(ed.plan.finalRevisions).toHaveLength(1);
    expect(ed.plan.finalRevisions[0]!.threads[0]!.tensionN).toBe(t.tensionN);
    expect(ed.snapshot.status?.text).toMatch(/Revision 2 started: revision 1 was signed off/);
    // Undo brings back the final plan as it was, with nothing kept; once more undoes the sign-off.
    ed.key('Mod+Z');
    expect(ed.plan).toMatchObject({ revision: 1, signOff: SIGN, finalRevisions: [] });
    ed.key('Mod+Z');
    expect(ed.plan.signOff).toBeNull();
  });

  it('a drag of a final plan makes one new revision, however many moves it has', async () => {
    const ed = await TestEditor.create();
    const t = ed.drawThread(LEFT_MIDFACE);
    ed.editor.markFinal(SIGN);
    ed.editor.setTool('select');
    ed.drag([68, -20], [66, -25], on.entry(t.entryPointId), {}, 6);
    expect(ed.plan.revision).toBe(2);
    expect(ed.plan.finalRevisions.map((r) => r.revision)).toEqual([1]);
    expect(ed.plan.finalRevisions[0]!.entryPoints[0]!.position).toEqual({ x: 68, y: -20 });
    expect(ed.plan.entryPoints[0]!.position).not.toEqual({ x: 68, y: -20 });
  });

  it('refuses a sign-off without a name or a date', async () => {
    const ed = await TestEditor.create();
    ed.editor.markFinal({ by: '  ', on: '2025-03-14' });
    ed.editor.markFinal({ by: 'Dr K', on: '' });
    expect(ed.plan.signOff).toBeNull();
  });

  it('exports a kept revision as it was signed off, leaving the plan as it is', async () => {
    const seen: { revision: number; tension: number; signed: string | undefined }[] = [];
    const ed = await TestEditor.create({
      exportPdf: async (snapshot) => {
        seen.push({ revision: snapshot.plan.revision, tension: snapshot.plan.threads[0]!.tensionN, signed: snapshot.plan.signOff?.by });
        return { bytes: new Uint8Array([1]), anonymize: false };
      },
    });
    const t = ed.drawThread(LEFT_MIDFACE);
    ed.editor.updateMeta({ title: 'Midface', date: '2025-03-14' });
    ed.editor.markFinal(SIGN);
    ed.editor.updateThread(t.id, { tensionN: 1.5 });
    const before = ed.plan;
    await ed.editor.exportRevisionPdf(1);
    expect(seen).toEqual([{ revision: 1, tension: t.tensionN, signed: 'Dr K' }]);
    expect(ed.bridge.exports[0]?.suggestedName).toBe('Midface - 2025-03-14 - revision 1.pdf');
    expect(ed.plan).toBe(before);
  });
});
