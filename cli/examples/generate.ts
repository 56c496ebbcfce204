/**
 * Writes assets/examples/*.vlift from plans.ts. Run after changing a design:
 *   npx tsx cli/examples/generate.ts
 * The committed files are the product; tests/unit/cli/examples.test.ts checks they match.
 */
import { writeFileSync } from 'node:fs';
import { serializePlan } from '../../shared/plan';
import { ALL_EXAMPLES } from './plans';

const folder = new URL('../../assets/examples/', import.meta.url);
for (const example of ALL_EXAMPLES) {
  writeFileSync(new URL(example.file, folder), serializePlan(example.plan));
  console.log(`wrote assets/examples/${example.file}`);
}
