#!/usr/bin/env node
/**
 * `node scripts/mutate/survivors.mjs reports/mutation/<group>.json`: each surviving or uncovered
 * mutant of a Stryker JSON report as one line (file:line, mutator, replacement, source line), the
 * list docs/testing.md explains.
 */
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [file, data] of Object.entries(report.files)) {
  const lines = data.source.split('\n');
  for (const m of data.mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const at = `${file}:${m.location.start.line}`;
    const replacement = JSON.stringify(m.replacement ?? '').slice(0, 60);
    console.log(`${m.status === 'Survived' ? 'S' : 'N'} ${at} ${m.mutatorName} ${replacement} | ${lines[m.location.start.line - 1].trim().slice(0, 100)}`);
  }
}
