import type { Atlas } from '../atlas/types';
import type { FaceBounds } from '../geometry/types';
import { MIN_ALIGNMENT_LANDMARKS, mmPerPhotoPixel, photoAlignment, photoAlignmentOf, type PhotoAlignment } from '../photo/alignment';
import { viewOfPhotoAngle } from '../photo/photo-views';
import { viewBounds } from '../scene/view-outline';
import { projectScene } from '../scene/view-projection';
import { decodeBase64 } from '../photo/image-bytes';
import { photoFaceCrop } from '../photo/face-crop';
import { DEFAULT_PHOTO_SCALE, landmarkShifts } from '../photo/measure';
import type { Affine } from '../photo/types';
import { warpScene } from '../photo/warp-scene';
import type { PlanDocument, PlanPhoto } from '../plan/types';
import type { Scene } from '../scene/types';
import { drawScene, fitBounds } from './diagram';
import type { Flow } from './flow';
import type { Box } from './page-layout';
import type { ReportDocument } from './pdf-document';
import { GAP, INK, REPORT_PALETTE, TYPE } from './report-style';
import { drawTable, type TableColumn } from './table';
import { decimalSeparator } from '../i18n/format';
import { REPORT_TEXT } from './report-strings';
import type { ReportOptions } from './types';

/**
 * The photo pages of the report (issue 11): the plan drawn over the patient's aligned baseline
 * photo, and a before/after page (baseline and follow-up side by side, framed on the same part
 * of the face through each photo's own alignment, with the plan's vectors on both and the
 * measured landmark movement). Photos identify the patient, so an anonymized report leaves them
 * out unless the practitioner asks for them; each photo page carries the photo-consent line.
 */

/** The photo pages' English words (the report's table has every language's). */
export const PHOTO_TEXT = REPORT_TEXT.photo;

export interface PhotoChoice {
  /** The aligned frontal baseline, with the plan drawn over it. */
  readonly overPlan: PlanPhoto | null;
  /**
   * The aligned oblique and profile baselines (one per angle, right before left, obliques before
   * profiles), each with the plan projected into its view and drawn over it.
   */
  readonly overPlanTurned: readonly PlanPhoto[];
  readonly beforeAfter: { readonly baseline: PlanPhoto; readonly followUp: PlanPhoto } | null;
}

const aligned = (p: PlanPhoto, bounds: FaceBounds): boolean => p.landmarks.length >= MIN_ALIGNMENT_LANDMARKS && photoAlignment(p.landmarks, bounds) !== null;

/** The turned angles in the order their pages come. */
const TURNED_ANGLES: readonly PlanPhoto['angle'][] = ['oblique-right', 'oblique-left', 'profile-right', 'profile-left'];

/**
 * Which photo pages this report gets: none unless asked for; none in an anonymized report unless
 * `photosWhenAnonymized`; the plan page needs an aligned frontal baseline (and an aligned oblique
 * or profile baseline gets a page of its own with the plan in its view), the before/after page an
 * aligned frontal baseline and an aligned frontal follow-up (the latest).
 */
export function choosePhotoPages(plan: PlanDocument, options: ReportOptions, atlas: Atlas): PhotoChoice {
  const want = options.photos;
  const none: PhotoChoice = { overPlan: null, overPlanTurned: [], beforeAfter: null };
  if (!want || (!want.overPlan && !want.beforeAfter)) return none;
  if (options.anonymize && !options.photosWhenAnonymized) return none;
  const frontal = plan.photos.filter((p) => p.angle === 'frontal' && aligned(p, atlas.bounds));
  const baseline = frontal.find((p) => p.kind === 'baseline') ?? null;
  const followUps = frontal.filter((p) => p.kind === 'follow-up');
  const followUp = followUps.length > 0 ? [...followUps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[followUps.length - 1]! : null;
  const turned = want.overPlan
    ? TURNED_ANGLES.flatMap((angle) => {
        const found = plan.photos.find((p) => p.angle === angle && p.kind === 'baseline' && photoAlignmentOf(p, atlas) !== null);
        return found ? [found] : [];
      })
    : [];
  return {
    overPlan: want.overPlan ? baseline : null,
    overPlanTurned: turned,
    beforeAfter: want.beforeAfter && baseline && followUp ? { baseline, followUp } : null,
  };
}

/** Face drawing fills would cover the patient's face: on a photo the face drawing is its lines only. */
function linesOnly(scene: Scene): Scene {
  return {
    bounds: scene.bounds,
    layers: scene.layers.map((l) => (l.id === 'face' ? { id: l.id, items: l.items.filter((i) => !('style' in i && i.style.fill && !i.style.stroke)) } : l)),
  };
}

/**
 * One photo in `box`, cropped to its face region, with `scene` drawn on it through its alignment.
 * Coordinates: photo px scaled by the photo's millimetres per pixel, so line widths and text keep
 * their millimetre sizes as on the diagram.
 */
function drawPhotoWithScene(flow: Flow, imageName: string, photo: PlanPhoto, alignment: PhotoAlignment, scene: Scene, box: Box, bounds: FaceBounds): void {
  const k = mmPerPhotoPixel(alignment);
  const crop = photoFaceCrop(photo.image, alignment, bounds);
  const toMm: Affine = { a: k, b: 0, c: 0, d: 0, e: k, f: 0 };
  const cropMm = { minX: crop.minX * k, minY: crop.minY * k, maxX: crop.maxX * k, maxY: crop.maxY * k };
  const t = fitBounds(cropMm, box);
  const shown: Box = {
    x: t.offsetX + cropMm.minX * t.scale,
    y: t.offsetY + cropMm.minY * t.scale,
    width: (cropMm.maxX - cropMm.minX) * t.scale,
    height: (cropMm.maxY - cropMm.minY) * t.scale,
  };
  flow.canvas.clipped(shown, () => {
    flow.canvas.image(imageName, t.offsetX, t.offsetY, photo.image.width * k * t.scale, photo.image.height * k * t.scale);
    drawScene(flow.canvas, warpScene(linesOnly(scene), alignment.warp, toMm, cropMm), box, REPORT_PALETTE);
  });
  flow.canvas.rect(shown.x, shown.y, shown.width, shown.height, { stroke: INK.panelLine, lineWidth: 0.6 });
}

async function embed(doc: ReportDocument, photo: PlanPhoto): Promise<ReturnType<ReportDocument['embedImage']>> {
  const bytes = decodeBase64(photo.image.data);
  return bytes ? doc.embedImage(photo.image.mediaType, bytes) : null;
}

function consentLine(flow: Flow): void {
  flow.gap(GAP.paragraph);
  flow.paragraph(flow.language.text.photo.consent, { size: TYPE.small, color: INK.muted });
}

export interface PhotoPagesInput {
  readonly plan: PlanDocument;
  readonly atlas: Atlas;
  /** The scene of page 1 (the overlays chosen for the report). */
  readonly scene: Scene;
  readonly choice: PhotoChoice;
}

/** Draws the chosen photo pages, each on a page of its own. */
export async function drawPhotoPages(doc: ReportDocument, flow: Flow, input: PhotoPagesInput): Promise<void> {
  const { atlas, scene, choice, plan } = input;
  const bounds = atlas.bounds;
  const PHOTO = flow.language.text.photo;
  const oneDecimal = (v: number): string => v.toFixed(1).replace('.', decimalSeparator(flow.language.locale));
  // The threads and entry points only, for the before/after photos: the anatomy would hide the change.
  const vectors: Scene = { bounds: scene.bounds, layers: scene.layers.filter((l) => l.id === 'threads' || l.id === 'entry-points') };

  // The plan over each chosen baseline: the frontal one, then the oblique and profile ones with
  // the plan projected into their views (the same scene the report's view diagrams draw).
  for (const photo of [...(choice.overPlan ? [choice.overPlan] : []), ...choice.overPlanTurned]) {
    const viewId = viewOfPhotoAngle(photo.angle);
    const alignment = photoAlignmentOf(photo, atlas);
    const image = await embed(doc, photo);
    if (alignment && image) {
      flow.newPage();
      flow.heading(PHOTO.planTitle);
      flow.paragraph(PHOTO.caption(photo), { size: TYPE.body, color: INK.text });
      flow.paragraph(PHOTO.alignment(photo), { size: TYPE.small, color: INK.muted });
      flow.gap(GAP.paragraph);
      const name = doc.imageOnPage(image, doc.pageCount - 1);
      const height = flow.remaining - 60;
      const box: Box = { x: flow.left, y: flow.y, width: flow.width, height };
      drawPhotoWithScene(flow, name, photo, alignment, projectScene(scene, atlas, viewId), box, viewBounds(atlas, viewId));
      flow.advance(height);
      consentLine(flow);
    }
  }

  if (choice.beforeAfter) {
    const { baseline, followUp } = choice.beforeAfter;
    const a = photoAlignment(baseline.landmarks, bounds);
    const b = photoAlignment(followUp.landmarks, bounds);
    const imageA = await embed(doc, baseline);
    const imageB = await embed(doc, followUp);
    if (a && b && imageA && imageB) {
      flow.newPage();
      flow.heading(PHOTO.beforeAfterTitle);
      const page = doc.pageCount - 1;
      const nameA = doc.imageOnPage(imageA, page);
      const nameB = doc.imageOnPage(imageB, page);
      const gapX = 12;
      const w = (flow.width - gapX) / 2;
      const h = Math.min(flow.remaining * 0.58, w * 1.35);
      const captionY = flow.y;
      flow.canvas.text(PHOTO.caption(baseline), flow.left, captionY + TYPE.small, { size: TYPE.small, color: INK.text, bold: true });
      flow.canvas.text(PHOTO.caption(followUp), flow.left + w + gapX, captionY + TYPE.small, { size: TYPE.small, color: INK.text, bold: true });
      flow.advance(TYPE.small + 6);
      drawPhotoWithScene(flow, nameA, baseline, a, vectors, { x: flow.left, y: flow.y, width: w, height: h }, bounds);
      drawPhotoWithScene(flow, nameB, followUp, b, vectors, { x: flow.left + w + gapX, y: flow.y, width: w, height: h }, bounds);
      flow.advance(h);
      flow.gap(GAP.section - 4);
      const scale = plan.photoScale ?? DEFAULT_PHOTO_SCALE;
      const shifts = landmarkShifts(baseline, followUp, scale);
      if (shifts && shifts.length > 0) {
        flow.paragraph(PHOTO.measureTitle, { size: TYPE.h3, bold: true });
        flow.gap(GAP.small);
        const c = PHOTO.measureColumns;
        const columns: readonly TableColumn[] = [
          { header: c.landmark, weight: 2 },
          { header: c.up, weight: 1 },
          { header: c.out, weight: 1 },
          { header: c.total, weight: 1 },
        ];
        drawTable(
          flow,
          columns,
          shifts.map((s) => ({ cells: [PHOTO.landmark[s.id] ?? s.id, oneDecimal(s.upMm), oneDecimal(s.outwardMm), oneDecimal(s.totalMm)] })),
        );
        flow.gap(GAP.small);
        flow.paragraph(PHOTO.measureNote(scale.distanceMm), { size: TYPE.small, color: INK.muted });
      }
      consentLine(flow);
    }
  }
}
