import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_AREAS, CASE_KEYS, MISTAKES, MISTAKE_IDS, TEACHING_KEYS, parseCaseText } from '../../../../shared/training';

/** docs/training-cases.md stays in step with the code and the library. */

const doc = readFileSync(new URL('../../../../docs/training-cases.md', import.meta.url), 'utf8');
const casesDir = new URL('../../../../assets/cases/', import.meta.url);

describe('docs/training-cases.md', () => {
  it('documents every case.json field and area', () => {
    for (const key of [...CASE_KEYS, ...TEACHING_KEYS]) expect(doc).toContain(`\`${key}\``);
    for (const area of CASE_AREAS) expect(doc).toContain(`\`${area}\``);
  });

  it('lists every mistake id with its description', () => {
    for (const id of MISTAKE_IDS) expect(doc).toContain(`| \`${id}\` | ${MISTAKES[id]} |`);
  });

  it('lists every case of the library with its title, rules and mistakes', () => {
    const ids = readdirSync(casesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const id of ids) {
      const parsed = parseCaseText(readFileSync(new URL(`${id}/case.json`, casesDir), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error.message);
      const c = parsed.case;
      const row = `| \`${c.id}\` | ${c.area} | ${c.title} | ${c.rules.map((r) => `\`${r}\``).join(', ')} | ${c.mistakes.join(', ') || '-'} |`;
      expect(doc).toContain(row);
    }
  });
});
