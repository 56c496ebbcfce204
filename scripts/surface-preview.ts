/**
 * Renders the canonical face surface as shaded PNG images, one per view, so the surface can be
 * looked at (docs/atlas.md, "The face as a surface"):
 *
 *   npx tsx scripts/surface-preview.ts [OUT_DIR]     writes OUT_DIR/surface-<view>.png (default /tmp)
 *
 * Every pixel is a pick through the same pickInView the editor uses, shaded by the surface normal;
 * off-face points (the skirt) would show red, and never should.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { CANONICAL_SURFACE, VIEWS, VIEW_IDS, pickInView } from '../shared/surface';

const PX_PER_MM = 2;

function png(width: number, height: number, rgb: Uint8Array): Buffer {
  const table = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  const crc = (b: Buffer): number => {
    let c = -1;
    for (const x of b) c = table[(c ^ x) & 255]! ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) Buffer.from(rgb.subarray(y * width * 3, (y + 1) * width * 3)).copy(raw, y * (width * 3 + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const out = process.argv[2] ?? '/tmp';
const normal = { x: 0, y: 0, z: 1 };
const light = { x: 0.3, y: -0.5, z: 0.8 };
const ll = Math.hypot(light.x, light.y, light.z);
for (const id of VIEW_IDS) {
  const view = VIEWS[id];
  const yaw = (view.yawDeg * Math.PI) / 180;
  const width = 220 * PX_PER_MM;
  const height = 300 * PX_PER_MM;
  const rgb = new Uint8Array(width * height * 3).fill(48);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const hit = pickInView(CANONICAL_SURFACE, { x: px / PX_PER_MM - 110, y: py / PX_PER_MM - 115 }, view);
      if (hit === null) continue;
      CANONICAL_SURFACE.normalAt(hit.x, hit.y, normal);
      // The normal turned with the head, lit from the upper left front.
      const nx = normal.x * Math.cos(yaw) - normal.z * Math.sin(yaw);
      const nz = normal.x * Math.sin(yaw) + normal.z * Math.cos(yaw);
      const shade = Math.max(0, (nx * light.x + normal.y * light.y + nz * light.z) / ll);
      const c = Math.round(50 + 195 * shade);
      const o = (py * width + px) * 3;
      const skin = CANONICAL_SURFACE.onSurfaceAt(hit.x, hit.y);
      rgb[o] = c;
      rgb[o + 1] = skin ? Math.round(c * 0.92) : 0;
      rgb[o + 2] = skin ? Math.round(c * 0.8) : 0;
    }
  }
  const file = join(out, `surface-${id}.png`);
  writeFileSync(file, png(width, height, rgb));
  console.log(`wrote ${file}`);
}
