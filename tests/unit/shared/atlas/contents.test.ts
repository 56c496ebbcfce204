import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import type { DangerZoneKind, FixationZoneKind, MuscleKind, RegionKind } from '../../../../shared/atlas';

const sidedKinds = <K extends string>(items: readonly { kind: K; side: string }[], side: string): Set<K> =>
  new Set(items.filter((i) => i.side === side).map((i) => i.kind));

describe('atlas contents', () => {
  it('has every required region on both sides (chin and nose on the midline)', () => {
    const sided: RegionKind[] = ['forehead', 'temple', 'brow', 'periorbital', 'malar', 'submalar', 'nasolabial', 'perioral', 'marionette', 'jowl', 'jawline', 'preauricular', 'neck'];
    for (const side of ['left', 'right']) {
      const have = sidedKinds(CANONICAL_ATLAS.regions, side);
      for (const k of sided) expect(have.has(k), `${k} ${side}`).toBe(true);
    }
    const midline = sidedKinds(CANONICAL_ATLAS.regions, 'midline');
    expect([...midline].sort()).toEqual(['chin', 'nose']);
  });

  it('has every required muscle on both sides', () => {
    const required: MuscleKind[] = ['zygomaticus-major', 'zygomaticus-minor', 'levator-labii-superioris', 'risorius', 'depressor-anguli-oris', 'orbicularis-oculi', 'orbicularis-oris', 'frontalis', 'platysma', 'masseter'];
    for (const side of ['left', 'right']) {
      const have = sidedKinds(CANONICAL_ATLAS.muscles, side);
      for (const k of required) expect(have.has(k), `${k} ${side}`).toBe(true);
    }
  });

  it('has every required danger zone on both sides', () => {
    const required: DangerZoneKind[] = ['temporal-branch', 'zygomatic-buccal-branches', 'marginal-mandibular-branch', 'great-auricular-nerve', 'parotid-duct', 'facial-artery', 'angular-artery', 'superficial-temporal-artery'];
    for (const side of ['left', 'right']) {
      const have = sidedKinds(CANONICAL_ATLAS.dangerZones, side);
      for (const k of required) expect(have.has(k), `${k} ${side}`).toBe(true);
    }
  });

  it('has the three fixation zones and the key ligaments on both sides', () => {
    const required: FixationZoneKind[] = ['deep-temporal-fascia', 'zygomatic-arch', 'lateral-orbital-rim'];
    for (const side of ['left', 'right']) {
      const have = sidedKinds(CANONICAL_ATLAS.fixationZones, side);
      for (const k of required) expect(have.has(k), `${k} ${side}`).toBe(true);
      const ligaments = CANONICAL_ATLAS.ligaments.filter((l) => l.side === side).map((l) => l.id);
      for (const name of ['zygomatic-ligament', 'masseteric-ligament-upper', 'mandibular-ligament', 'orbital-retaining-ligament']) {
        expect(ligaments).toContain(`${name}-${side}`);
      }
    }
  });

  it('gives every structure a source and unique ids', () => {
    const all = [...CANONICAL_ATLAS.regions, ...CANONICAL_ATLAS.muscles, ...CANONICAL_ATLAS.dangerZones, ...CANONICAL_ATLAS.fixationZones, ...CANONICAL_ATLAS.ligaments];
    for (const item of all) expect(item.source.trim().length, item.id).toBeGreaterThan(20);
    const ids = all.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const strokeIds = CANONICAL_ATLAS.drawing.map((s) => s.id);
    expect(new Set(strokeIds).size).toBe(strokeIds.length);
  });

  it('draws every part of a recognizable face', () => {
    const parts = new Set(CANONICAL_ATLAS.drawing.map((s) => s.part));
    for (const part of ['outline', 'hairline', 'brow', 'eye', 'iris', 'nose', 'lips', 'ear', 'jaw', 'neck', 'crease'] as const) {
      expect(parts.has(part), part).toBe(true);
    }
    for (const s of CANONICAL_ATLAS.drawing) expect(s.points.length, s.id).toBeGreaterThanOrEqual(3);
  });

  it('keeps all geometry inside the atlas bounds', () => {
    const b = CANONICAL_ATLAS.bounds;
    const points = [
      ...CANONICAL_ATLAS.regions.flatMap((r) => r.outline),
      ...CANONICAL_ATLAS.drawing.flatMap((s) => s.points),
      ...Object.values(CANONICAL_ATLAS.landmarks),
    ];
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(b.minX);
      expect(p.x).toBeLessThanOrEqual(b.maxX);
      expect(p.y).toBeGreaterThanOrEqual(b.minY);
      expect(p.y).toBeLessThanOrEqual(b.maxY);
    }
  });

  it('draws zygomaticus major at about 59 degrees to the horizontal (published range 41-72)', () => {
    for (const m of CANONICAL_ATLAS.muscles.filter((x) => x.kind === 'zygomaticus-major')) {
      const angle = (Math.atan2(Math.abs(m.action.to.y - m.action.from.y), Math.abs(m.action.to.x - m.action.from.x)) * 180) / Math.PI;
      expect(angle).toBeGreaterThan(55);
      expect(angle).toBeLessThan(63);
      // from the mouth corner upward (against gravity) and outward
      expect(m.action.to.y).toBeLessThan(m.action.from.y);
      expect(Math.abs(m.action.to.x)).toBeGreaterThan(Math.abs(m.action.from.x));
    }
  });
});
