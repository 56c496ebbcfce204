import type { HeightGrid } from './height-field';

/**
 * A height grid as bytes, so the command line can ship the canonical surface built once at bundle
 * time (scripts/cli-bundle/surface-grid.mjs) instead of fitting the face on every run:
 *
 *   "VLGRID1\n", a 4-byte little-endian length, a JSON header (x0, y0, step, cols, rows, axis,
 *   symmetric), padding to a multiple of 4, then z, nx, ny, nz (Float32, little-endian) and mask.
 *
 * The values are the grid's own Float32 numbers, so a decoded grid answers bit for bit as the
 * built one (tests/unit/cli/bundle.test.ts compares them). Decoding refuses (null) anything that
 * does not match its header exactly; the caller then builds the grid.
 */
const MAGIC = 'VLGRID1\n';

interface Header {
  readonly x0: number;
  readonly y0: number;
  readonly step: number;
  readonly cols: number;
  readonly rows: number;
  readonly axis: number;
  readonly symmetric: boolean;
}

/** ASCII text to bytes and back (the magic and the header are ASCII; shared/ has no TextEncoder). */
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0x7f);
const text = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeHeightGrid(grid: HeightGrid): Uint8Array {
  const header: Header = { x0: grid.x0, y0: grid.y0, step: grid.step, cols: grid.cols, rows: grid.rows, axis: grid.axis, symmetric: grid.symmetric };
  const json = ascii(JSON.stringify(header));
  const start = Math.ceil((MAGIC.length + 4 + json.length) / 4) * 4;
  const n = grid.cols * grid.rows;
  const bytes = new Uint8Array(start + 16 * n + n);
  bytes.set(ascii(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(MAGIC.length, json.length, true);
  bytes.set(json, MAGIC.length + 4);
  const view = new DataView(bytes.buffer);
  [grid.z, grid.nx, grid.ny, grid.nz].forEach((values, k) => {
    const at = start + 4 * n * k;
    for (let i = 0; i < n; i++) view.setFloat32(at + 4 * i, values[i]!, true);
  });
  bytes.set(grid.mask.subarray(0, n), start + 16 * n);
  return bytes;
}

export function decodeHeightGrid(bytes: Uint8Array): HeightGrid | null {
  if (!littleEndian || bytes.length < MAGIC.length + 4) return null;
  if (text(bytes.subarray(0, MAGIC.length)) !== MAGIC) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(MAGIC.length, true);
  let header: Header;
  try {
    header = JSON.parse(text(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + Math.min(length, 4096)))) as Header;
  } catch {
    return null;
  }
  const { cols, rows } = header;
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols <= 0 || rows <= 0) return null;
  const start = Math.ceil((MAGIC.length + 4 + length) / 4) * 4;
  const n = cols * rows;
  if (bytes.length !== start + 17 * n) return null;
  // Float32Array views need 4-byte alignment; copy into a fresh buffer when the bytes lack it.
  const aligned = (bytes.byteOffset + start) % 4 === 0 ? bytes : bytes.slice();
  const base = aligned.byteOffset + start;
  const floats = (k: number): Float32Array => new Float32Array(aligned.buffer, base + 4 * n * k, n);
  return {
    x0: header.x0,
    y0: header.y0,
    step: header.step,
    cols,
    rows,
    axis: header.axis,
    symmetric: header.symmetric === true,
    z: floats(0),
    nx: floats(1),
    ny: floats(2),
    nz: floats(3),
    mask: new Uint8Array(aligned.buffer, base + 16 * n, n),
  };
}
