import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import type { RegionKind, TissueLayers } from '../../../../shared/atlas';

const tissue = (kind: RegionKind): TissueLayers => CANONICAL_ATLAS.regions.find((r) => r.kind === kind)!.tissue;
const fat = (kind: RegionKind): number => tissue(kind).fatMm;

describe('tissue layers (shared/domain.md)', () => {
  it('are positive and plausible in every region', () => {
    for (const r of CANONICAL_ATLAS.regions) {
      for (const v of [r.tissue.skinMm, r.tissue.fatMm, r.tissue.smasMm]) {
        expect(v, r.id).toBeGreaterThan(0);
        expect(v, r.id).toBeLessThan(10);
      }
    }
  });

  it('rise by region: nasal root < supra-orbital < forehead < temple < cheek < infra-orbital < perioral', () => {
    // nose = nasal root, brow = supra-orbital, submalar = cheek, malar = infra-orbital fat pad
    const series: RegionKind[] = ['nose', 'brow', 'forehead', 'temple', 'submalar', 'malar', 'perioral'];
    for (let i = 1; i < series.length; i++) expect(fat(series[i]!), series[i]).toBeGreaterThan(fat(series[i - 1]!));
    expect(fat('nose')).toBeCloseTo(1.6, 5);
    expect(fat('perioral')).toBeCloseTo(5.1, 5);
  });

  it('make jowl skin thinner and jowl fat thicker than the cheek', () => {
    expect(tissue('jowl').skinMm).toBeLessThan(tissue('submalar').skinMm);
    expect(fat('jowl')).toBeGreaterThan(fat('submalar'));
  });

  it('use the measured temple / pre-auricular figures: skin 2.1 +/- 0.4, fat 5.2 +/- 1.9', () => {
    for (const kind of ['temple', 'preauricular'] as const) {
      expect(Math.abs(tissue(kind).skinMm - 2.1)).toBeLessThanOrEqual(0.4);
      expect(Math.abs(fat(kind) - 5.2)).toBeLessThanOrEqual(1.9);
    }
    expect(fat('preauricular')).toBe(5.2);
  });

  it('say where each figure comes from', () => {
    for (const r of CANONICAL_ATLAS.regions) expect(r.source, r.id).toMatch(/domain\.md|design choice/i);
  });
});
