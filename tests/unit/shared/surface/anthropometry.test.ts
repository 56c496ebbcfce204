import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANTHROPOMETRIC_CHECKS, CANONICAL_SURFACE, checkRange, measureCheck } from '../../../../shared/surface';

describe('anthropometric checks of the canonical face (docs/atlas.md)', () => {
  for (const check of ANTHROPOMETRIC_CHECKS) {
    it(`${check.name} lies within the published range`, () => {
      const { min, max } = checkRange(check);
      const value = measureCheck(CANONICAL_SURFACE, check);
      expect(value).toBeGreaterThanOrEqual(min);
      expect(value).toBeLessThanOrEqual(max);
    });
  }

  it('every check names a source and has sensible norms (women below men, positive SDs)', () => {
    for (const check of ANTHROPOMETRIC_CHECKS) {
      expect(check.source.length).toBeGreaterThan(20);
      expect(check.women.sd).toBeGreaterThan(0);
      expect(check.men.sd).toBeGreaterThan(0);
      expect(check.women.mean).toBeLessThanOrEqual(check.men.mean);
    }
  });

  it('docs/atlas.md lists every check with its range and the value measured on the surface', () => {
    const doc = readFileSync(new URL('../../../../docs/atlas.md', import.meta.url), 'utf8');
    for (const check of ANTHROPOMETRIC_CHECKS) {
      const { min, max } = checkRange(check);
      const value = measureCheck(CANONICAL_SURFACE, check).toFixed(1);
      const row = doc.split('\n').find((line) => line.startsWith(`| ${check.name} |`));
      expect(row, check.name).toBeDefined();
      expect(row).toContain(`${min}-${max}`);
      expect(row).toContain(`| ${value} |`);
    }
  });
});
