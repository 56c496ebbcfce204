import { describe, expect, it } from 'vitest';
import { canonicalBuild } from '../../../../shared/surface/canonical';
import { CANONICAL_SURFACE } from '../../../../shared/surface';

describe('the canonical surface is exactly mirror symmetric', () => {
  it('heights, normals and the skin mask at (x, y) and (-x, y) are identical (normals mirrored)', () => {
    const a = { x: 0, y: 0, z: 0 };
    const b = { x: 0, y: 0, z: 0 };
    // Irregular points (not only grid nodes), over the whole head, neck and ears.
    for (let k = 0; k < 4000; k++) {
      const x = ((k * 37.31) % 180) - 90;
      const y = ((k * 53.77) % 290) - 110;
      expect(CANONICAL_SURFACE.heightAt(-x, y)).toBe(CANONICAL_SURFACE.heightAt(x, y));
      expect(CANONICAL_SURFACE.onSurfaceAt(-x, y)).toBe(CANONICAL_SURFACE.onSurfaceAt(x, y));
      CANONICAL_SURFACE.normalAt(x, y, a);
      CANONICAL_SURFACE.normalAt(-x, y, b);
      expect(b.x).toBeCloseTo(-a.x, 6);
      expect(b.y).toBeCloseTo(a.y, 6);
      expect(b.z).toBeCloseTo(a.z, 6);
    }
  });

  it('the midline is a ridge or a valley, never a slope: its normal has no sideways part', () => {
    const n = { x: 1, y: 0, z: 0 };
    for (let y = -100; y <= 170; y += 5) expect(CANONICAL_SURFACE.normalAt(0, y, n).x).toBe(0);
  });

  it('the fitted MediaPipe vertices and their twins are exact mirror images', () => {
    const { vertices, twins } = canonicalBuild().face;
    for (let i = 0; i < twins.length; i++) {
      const t = twins[i]!;
      expect(vertices[3 * t]).toBe(i === t ? 0 : -vertices[3 * i]!);
      expect(vertices[3 * t + 1]).toBe(vertices[3 * i + 1]);
      expect(vertices[3 * t + 2]).toBe(vertices[3 * i + 2]);
    }
  });
});
