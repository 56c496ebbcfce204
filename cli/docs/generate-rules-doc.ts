/** Writes docs/rules.md from the rule descriptions: npx tsx cli/docs/generate-rules-doc.ts */
import { writeFileSync } from 'node:fs';
import { describeRules } from '../../shared/analysis';
import { rulesMarkdown } from './rules-doc';

writeFileSync(new URL('../../docs/rules.md', import.meta.url), rulesMarkdown(describeRules()));
console.log('wrote docs/rules.md');
