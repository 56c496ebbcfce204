import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import { createEmptyPlan } from '../../../../shared/plan';
import type { PhotoLandmark, PlanDocument, PlanPhoto } from '../../../../shared/plan/types';
import { choosePhotoPages, PHOTO_TEXT } from '../../../../shared/report/photo-pages';
import { parsePlanText } from '../../../../shared/plan';
import { DEFAULT_OPTIONS, buildReport } from './report-fixture';
import { pdfPages, rasterImages } from './pdf-tools';
import { PORTRAIT_IMAGE, portraitLandmarks } from './portrait-fixture';

const landmarks = portraitLandmarks;
const image = PORTRAIT_IMAGE;
const baseline: PlanPhoto = { id: 'p1', angle: 'frontal', kind: 'baseline', date: '2025-03-14', interval: null, image, landmarks: landmarks() };
// The same photo with the mouth corners 3 px higher: a known "lift" to read back in millimetres.
const followUp: PlanPhoto = { id: 'p2', angle: 'frontal', kind: 'follow-up', date: '2025-06-14', interval: { value: 3, unit: 'months' }, image, landmarks: landmarks(3) };

/** A real plan with threads: the bundled midface example. */
function drawExamplePlan(): PlanDocument {
  const parsed = parsePlanText(readFileSync(join(__dirname, '../../../../assets/examples/good-midface.vlift'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.plan;
}

const withPhotos = (plan: PlanDocument): PlanDocument => ({ ...plan, photos: [baseline, followUp] });

describe('which photo pages a report gets', () => {
  const plan = withPhotos(createEmptyPlan({}, '2025-03-14'));
  const both = { overPlan: true, beforeAfter: true };
  it('none unless asked, none when anonymized unless asked for that too', () => {
    expect(choosePhotoPages(plan, DEFAULT_OPTIONS, CANONICAL_ATLAS)).toEqual({ overPlan: null, overPlanTurned: [], beforeAfter: null });
    expect(choosePhotoPages(plan, { ...DEFAULT_OPTIONS, anonymize: true, photos: both }, CANONICAL_ATLAS)).toEqual({ overPlan: null, overPlanTurned: [], beforeAfter: null });
    const asked = choosePhotoPages(plan, { ...DEFAULT_OPTIONS, anonymize: true, photosWhenAnonymized: true, photos: both }, CANONICAL_ATLAS);
    expect(asked.overPlan?.id).toBe('p1');
    expect(asked.beforeAfter?.followUp.id).toBe('p2');
  });

  it('needs aligned photos', () => {
    const raw = { ...plan, photos: plan.photos.map((p) => ({ ...p, landmarks: [] })) };
    expect(choosePhotoPages(raw, { ...DEFAULT_OPTIONS, photos: both }, CANONICAL_ATLAS)).toEqual({ overPlan: null, overPlanTurned: [], beforeAfter: null });
  });
});

/** The synthetic left-oblique photo (rendered from the canonical surface) and its landmark sheet. */
function obliqueBaseline(): PlanPhoto {
  const dir = join(__dirname, '../../../fixtures/photos');
  const sheet = JSON.parse(readFileSync(join(dir, 'face-oblique-left-synthetic.json'), 'utf8')) as { width: number; height: number; marks: Record<string, { x: number; y: number }> };
  return {
    id: 'p3',
    angle: 'oblique-left',
    kind: 'baseline',
    date: '2025-03-14',
    interval: null,
    image: { mediaType: 'image/png', width: sheet.width, height: sheet.height, data: encodeBase64(new Uint8Array(readFileSync(join(dir, 'face-oblique-left-synthetic.png')))) },
    landmarks: Object.entries(sheet.marks).map(([id, q]): PhotoLandmark => ({ id, x: q.x, y: q.y, source: 'manual' })),
  };
}

describe('the photo pages in the PDF', () => {
  it('an aligned oblique baseline gets a page of its own with the plan in its view, after the frontal one', async () => {
    const oblique = obliqueBaseline();
    const plan = { ...withPhotos(drawExamplePlan()), photos: [oblique, baseline, followUp] };
    const choice = choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: { overPlan: true, beforeAfter: false } }, CANONICAL_ATLAS);
    expect(choice.overPlan?.id).toBe('p1');
    expect(choice.overPlanTurned.map((p) => p.id)).toEqual(['p3']);
    // Not aligned (its landmarks gone): no page.
    const bare = { ...plan, photos: [{ ...oblique, landmarks: [] }, baseline] };
    expect(choosePhotoPages(bare, { ...DEFAULT_OPTIONS, photos: { overPlan: true, beforeAfter: false } }, CANONICAL_ATLAS).overPlanTurned).toEqual([]);

    const plain = await buildReport(plan);
    const bytes = await buildReport(plan, { options: { photos: { overPlan: true, beforeAfter: false } } });
    if (process.env.VL_KEEP_PDF) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/photo-pages-oblique.pdf', bytes);
    }
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(pdfPages(plain).length + 2);
    const [frontal, turned] = pages.slice(-2) as [string, string];
    expect(frontal).toContain('Baseline, frontal, taken 2025-03-14');
    expect(turned).toContain(PHOTO_TEXT.planTitle);
    expect(turned).toContain('Baseline, left oblique, taken 2025-03-14');
    expect(turned.replace(/\s+/g, ' ')).toContain("Clinical photographs of the patient, included with the patient's consent");
    // The atlas in the left-oblique view: the left temple and pre-auricular regions are labelled
    // on the photo, the right ones (out of sight) are not, as they are on the frontal photo.
    for (const side of ['right', 'left']) {
      expect(frontal).toContain(`Temple (${side})`);
      expect(frontal).toContain(`Preauricular (${side})`);
    }
    expect(turned).toContain('Temple (left)');
    expect(turned).toContain('Preauricular (left)');
    expect(turned).not.toContain('Temple (right)');
    expect(turned).not.toContain('Preauricular (right)');
    expect(rasterImages(bytes).length).toBe(2);
  });


  it('the plan over the baseline photo and the before/after page, each with the consent line and the measured lift', async () => {
    const plan = withPhotos(drawExamplePlan());
    const plain = await buildReport(plan);
    const bytes = await buildReport(plan, { options: { photos: { overPlan: true, beforeAfter: true } } });
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(pdfPages(plain).length + 2);
    const [onPhoto, beforeAfter] = pages.slice(-2) as [string, string];
    expect(onPhoto).toContain(PHOTO_TEXT.planTitle);
    expect(onPhoto).toContain('Baseline, frontal, taken 2025-03-14');
    expect(onPhoto.replace(/\s+/g, ' ')).toContain("Clinical photographs of the patient, included with the patient's consent");
    expect(beforeAfter).toContain(PHOTO_TEXT.beforeAfterTitle);
    expect(beforeAfter).toContain('Follow-up, frontal, taken 2025-06-14, 3 months after the procedure');
    // 3 px up at 63 mm per 41.07 px between the pupils: 4.6 mm.
    expect(beforeAfter.replace(/\s+/g, ' ')).toMatch(/Mouth corner, right 4\.6 /);
    expect(beforeAfter.replace(/\s+/g, ' ')).toContain('Clinical photographs of the patient');
    // The photos are real images in the file: one on the plan page, two on the before/after page.
    expect(rasterImages(bytes).length).toBe(3);
    expect(rasterImages(plain)).toEqual([]);
    if (process.env.VL_KEEP_PDF) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/photo-pages.pdf', bytes);
    }
  });
});
