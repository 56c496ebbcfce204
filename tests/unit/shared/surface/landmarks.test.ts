import { describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../../../shared/atlas/landmarks';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { CANONICAL_SURFACE, FLAT_SURFACE, mediapipeLandmarks, surfaceLandmarks, surfaceOf } from '../../../../shared/surface';

describe('landmarks on the skin', () => {
  it('every atlas landmark lifts by its existing name; the frontal position is unchanged', () => {
    const lifted = surfaceLandmarks(CANONICAL_SURFACE);
    expect(lifted.map((l) => l.name)).toEqual(Object.keys(LANDMARKS).sort());
    for (const l of lifted) {
      expect(l.frontal).toEqual({ x: LANDMARKS[l.name]!.x, y: LANDMARKS[l.name]!.y });
      expect(l.surface.x).toBe(l.frontal.x);
      expect(l.surface.y).toBe(l.frontal.y);
      expect(Number.isFinite(l.surface.z)).toBe(true);
    }
  });

  it('z is height in front of the tragion plane: the tragus at 0, the nose tip the most forward', () => {
    const byName = new Map(surfaceLandmarks(CANONICAL_SURFACE).map((l) => [l.name, l]));
    expect(byName.get('tragus-left')!.surface.z).toBeCloseTo(0, 6);
    const noseZ = byName.get('nose-tip')!.surface.z;
    for (const l of byName.values()) expect(l.surface.z).toBeLessThanOrEqual(noseZ);
    expect(noseZ).toBeGreaterThan(90);
    expect(byName.get('zygion-left')!.surface.z).toBeLessThan(byName.get('malar-prominence-left')!.surface.z);
    // Every landmark a practitioner marks from lies on the modelled skin.
    for (const name of ['tragus-left', 'zygion-left', 'gonion-left', 'lateral-canthus-left', 'mouth-corner-left', 'nasion', 'menton', 'subnasale']) {
      expect(byName.get(name)!.onSurface, name).toBe(true);
    }
  });

  it('all 468 MediaPipe landmarks have a frontal position; the one in front of the ear is the tragus', () => {
    const mp = mediapipeLandmarks();
    expect(mp).toHaveLength(468);
    expect(mp.map((m) => m.index)).toEqual(mp.map((_, i) => i));
    expect(mp[454]!.frontal.x).toBeCloseTo(LANDMARKS['tragus-left']!.x, 6);
    expect(mp[454]!.frontal.y).toBeCloseTo(LANDMARKS['tragus-left']!.y, 6);
    expect(mp[263]!.frontal.x).toBeCloseTo(LANDMARKS['lateral-canthus-left']!.x, 6);
    expect(mp[61]!.frontal.x).toBeCloseTo(LANDMARKS['mouth-corner-right']!.x, 6);
    // A visible vertex sits on the skin seen from the front.
    expect(CANONICAL_SURFACE.heightAt(mp[1]!.frontal.x, mp[1]!.frontal.y)).toBeCloseTo(mp[1]!.model.z, 3);
  });

  it('the canonical atlas carries the canonical surface; an atlas without one is flat', () => {
    expect(surfaceOf(CANONICAL_ATLAS)).toBe(CANONICAL_SURFACE);
    const { surface: _omit, ...flat } = CANONICAL_ATLAS;
    expect(surfaceOf(flat)).toBe(FLAT_SURFACE);
  });
});
