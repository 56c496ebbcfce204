import { describe, expect, it } from 'vitest';
import { THREAD_CATALOGUE, findThreadType, validateCatalogue, validateThreadType } from '../../../../shared/catalogue';
import type { ThreadType } from '../../../../shared/catalogue';

// Other modules and the example plans refer to these ids; they must not change.
const REQUIRED_IDS = [
  'pdo-mono-29g-38',
  'pdo-mono-27g-60',
  'pdo-screw-26g-60',
  'pdo-cog-uni-19g-100',
  'pdo-cog-bi-19g-100',
  'pdo-cog-bi-18g-150',
  'plla-cog-bi-19g-150',
  'pcl-cog-bi-19g-150',
  'plla-cone-8',
  'plla-cone-12',
  'plla-cone-16',
];

const byId = (id: string): ThreadType => findThreadType(THREAD_CATALOGUE, id)!;

describe('thread catalogue', () => {
  it('holds exactly the agreed ids, each once', () => {
    const ids = THREAD_CATALOGUE.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...REQUIRED_IDS].sort());
  });

  it('passes its own validator', () => {
    for (const t of THREAD_CATALOGUE) expect(validateThreadType(t), t.id).toEqual([]);
    expect(validateCatalogue(THREAD_CATALOGUE)).toEqual([]);
  });

  it('finds types by id and returns null for unknown ids', () => {
    expect(findThreadType(THREAD_CATALOGUE, 'pdo-cog-bi-19g-100')?.configuration).toBe('cog-bi');
    expect(findThreadType(THREAD_CATALOGUE, 'brand-x')).toBeNull();
  });

  it('uses the published holding forces: cog ~1.9 N, smooth ~0.2 N', () => {
    for (const t of THREAD_CATALOGUE) {
      if (t.configuration === 'cog-uni' || t.configuration === 'cog-bi') expect(t.holdingForceN, t.id).toBe(1.9);
      if (t.configuration === 'mono' || t.configuration === 'screw') expect(t.holdingForceN, t.id).toBe(0.2);
    }
  });

  it('uses the published absorption times by material', () => {
    for (const t of THREAD_CATALOGUE) {
      if (t.material === 'PDO') expect(t.absorptionMonths, t.id).toBe(6);
      if (t.material === 'PLLA' || t.material === 'PLLA-PLGA') {
        expect(t.absorptionMonths, t.id).toBeGreaterThanOrEqual(12);
        expect(t.absorptionMonths, t.id).toBeLessThanOrEqual(18);
      }
      if (t.material === 'PCL') expect(t.absorptionMonths, t.id).toBe(24);
    }
  });

  it('gives cone threads the published minimum path: 8/12/16 cones need 6/9/11 cm', () => {
    expect([byId('plla-cone-8'), byId('plla-cone-12'), byId('plla-cone-16')].map((t) => [t.coneCount, t.minPathMm])).toEqual([
      [8, 60],
      [12, 90],
      [16, 110],
    ]);
  });

  it('puts lifting threads subcutaneous and deeper than the subdermal tightening threads', () => {
    for (const t of THREAD_CATALOGUE) {
      if (t.purpose === 'lifting') {
        expect(t.layer, t.id).toBe('subcutaneous');
        expect(t.defaultDepthMm, t.id).toBeGreaterThanOrEqual(4);
      } else {
        expect(t.layer, t.id).toBe('subdermal');
        expect(t.defaultDepthMm, t.id).toBeLessThan(3.5);
        // just below the dermis: deeper than the thinnest temple skin (2.1 - 0.4 mm)
        expect(t.defaultDepthMm, t.id).toBeGreaterThan(1.7);
      }
      expect(t.minPathMm, t.id).toBeLessThanOrEqual(t.lengthMm);
      expect(t.source, t.id).toMatch(/domain\.md|design choice/i);
    }
  });

  it('names no brands', () => {
    for (const t of THREAD_CATALOGUE) expect(t.name).toMatch(/^(PDO|PLLA|PLLA-PLGA|PCL) /);
  });
});

describe('validateThreadType', () => {
  const good = byId('pdo-cog-bi-19g-100');
  const bad = (patch: Record<string, unknown>): string[] => validateThreadType({ ...good, ...patch });

  it('refuses values that are not objects', () => {
    for (const v of [null, undefined, 42, 'pdo', [good]]) expect(validateThreadType(v)).not.toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(bad({ id: '' }).join()).toMatch(/^id:/);
    expect(bad({ id: 'Has Spaces' }).join()).toMatch(/id:/);
    expect(bad({ material: 'silk' }).join()).toMatch(/material:/);
    expect(bad({ configuration: 'knot' }).join()).toMatch(/configuration:/);
    expect(bad({ layer: 'bone' }).join()).toMatch(/layer:/);
    expect(bad({ purpose: 'decoration' }).join()).toMatch(/purpose:/);
    expect(bad({ lengthMm: Number.NaN }).join()).toMatch(/lengthMm:/);
    expect(bad({ lengthMm: 1e9 }).join()).toMatch(/lengthMm:/);
    expect(bad({ holdingForceN: -1 }).join()).toMatch(/holdingForceN:/);
    expect(bad({ defaultDepthMm: '4' }).join()).toMatch(/defaultDepthMm:/);
    expect(bad({ minPathMm: 500 }).join()).toMatch(/minPathMm:/);
    expect(bad({ name: undefined }).join()).toMatch(/name:/);
  });

  it('checks that barbs and cones match the configuration', () => {
    expect(bad({ barbStyle: null }).join()).toMatch(/barbStyle:/);
    expect(validateThreadType({ ...byId('pdo-mono-29g-38'), barbStyle: 'cut' }).join()).toMatch(/barbStyle:/);
    expect(validateThreadType({ ...byId('plla-cone-8'), coneCount: null }).join()).toMatch(/coneCount:/);
    expect(validateThreadType({ ...byId('plla-cone-8'), coneCount: 2.5 }).join()).toMatch(/coneCount:/);
    expect(bad({ coneCount: 4 }).join()).toMatch(/coneCount:/);
  });

  it('refuses a smooth thread that claims to lift', () => {
    expect(validateThreadType({ ...byId('pdo-mono-27g-60'), purpose: 'lifting' }).join()).toMatch(/purpose:/);
  });

  it('accepts a well-formed user type', () => {
    const user = { ...good, id: 'clinic-pdo-cog-21g-90', name: 'PDO cog 21G 90 mm (clinic stock)', lengthMm: 90, minPathMm: 50 };
    expect(validateThreadType(user)).toEqual([]);
  });

  it('reports duplicate ids across a catalogue', () => {
    expect(validateCatalogue([good, { ...good }]).join()).toMatch(/used twice/);
  });
});
