import { describe, expect, it } from 'vitest';
import { REPORT_TEXT } from '../../../../shared/report/report-strings';
import { REPORT_TEXT_KO } from '../../../../shared/report/report-strings-ko';
import { REPORT_TEXT_RU } from '../../../../shared/report/report-strings-ru';

/**
 * The PDF goes into a patient's chart and to the patient: it cannot send its reader to a file of
 * this repository (docs/simulation.md once explained the simulated gathering), which neither a
 * practitioner with the packaged app nor a patient has.
 */

/** Every string in a table, however deep, with where it is. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value === 'function') return [];
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

const REPOSITORY_PATH = /\b(?:docs|shared|renderer|electron|cli|tests)\/[\w./-]+|\b[\w-]+\.(?:md|ts|tsx|mjs)\b/;

describe('report texts', () => {
  for (const [name, table] of [
    ['en', REPORT_TEXT],
    ['ko', REPORT_TEXT_KO],
    ['ru', REPORT_TEXT_RU],
  ] as const) {
    it(`${name}: no string names a file of the repository`, () => {
      const all = strings(table, name);
      expect(all.length).toBeGreaterThan(100);
      expect(all.filter(([, text]) => REPOSITORY_PATH.test(text))).toEqual([]);
    });
  }
});
