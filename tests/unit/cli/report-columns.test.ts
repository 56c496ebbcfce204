/**
 * The CLI's metrics lines line up in every language: the values of the four side-by-side metrics
 * start in one terminal column, and so do the sides and forces of the traction by region (Hangul
 * counts two columns a character, as terminals draw it).
 */
import { describe, expect, it } from 'vitest';
import { analysisText } from '../../../cli/report';
import { terminalWidth } from '../../../cli/terminal-width';
import { analyze } from '../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import { loadLanguage } from '../../../shared/i18n/language-tables';
import { makeLargePlan } from '../../fixtures/pdf/large-plan';

/** The terminal column where `marker` starts on `line`. */
const columnOf = (line: string, marker: RegExp): number => terminalWidth(line.slice(0, line.search(marker)));

describe('CLI metrics columns', () => {
  it('counts Hangul as two columns and Latin and Cyrillic as one', () => {
    expect(terminalWidth('Traction')).toBe(8);
    expect(terminalWidth('Тракция')).toBe(7);
    expect(terminalWidth('견인력')).toBe(6);
  });

  for (const locale of ['en', 'ru', 'ko'] as const) {
    it(`lines up the metrics in ${locale}`, async () => {
      await loadLanguage(locale);
      const plan = makeLargePlan(8);
      const text = analysisText(analyze(plan, CANONICAL_ATLAS), plan, 'p.vlift', locale);
      const lines = text.split('\n');
      // The metrics: the lines indented by two spaces that are not findings ("  - ..."); the first
      // four are the side-by-side metrics, then the traction-by-region heading.
      const metrics = lines.filter((l) => /^ {2}\S/.test(l) && !l.startsWith('  - ')).slice(0, 4);
      const right = { en: 'right', ru: 'справа', ko: '오른쪽' }[locale];
      // Each value starts with the right side's word, the symmetry with its number.
      const valueColumns = metrics.map((l, i) => columnOf(l, i < 3 ? new RegExp(right) : /\d[,.]\d\d$/));
      expect(new Set(valueColumns).size).toBe(1);
      // By region: every row's force starts in one column.
      const regionRows = lines.filter((l) => l.startsWith('    ') && /\d [NН]$/.test(l));
      expect(regionRows.length).toBeGreaterThan(1);
      expect(new Set(regionRows.map((l) => columnOf(l, /\d+[,.]\d+ [NН]$/))).size).toBe(1);
    });
  }
});
