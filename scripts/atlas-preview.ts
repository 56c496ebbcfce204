/**
 * Writes an SVG of the canonical atlas: the face drawing plus overlays (regions, muscles with
 * action arrows, danger zones, fixation zones, ligaments, the fixed/mobile line), so the anatomy
 * can be checked by eye. A development aid, not part of the app.
 *
 *   npx tsx scripts/atlas-preview.ts OUT.svg [--layers=drawing,regions,muscles,danger,fixation,labels] [--scale=4]
 */
import { writeFileSync } from 'node:fs';
import { CANONICAL_ATLAS } from '../shared/atlas';
import type { FacePoint } from '../shared/geometry/types';

const PAD = 12; // mm

const REGION_COLOURS: Record<string, string> = {
  forehead: '#f3e3b5', temple: '#d9c9f0', brow: '#f7c99b', periorbital: '#b9e0f5', nose: '#f4d4d4',
  malar: '#f59a9a', submalar: '#c6e8b8', nasolabial: '#f7e17c', perioral: '#f5b3d2', marionette: '#a9d8cf',
  jowl: '#c7b9e6', jawline: '#e8c49b', chin: '#bfe3a4', preauricular: '#a8c8ef', neck: '#e2e2e2',
};

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? 'atlas.svg';
const layersArg = args.find((a) => a.startsWith('--layers='));
const scaleArg = args.find((a) => a.startsWith('--scale='));
const SCALE = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 4; // px per mm
const layers = new Set((layersArg ? layersArg.slice('--layers='.length) : 'drawing,regions,muscles,danger,fixation,labels').split(','));

const b = CANONICAL_ATLAS.bounds;
const minX = b.minX - PAD;
const minY = b.minY - PAD;
const width = (b.maxX - b.minX + 2 * PAD) * SCALE;
const height = (b.maxY - b.minY + 2 * PAD) * SCALE;
const X = (p: FacePoint): string => ((p.x - minX) * SCALE).toFixed(1);
const Y = (p: FacePoint): string => ((p.y - minY) * SCALE).toFixed(1);

function polyPath(points: readonly FacePoint[], closed: boolean): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${X(p)},${Y(p)}`).join(' ') + (closed ? ' Z' : '');
}

/** Catmull-Rom through the points, as cubic Beziers (the same smoothing the canvas uses). */
function smoothPath(points: readonly FacePoint[], closed: boolean): string {
  const n = points.length;
  if (n < 3) return polyPath(points, closed);
  const at = (i: number): FacePoint => (closed ? points[(i + n) % n]! : points[Math.max(0, Math.min(n - 1, i))]!);
  let d = `M${X(points[0]!)},${Y(points[0]!)}`;
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${X(c1)},${Y(c1)} ${X(c2)},${Y(c2)} ${X(p2)},${Y(p2)}`;
  }
  return d + (closed ? ' Z' : '');
}

const centroid = (pts: readonly FacePoint[]): FacePoint => ({
  x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
  y: pts.reduce((s, p) => s + p.y, 0) / pts.length,
});

const parts: string[] = [];
parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`);
parts.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#7a1f7a"/></marker>');
parts.push('<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" stroke="#d02020" stroke-width="2" stroke-opacity="0.5"/></pattern></defs>');
parts.push(`<rect width="${width}" height="${height}" fill="#fffdf8"/>`);

if (layers.has('regions')) {
  for (const r of CANONICAL_ATLAS.regions) {
    parts.push(`<path d="${polyPath(r.outline, true)}" fill="${REGION_COLOURS[r.kind] ?? '#ccc'}" fill-opacity="0.55" stroke="#8a8a8a" stroke-width="0.8"/>`);
  }
}

if (layers.has('drawing')) {
  for (const s of CANONICAL_ATLAS.drawing) {
    const fill = s.filled ? (s.part === 'iris' ? '#6b4a2b' : s.part === 'lips' ? '#c97b7b' : s.part === 'brow' ? '#5a4030' : '#3a3a3a') : 'none';
    const stroke = s.part === 'crease' || s.part === 'neck' ? '#7a6a60' : '#2a2a2a';
    const w = s.part === 'crease' ? 1.2 : 2;
    const d = s.smooth ? smoothPath(s.points, s.closed) : polyPath(s.points, s.closed);
    parts.push(`<path d="${d}" fill="${fill}" stroke="${stroke}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`);
  }
}

if (layers.has('muscles')) {
  for (const m of CANONICAL_ATLAS.muscles) {
    parts.push(`<path d="${polyPath(m.outline, true)}" fill="#b04cb0" fill-opacity="0.12" stroke="#7a1f7a" stroke-width="1" stroke-dasharray="3 2"/>`);
    parts.push(`<line x1="${X(m.action.from)}" y1="${Y(m.action.from)}" x2="${X(m.action.to)}" y2="${Y(m.action.to)}" stroke="#7a1f7a" stroke-width="2" marker-end="url(#arrow)"/>`);
  }
}

if (layers.has('danger')) {
  for (const z of CANONICAL_ATLAS.dangerZones) {
    const colour = z.structure === 'artery' ? '#d02020' : z.structure === 'duct' ? '#1f6fd0' : '#e08a00';
    parts.push(`<path d="${polyPath(z.outline, true)}" fill="url(#hatch)" stroke="${colour}" stroke-width="1.5"/>`);
    parts.push(`<path d="${polyPath(z.course, false)}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
  }
}

if (layers.has('fixation')) {
  for (const f of CANONICAL_ATLAS.fixationZones) {
    parts.push(`<path d="${polyPath(f.outline, true)}" fill="#20a040" fill-opacity="0.3" stroke="#127a30" stroke-width="1.5"/>`);
  }
  for (const l of CANONICAL_ATLAS.ligaments) {
    parts.push(`<circle cx="${X(l.centre)}" cy="${Y(l.centre)}" r="${l.radiusMm * SCALE}" fill="none" stroke="#127a30" stroke-width="1.5" stroke-dasharray="2 2"/>`);
  }
  for (const line of [CANONICAL_ATLAS.fixedMobileLine.left, CANONICAL_ATLAS.fixedMobileLine.right]) {
    parts.push(`<path d="${polyPath(line, false)}" stroke="#127a30" stroke-width="2" stroke-dasharray="8 4" fill="none"/>`);
  }
}

if (layers.has('labels')) {
  if (layers.has('regions')) {
    for (const r of CANONICAL_ATLAS.regions) {
      const c = centroid(r.outline);
      parts.push(`<text x="${X(c)}" y="${Y(c)}" font-size="11" text-anchor="middle" fill="#333">${r.kind}</text>`);
    }
  }
  if (layers.has('danger')) {
    for (const z of CANONICAL_ATLAS.dangerZones.filter((d) => d.side === 'left')) {
      const c = z.course[Math.floor(z.course.length / 2)]!;
      parts.push(`<text x="${X(c)}" y="${Y(c)}" font-size="10" fill="#900" dx="6">${z.id.replace('-left', '')} ${z.depthFromMm}mm</text>`);
    }
  }
  if (layers.has('muscles')) {
    for (const m of CANONICAL_ATLAS.muscles.filter((d) => d.side === 'right')) {
      parts.push(`<text x="${X(m.action.to)}" y="${Y(m.action.to)}" font-size="10" fill="#7a1f7a" text-anchor="end" dx="-4">${m.kind}</text>`);
    }
  }
  parts.push(`<text x="10" y="20" font-size="14" fill="#333">Patient's RIGHT (viewer's left)</text>`);
  parts.push(`<text x="${width - 10}" y="20" font-size="14" fill="#333" text-anchor="end">Patient's LEFT (viewer's right)</text>`);
}

parts.push('</svg>');
writeFileSync(out, parts.join('\n'));
console.log(`wrote ${out} (${Math.round(width)}x${Math.round(height)} px)`);
