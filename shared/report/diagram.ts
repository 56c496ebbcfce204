import type { FaceBounds, FacePoint } from '../geometry/types';
import { catmullRomToBezier } from '../scene/curves';
import type { Palette } from '../scene/palette';
import type {
  ColorToken,
  Scene,
  SceneArrow,
  SceneCircle,
  SceneItem,
  ScenePath,
  SceneSegments,
  SceneStyle,
  SceneText,
  SceneTriangles,
} from '../scene/types';
import { rgbOf } from './color';
import { fitLabels, type LabelFit } from './label-fit';
import type { Box } from './page-layout';
import type { PageCanvas, PaintStyle } from './page-canvas';
import { PageCanvas as Canvas } from './page-canvas';

/**
 * The PDF back-end of the scene: draws scene items as vector paths and text on a page, exactly
 * as the canvas does (same items, same Catmull-Rom curves from scene/curves.ts, same palette
 * tokens), only mapped from face millimetres to points. No rasterising anywhere.
 */

/** Face millimetres -> page points: uniform scale, centred in the box. */
export interface FaceToPage {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export function fitBounds(bounds: FaceBounds, box: Box): FaceToPage {
  const w = bounds.maxX - bounds.minX;
  const h = bounds.maxY - bounds.minY;
  const scale = Math.min(box.width / w, box.height / h);
  return {
    scale,
    offsetX: box.x + (box.width - w * scale) / 2 - bounds.minX * scale,
    offsetY: box.y + (box.height - h * scale) / 2 - bounds.minY * scale,
  };
}

export const toPage = (t: FaceToPage, p: FacePoint): { x: number; y: number } => ({
  x: t.offsetX + p.x * t.scale,
  y: t.offsetY + p.y * t.scale,
});

/** Draws the whole scene, clipped to `box`. */
export function drawScene(canvas: PageCanvas, scene: Scene, box: Box, palette: Palette): FaceToPage {
  const t = fitBounds(scene.bounds, box);
  canvas.clipped(box, () => {
    for (const layer of scene.layers) drawItems(canvas, layer.items, t, palette);
  });
  return t;
}

export function drawItems(canvas: PageCanvas, items: readonly SceneItem[], t: FaceToPage, palette: Palette): void {
  const fits = fitLabels(items, t.scale, (text, size) => canvas.measure(text, size));
  for (const item of items) {
    switch (item.type) {
      case 'path':
        drawPath(canvas, item, t, palette);
        break;
      case 'circle':
        drawCircle(canvas, item, t, palette);
        break;
      case 'arrow':
        drawArrow(canvas, item, t, palette);
        break;
      case 'segments':
        drawSegments(canvas, item, t, palette);
        break;
      case 'triangles':
        drawTriangles(canvas, item, t, palette);
        break;
      case 'text':
        drawText(canvas, item, t, palette, fits.get(item));
        break;
    }
  }
}

function paintOf(style: SceneStyle, t: FaceToPage, palette: Palette): PaintStyle {
  const color = (token: ColorToken | undefined) => (token === undefined ? undefined : rgbOf(palette[token]));
  return {
    fill: color(style.fill),
    stroke: color(style.stroke),
    lineWidth: (style.strokeWidth ?? 0.3) * t.scale,
    dash: style.dash?.map((d) => d * t.scale),
    opacity: style.opacity,
    lineCap: 'round',
    lineJoin: 'round',
  };
}

function drawPath(canvas: PageCanvas, item: ScenePath, t: FaceToPage, palette: Palette): void {
  if (item.points.length < 2) return;
  canvas.path((p) => {
    if (item.smooth && item.points.length > 2) {
      const bez = catmullRomToBezier(item.points, item.closed);
      const s = toPage(t, bez.start);
      p.moveTo(s.x, s.y);
      for (const seg of bez.segments) {
        const c1 = toPage(t, seg.c1);
        const c2 = toPage(t, seg.c2);
        const to = toPage(t, seg.to);
        p.curveTo(c1.x, c1.y, c2.x, c2.y, to.x, to.y);
      }
    } else {
      item.points.forEach((pt, i) => {
        const q = toPage(t, pt);
        if (i === 0) p.moveTo(q.x, q.y);
        else p.lineTo(q.x, q.y);
      });
    }
    if (item.closed) p.close();
  }, paintOf(item.style, t, palette));
}

function drawCircle(canvas: PageCanvas, item: SceneCircle, t: FaceToPage, palette: Palette): void {
  const c = toPage(t, item.centre);
  canvas.circle(c.x, c.y, item.radiusMm * t.scale, paintOf(item.style, t, palette));
}

/** Shaft to the base of the head, then a filled head in the stroke colour (as on the canvas). */
function drawArrow(canvas: PageCanvas, item: SceneArrow, t: FaceToPage, palette: Palette): void {
  const from = toPage(t, item.from);
  const to = toPage(t, item.to);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return;
  const ux = dx / len;
  const uy = dy / len;
  const head = Math.min(item.headMm * t.scale, len);
  const half = head * 0.45;
  const base = { x: to.x - ux * head, y: to.y - uy * head };
  const paint = paintOf(item.style, t, palette);
  canvas.line(from.x, from.y, base.x + ux * 0.3, base.y + uy * 0.3, { ...paint, lineCap: 'butt' });
  const color = paint.stroke;
  if (!color) return;
  canvas.path(
    (p) =>
      p
        .moveTo(to.x, to.y)
        .lineTo(base.x - uy * half, base.y + ux * half)
        .lineTo(base.x + uy * half, base.y - ux * half)
        .close(),
    { fill: color, opacity: item.style.opacity },
  );
}

function drawSegments(canvas: PageCanvas, item: SceneSegments, t: FaceToPage, palette: Palette): void {
  const pts = item.points;
  if (pts.length < 2) return;
  canvas.path((p) => {
    for (let k = 0; k + 1 < pts.length; k += 2) {
      const a = toPage(t, pts[k]!);
      const b = toPage(t, pts[k + 1]!);
      p.moveTo(a.x, a.y).lineTo(b.x, b.y);
    }
  }, { ...paintOf(item.style, t, palette), fill: undefined });
}

/** One path of closed triangles: a single fill (and hairline) for the whole colour band. */
function drawTriangles(canvas: PageCanvas, item: SceneTriangles, t: FaceToPage, palette: Palette): void {
  const pts = item.points;
  if (pts.length < 3) return;
  canvas.path((p) => {
    for (let k = 0; k + 2 < pts.length; k += 3) {
      const a = toPage(t, pts[k]!);
      const b = toPage(t, pts[k + 1]!);
      const c = toPage(t, pts[k + 2]!);
      p.moveTo(a.x, a.y).lineTo(b.x, b.y).lineTo(c.x, c.y).close();
    }
  }, paintOf(item.style, t, palette));
}

function drawText(canvas: PageCanvas, item: SceneText, t: FaceToPage, palette: Palette, fit: LabelFit | undefined): void {
  const size = item.sizeMm * t.scale * (fit?.scale ?? 1);
  const at = toPage(t, item.at);
  const lines = fit?.lines ?? [item.text];
  // Lines of a wrapped label are centred as a block on the anchor, one line height apart.
  const lineHeight = size * 1.15;
  lines.forEach((line, i) => {
    const y = at.y + (i - (lines.length - 1) / 2) * lineHeight;
    canvas.text(line, at.x, Canvas.centredBaseline(y, size), {
      size,
      color: rgbOf(palette[item.color]),
      bold: item.bold,
      align: item.align,
      halo: item.halo ? { color: rgbOf(palette['label.halo']), width: size * 0.28 } : undefined,
    });
  });
}
