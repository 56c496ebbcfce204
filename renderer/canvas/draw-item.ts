/**
 * The canvas back-end of the scene: draws one SceneItem on a 2D context whose transform already
 * maps face millimetres to device pixels. Every size in the scene is in millimetres, so it is
 * drawn as is; only hairlines are widened so they never drop below MIN_LINE_PX on screen.
 * Smooth paths use the shared Catmull–Rom → Bézier conversion, the same one the PDF uses.
 */
import { catmullRomToBezier } from '../../shared/scene/curves';
import type { Palette } from '../../shared/scene/palette';
import { outlinesOf } from '../../shared/scene/triangle-outlines';
import type { SceneItem, SceneStyle, SceneTriangles } from '../../shared/scene/types';

/** Thinnest line drawn, in CSS pixels: thinner lines shimmer and vanish when zoomed out. */
const MIN_LINE_PX = 0.75;
/**
 * Text smaller than this on screen is skipped: it cannot be read and only adds noise (region
 * names reappear as the user zooms in). The PDF, drawn at print size, keeps every label.
 */
export const MIN_TEXT_PX = 5.5;

/**
 * The system font for Latin; Hangul and Cyrillic from the bundled face (renderer/i18n/font.ts).
 * No remote fonts: the CSP allows none and patient data stays offline.
 */
export const SCENE_FONT_FAMILY = "'VectorLift Noto', system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export interface DrawContext {
  readonly palette: Palette;
  /** CSS pixels per millimetre (the stage zoom). */
  readonly zoom: number;
}

function applyStroke(ctx: CanvasRenderingContext2D, style: SceneStyle, dc: DrawContext): boolean {
  if (!style.stroke) return false;
  ctx.strokeStyle = dc.palette[style.stroke];
  ctx.lineWidth = Math.max(style.strokeWidth ?? 0.3, MIN_LINE_PX / dc.zoom);
  ctx.setLineDash(style.dash ? [...style.dash] : []);
  return true;
}

function paint(ctx: CanvasRenderingContext2D, style: SceneStyle, dc: DrawContext, closed: boolean): void {
  ctx.globalAlpha = style.opacity ?? 1;
  if (style.fill && closed) {
    ctx.fillStyle = dc.palette[style.fill];
    ctx.fill();
  }
  if (applyStroke(ctx, style, dc)) ctx.stroke();
}

/**
 * Each triangles item's outlines (shared/scene/triangle-outlines.ts) as Path2Ds in face
 * millimetres (the context's transform scales them), built once per item: open subpaths for
 * filling, closed ones for stroking.
 *
 * Why two: `fill()` closes every open subpath itself (the canvas spec's fill rule), so the
 * filled area is the same without `closePath`, and in Chromium a Path2D's `closePath` costs
 * about ten `lineTo`s: 400 polygons of 40 corners took 12-18 ms to build closed against 1-1.7 ms
 * open (a microbenchmark in the bench's Chromium), and a drag builds a new map's paths about
 * every 100 ms. A stroke needs the closing edge, so a stroked item gets the closed path.
 */
const trianglePaths = { open: new WeakMap<SceneTriangles, Path2D>(), closed: new WeakMap<SceneTriangles, Path2D>() };

function trianglesPath(item: SceneTriangles, closed: boolean): Path2D {
  const cache = closed ? trianglePaths.closed : trianglePaths.open;
  let path = cache.get(item);
  if (!path) {
    path = new Path2D();
    const { points, sizes } = outlinesOf(item);
    let at = 0;
    for (const size of sizes) {
      path.moveTo(points[at]!.x, points[at]!.y);
      for (let k = 1; k < size; k++) path.lineTo(points[at + k]!.x, points[at + k]!.y);
      if (closed) path.closePath();
      at += size;
    }
    cache.set(item, path);
  }
  return path;
}

export function drawItem(ctx: CanvasRenderingContext2D, item: SceneItem, dc: DrawContext): void {
  switch (item.type) {
    case 'path': {
      const pts = item.points;
      if (pts.length === 0) return;
      ctx.beginPath();
      if (item.smooth && pts.length > 2) {
        const curve = catmullRomToBezier(pts, item.closed);
        ctx.moveTo(curve.start.x, curve.start.y);
        for (const s of curve.segments) ctx.bezierCurveTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.to.x, s.to.y);
      } else {
        ctx.moveTo(pts[0]!.x, pts[0]!.y);
        for (let i = 1; i < pts.length; i++) ctx.lineTo(pts[i]!.x, pts[i]!.y);
      }
      if (item.closed) ctx.closePath();
      paint(ctx, item.style, dc, item.closed);
      return;
    }
    case 'circle':
      ctx.beginPath();
      ctx.arc(item.centre.x, item.centre.y, item.radiusMm, 0, Math.PI * 2);
      paint(ctx, item.style, dc, true);
      return;
    case 'segments': {
      ctx.beginPath();
      for (let i = 0; i + 1 < item.points.length; i += 2) {
        ctx.moveTo(item.points[i]!.x, item.points[i]!.y);
        ctx.lineTo(item.points[i + 1]!.x, item.points[i + 1]!.y);
      }
      paint(ctx, item.style, dc, false);
      return;
    }
    case 'triangles': {
      // Filled as the outlines of the area the triangles cover (shared/scene/triangle-outlines.ts),
      // built once per item: a tissue map is drawn again on every pan, zoom and layer redraw.
      ctx.globalAlpha = item.style.opacity ?? 1;
      if (item.style.fill) {
        ctx.fillStyle = dc.palette[item.style.fill];
        ctx.fill(trianglesPath(item, false));
      }
      if (applyStroke(ctx, item.style, dc)) ctx.stroke(trianglesPath(item, true));
      return;
    }
    case 'arrow': {
      const dx = item.to.x - item.from.x;
      const dy = item.to.y - item.from.y;
      const len = Math.hypot(dx, dy);
      if (len === 0) return;
      const ux = dx / len;
      const uy = dy / len;
      const head = Math.min(item.headMm, len);
      const half = head * 0.45;
      const bx = item.to.x - ux * head;
      const by = item.to.y - uy * head;
      ctx.globalAlpha = item.style.opacity ?? 1;
      ctx.beginPath();
      ctx.moveTo(item.from.x, item.from.y);
      ctx.lineTo(bx + ux * head * 0.2, by + uy * head * 0.2);
      if (applyStroke(ctx, item.style, dc)) ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(item.to.x, item.to.y);
      ctx.lineTo(bx - uy * half, by + ux * half);
      ctx.lineTo(bx + uy * half, by - ux * half);
      ctx.closePath();
      ctx.fillStyle = dc.palette[item.style.stroke ?? item.style.fill ?? 'label.text'];
      ctx.fill();
      return;
    }
    case 'text': {
      if (item.sizeMm * dc.zoom < MIN_TEXT_PX) return;
      ctx.globalAlpha = 1;
      ctx.font = `${item.bold ? '600 ' : ''}${item.sizeMm}px ${SCENE_FONT_FAMILY}`;
      ctx.textAlign = item.align;
      ctx.textBaseline = 'middle';
      if (item.halo) {
        ctx.setLineDash([]);
        ctx.strokeStyle = dc.palette['label.halo'];
        ctx.lineWidth = item.sizeMm * 0.32;
        ctx.strokeText(item.text, item.at.x, item.at.y);
      }
      ctx.fillStyle = dc.palette[item.color];
      ctx.fillText(item.text, item.at.x, item.at.y);
      return;
    }
  }
}

/** Draw a run of items with the line style every scene item expects (round joins and caps). */
export function drawItems(ctx: CanvasRenderingContext2D, items: readonly SceneItem[], dc: DrawContext): void {
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const item of items) drawItem(ctx, item, dc);
  ctx.restore();
}
