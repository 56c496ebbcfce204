/** The editor with the real analysis: findings follow every edit, and undo takes them back. */
import { describe, expect, it } from 'vitest';
import { LEFT_MIDFACE, TestEditor, noAnalysis, on } from './harness';

describe('live findings', () => {
  it('a shallow thread shows superficial-path; undo removes it, redo brings it back', () => {
    const ed = new TestEditor();
    const t = ed.drawThread(LEFT_MIDFACE);
    expect(ed.rules()).not.toContain('superficial-path');
    ed.editor.updateThread(t.id, { depthMm: 1 });
    const finding = ed.snapshot.analysis.findings.find((f) => f.rule === 'superficial-path');
    expect(finding).toBeDefined();
    expect(finding!.threads).toContain(t.id);
    ed.key('Mod+Z');
    expect(ed.rules()).not.toContain('superficial-path');
    ed.key('Mod+Y');
    expect(ed.rules()).toContain('superficial-path');
  });

  it('the chosen finding stays chosen while it still applies and clears when fixed', () => {
    const ed = new TestEditor();
    const t = ed.drawThread(LEFT_MIDFACE);
    ed.editor.updateThread(t.id, { depthMm: 1 });
    const finding = ed.snapshot.analysis.findings.find((f) => f.rule === 'superficial-path')!;
    ed.editor.setActiveFinding(finding);
    ed.editor.updateThread(t.id, { tensionN: 1.2 }); // unrelated edit: same finding, new object
    expect(ed.snapshot.activeFinding?.rule).toBe('superficial-path');
    expect(ed.snapshot.analysis.findings).toContain(ed.snapshot.activeFinding);
    ed.editor.updateThread(t.id, { depthMm: t.depthMm });
    expect(ed.snapshot.activeFinding).toBeNull();
  });

  it('mirroring a one-sided plan removes the asymmetry note it had', () => {
    const ed = new TestEditor();
    ed.drawThread(LEFT_MIDFACE);
    ed.drawThread([[66, -10], [45, 60]]);
    const asymmetry = () => ed.snapshot.analysis.findings.filter((f) => f.rule === 'asymmetry').map((f) => f.aspect);
    expect(asymmetry()).toEqual(['one-sided']);
    ed.key('Mod+A');
    ed.key('Mod+M');
    expect(ed.snapshot.analysis.metrics.threadCount).toEqual({ left: 2, right: 2 });
    expect(asymmetry()).toEqual([]);
    ed.key('Mod+Z'); // and undoing the mirror brings it back
    expect(asymmetry()).toEqual(['one-sided']);
  });

  it('analysis runs once per plan: a drag re-analyzes, a selection change does not', () => {
    let runs = 0;
    const ed = new TestEditor({
      analyze: (plan, atlas) => {
        runs++;
        return noAnalysis(plan, atlas);
      },
    });
    const t = ed.drawThread(LEFT_MIDFACE);
    const afterDraw = runs;
    ed.key('v');
    ed.click([55, 20], on.thread(t.id));
    ed.key('Escape');
    expect(runs).toBe(afterDraw);
    ed.drag([55, 20], [50, 20], on.thread(t.id), {}, 4);
    expect(runs).toBe(afterDraw + 4);
  });
});
