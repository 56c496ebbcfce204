import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, describeRules } from '../../../../shared/analysis';
import { rulesMarkdown } from '../../../../cli/docs/rules-doc';

const DOC = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('lists every rule id with each of its thresholds and their sources', () => {
    for (const id of RULE_IDS) expect(DOC).toContain(`## \`${id}\``);
    for (const rule of describeRules()) for (const t of rule.thresholds) expect(DOC).toContain(`| \`${t.name}\` | ${t.value} ${t.unit} |`);
  });

  it('is up to date with the rule code (regenerate: npx tsx cli/docs/generate-rules-doc.ts)', () => {
    expect(DOC).toBe(rulesMarkdown(describeRules()));
  });
});
