/**
 * The kill -9 test of `npm run fuzz` (scripts/fuzz/kill9.ts), a few dozen kills inside
 * `npm test`: the app's atomic writer, its autosave and `vectorlift export`, each killed with
 * SIGKILL at random moments while saving, always leave the complete old or new file, and the
 * next save leaves no temp file. A writer that rewrites the file in place is caught.
 */
import { describe, expect, it } from 'vitest';
import { runKillTest } from '../../../scripts/fuzz/kill9';

describe.skipIf(process.platform === 'win32')('kill -9 while saving', () => {
  it('24 kills of the atomic writer, autosave and export: always the old or the new file, no temp file after the next save', { timeout: 180_000 }, async () => {
    const report = await runKillTest({ kills: 24, seed: 8 });
    expect(report.problems).toEqual([]);
    expect({ lost: report.lost, corrupt: report.corrupt, temps: report.tempsAfterNextSave }).toEqual({ lost: 0, corrupt: 0, temps: 0 });
    for (const [writer, w] of Object.entries(report.perWriter)) {
      expect(w.kills, writer).toBe(8);
      expect(w.oldFile + w.newFile, writer).toBe(w.kills);
    }
    // Some kills came mid-write (they left a temp file), so the cleanup was exercised.
    expect(Object.values(report.perWriter).reduce((n, w) => n + w.tempLeft, 0)).toBeGreaterThan(0);
  });

  it('catches a writer that is not atomic', { timeout: 120_000 }, async () => {
    const report = await runKillTest({ kills: 12, seed: 8, writers: ['in-place'] });
    expect(report.corrupt + report.lost).toBeGreaterThan(0);
  });
});
