import { HeightFieldSurface } from '../../../../shared/surface/height-field';

/**
 * A height-grid surface from a formula, for hand-calculable tests: z(x, y) sampled on a grid,
 * normals from the formula's gradient, every node skin.
 */
export function syntheticSurface(
  z: (x: number, y: number) => number,
  box = { minX: -100, maxX: 100, minY: -100, maxY: 100 },
  step = 0.5,
): HeightFieldSurface {
  const cols = Math.round((box.maxX - box.minX) / step) + 1;
  const rows = Math.round((box.maxY - box.minY) / step) + 1;
  const zs = new Float32Array(cols * rows);
  const nx = new Float32Array(cols * rows);
  const ny = new Float32Array(cols * rows);
  const nz = new Float32Array(cols * rows);
  const e = 1e-3;
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const x = box.minX + i * step;
      const y = box.minY + j * step;
      const k = j * cols + i;
      zs[k] = z(x, y);
      const gx = (z(x + e, y) - z(x - e, y)) / (2 * e);
      const gy = (z(x, y + e) - z(x, y - e)) / (2 * e);
      const len = Math.hypot(gx, gy, 1);
      nx[k] = -gx / len;
      ny[k] = -gy / len;
      nz[k] = 1 / len;
    }
  }
  return new HeightFieldSurface('synthetic', { x0: box.minX, y0: box.minY, step, cols, rows, z: zs, nx, ny, nz, mask: new Uint8Array(cols * rows).fill(1), axis: Math.max(0, Math.round(-box.minX / step)), symmetric: false });
}
