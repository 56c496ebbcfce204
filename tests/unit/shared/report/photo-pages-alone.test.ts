/**
 * Each photo page on its own (issue 11): a report whose only photo page is the frontal baseline,
 * whose only one is an oblique baseline, or whose only one is the before/after page, and which
 * photos are picked when there are several. photo-pages.test.ts always has a frontal baseline
 * with the others, so a report that drew the turned pages only after a frontal one, or the
 * before/after page only with the plan page, would pass it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import { parsePlanText } from '../../../../shared/plan';
import type { PhotoLandmark, PlanDocument, PlanPhoto } from '../../../../shared/plan/types';
import { choosePhotoPages, PHOTO_TEXT } from '../../../../shared/report/photo-pages';
import { REPORT_TEXT_RU } from '../../../../shared/report/report-strings-ru';
import { pdfPages, rasterImages } from './pdf-tools';
import { DEFAULT_OPTIONS, buildReport, squeeze } from './report-fixture';
import { PORTRAIT_IMAGE, portraitLandmarks } from './portrait-fixture';

const landmarks = portraitLandmarks;
const PHOTOS = join(__dirname, '../../../fixtures/photos');
const portrait = PORTRAIT_IMAGE;

const frontal = (id: string, kind: PlanPhoto['kind'], date: string, lift = 0): PlanPhoto => ({
  id,
  angle: 'frontal',
  kind,
  date,
  interval: kind === 'follow-up' ? { value: 3, unit: 'months' } : null,
  image: portrait,
  landmarks: landmarks(lift),
});

/** The synthetic left-oblique photo (rendered from the canonical surface), as another angle if asked. */
function oblique(id: string, angle: PlanPhoto['angle'] = 'oblique-left', kind: PlanPhoto['kind'] = 'baseline'): PlanPhoto {
  const sheet = JSON.parse(readFileSync(join(PHOTOS, 'face-oblique-left-synthetic.json'), 'utf8')) as { width: number; height: number; marks: Record<string, { x: number; y: number }> };
  return {
    id,
    angle,
    kind,
    date: '2025-03-14',
    interval: null,
    image: { mediaType: 'image/png', width: sheet.width, height: sheet.height, data: encodeBase64(new Uint8Array(readFileSync(join(PHOTOS, 'face-oblique-left-synthetic.png')))) },
    landmarks: Object.entries(sheet.marks).map(([lm, q]): PhotoLandmark => ({ id: lm, x: q.x, y: q.y, source: 'manual' })),
  };
}

function examplePlan(photos: PlanPhoto[]): PlanDocument {
  const parsed = parsePlanText(readFileSync(join(__dirname, '../../../../assets/examples/good-midface.vlift'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { ...parsed.plan, photos };
}

const PLAN_PAGE = { overPlan: true, beforeAfter: false };
const BEFORE_AFTER = { overPlan: false, beforeAfter: true };

describe('which photos a report picks', () => {
  it('the latest aligned frontal follow-up, whatever the order in the plan, and only baselines for the plan pages', () => {
    const plan = examplePlan([
      frontal('late', 'follow-up', '2025-09-01'),
      frontal('base', 'baseline', '2025-03-14'),
      frontal('early', 'follow-up', '2025-06-01'),
      // A follow-up at an oblique angle never gets a plan page of its own.
      oblique('turned-follow-up', 'oblique-left', 'follow-up'),
    ]);
    const choice = choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: { overPlan: true, beforeAfter: true } }, CANONICAL_ATLAS);
    expect(choice.overPlan?.id).toBe('base');
    expect(choice.beforeAfter?.baseline.id).toBe('base');
    expect(choice.beforeAfter?.followUp.id).toBe('late');
    expect(choice.overPlanTurned).toEqual([]);
    // Only the plan page asked for: no before/after page, though a follow-up is there.
    const planOnly = choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: PLAN_PAGE }, CANONICAL_ATLAS);
    expect(planOnly.overPlan?.id).toBe('base');
    expect(planOnly.beforeAfter).toBeNull();
    const reversed = examplePlan([frontal('early', 'follow-up', '2025-06-01'), frontal('base', 'baseline', '2025-03-14'), frontal('late', 'follow-up', '2025-09-01')]);
    expect(choosePhotoPages(reversed, { ...DEFAULT_OPTIONS, photos: BEFORE_AFTER }, CANONICAL_ATLAS).beforeAfter?.followUp.id).toBe('late');
  });

  it('the turned baselines right before left, obliques before profiles, each angle once', () => {
    const plan = examplePlan([oblique('l1', 'oblique-left'), oblique('pr', 'profile-right'), oblique('l2', 'oblique-left'), oblique('r', 'oblique-right')]);
    const choice = choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: PLAN_PAGE }, CANONICAL_ATLAS);
    // The landmark sheet aligns at each of these angles (each has a surface view): one page per
    // angle, the first baseline of an angle, in page order whatever the order in the plan.
    expect(choice.overPlanTurned.map((p) => p.id)).toEqual(['r', 'l1', 'pr']);
    // No turned pages unless the plan page is asked for.
    expect(choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: BEFORE_AFTER }, CANONICAL_ATLAS).overPlanTurned).toEqual([]);
    // Without a frontal follow-up there is no before/after page.
    expect(choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: { overPlan: true, beforeAfter: true } }, CANONICAL_ATLAS).beforeAfter).toBeNull();
  });

  it('a frontal photo counts as aligned with three known landmarks, not with three unknown ones', () => {
    const three = landmarks().filter((l) => ['pupil-right', 'pupil-left', 'nasion'].includes(l.id));
    expect(three).toHaveLength(3);
    const plan = examplePlan([{ ...frontal('base', 'baseline', '2025-03-14'), landmarks: three }]);
    expect(choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: PLAN_PAGE }, CANONICAL_ATLAS).overPlan?.id).toBe('base');
    const unknown = three.map((l, i) => ({ ...l, id: `mark-${i}` }));
    const none = examplePlan([{ ...frontal('base', 'baseline', '2025-03-14'), landmarks: unknown }]);
    expect(choosePhotoPages(none, { ...DEFAULT_OPTIONS, photos: PLAN_PAGE }, CANONICAL_ATLAS).overPlan).toBeNull();
  });

  it('asked for neither page: none, even with aligned photos', () => {
    const plan = examplePlan([frontal('base', 'baseline', '2025-03-14'), frontal('fu', 'follow-up', '2025-06-01'), oblique('l')]);
    expect(choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: { overPlan: false, beforeAfter: false } }, CANONICAL_ATLAS)).toEqual({ overPlan: null, overPlanTurned: [], beforeAfter: null });
  });
});

describe('a report with one photo page', () => {
  it('only the frontal baseline: one page, the plan over the photo', async () => {
    const plan = examplePlan([frontal('base', 'baseline', '2025-03-14')]);
    const plain = pdfPages(await buildReport(plan));
    const bytes = await buildReport(plan, { options: { photos: { overPlan: true, beforeAfter: true } } });
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(plain.length + 1);
    const last = pages.at(-1)!;
    expect(last).toContain(PHOTO_TEXT.planTitle);
    expect(last).toContain('Baseline, frontal, taken 2025-03-14');
    expect(last).not.toContain(PHOTO_TEXT.beforeAfterTitle);
    expect(rasterImages(bytes).length).toBe(1);
  });

  it('only an oblique baseline: its own page with the plan in its view, and no frontal page', async () => {
    const plan = examplePlan([oblique('l')]);
    const plain = pdfPages(await buildReport(plan));
    const bytes = await buildReport(plan, { options: { photos: PLAN_PAGE } });
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(plain.length + 1);
    const last = pages.at(-1)!;
    expect(last).toContain(PHOTO_TEXT.planTitle);
    expect(last).toContain('Baseline, left oblique, taken 2025-03-14');
    expect(last).not.toContain('Baseline, frontal');
    expect(squeeze(last)).toContain(squeeze("Clinical photographs of the patient, included with the patient's consent"));
    expect(rasterImages(bytes).length).toBe(1);
  });

  it('only the before/after page: the two photos and the measured lift, no plan page', async () => {
    const plan = examplePlan([frontal('base', 'baseline', '2025-03-14'), frontal('fu', 'follow-up', '2025-06-14', 3)]);
    const plain = pdfPages(await buildReport(plan));
    const bytes = await buildReport(plan, { options: { photos: BEFORE_AFTER } });
    const pages = pdfPages(bytes);
    expect(pages.length).toBe(plain.length + 1);
    const last = pages.at(-1)!;
    expect(last).toContain(PHOTO_TEXT.beforeAfterTitle);
    expect(last).not.toContain(PHOTO_TEXT.planTitle);
    expect(last).toContain('Baseline, frontal, taken 2025-03-14');
    expect(last).toContain('Follow-up, frontal, taken 2025-06-14, 3 months after the procedure');
    // 3 px up at 63 mm per 41.07 px between the pupils: 4.6 mm; the columns' headings and the note.
    const words = last.replace(/\s+/g, ' ');
    expect(words).toMatch(/Mouth corner, right 4\.6 /);
    for (const heading of Object.values(PHOTO_TEXT.measureColumns)) expect(words).toContain(heading);
    expect(squeeze(last)).toContain(squeeze(PHOTO_TEXT.measureNote(63)));
    expect(rasterImages(bytes).length).toBe(2);
  });

  it('writes the measured lift with the language\'s decimal comma in Russian', async () => {
    const plan = examplePlan([frontal('base', 'baseline', '2025-03-14'), frontal('fu', 'follow-up', '2025-06-14', 3)]);
    const bytes = await buildReport(plan, { options: { photos: BEFORE_AFTER, language: 'ru' } });
    const last = pdfPages(bytes).at(-1)!.replace(/\s+/g, ' ');
    expect(last).toContain(REPORT_TEXT_RU.photo.beforeAfterTitle);
    expect(last).toContain('Угол рта, справа 4,6 0,2 4,6');
    expect(last).toContain('Угол рта, слева 4,6 -0,2 4,6');
    expect(last).not.toContain('4.6');
  });

  it('an anonymized copy gets the photo pages only when asked for them too', async () => {
    const plan = examplePlan([frontal('base', 'baseline', '2025-03-14')]);
    const plain = pdfPages(await buildReport(plan, { options: { anonymize: true } }));
    const without = pdfPages(await buildReport(plan, { options: { anonymize: true, photos: PLAN_PAGE } }));
    expect(without.length).toBe(plain.length);
    const withPhotos = await buildReport(plan, { options: { anonymize: true, photos: PLAN_PAGE, photosWhenAnonymized: true } });
    expect(pdfPages(withPhotos).length).toBe(plain.length + 1);
    expect(rasterImages(withPhotos).length).toBe(1);
  });

  it('draws only the threads and entry points on the before/after photos, not the anatomy', async () => {
    const plan = examplePlan([frontal('base', 'baseline', '2025-03-14'), frontal('fu', 'follow-up', '2025-06-14', 3)]);
    const pages = pdfPages(await buildReport(plan, { options: { photos: { overPlan: true, beforeAfter: true } } }));
    const [onPhoto, beforeAfter] = pages.slice(-2) as [string, string];
    // The plan page has the chosen overlays (region names); the before/after page has none of them.
    expect(onPhoto).toContain('Temple (right)');
    for (const region of ['Temple', 'Preauricular', 'Malar', 'Nose']) expect(beforeAfter).not.toContain(region);
    // ...but every thread's number and the entry points' labels, on each of the two photos.
    const tokens = beforeAfter.split(/\s+/);
    for (let n = 1; n <= plan.threads.length; n++) expect(tokens.filter((t) => t === String(n)).length).toBeGreaterThanOrEqual(2);
    expect(tokens.filter((t) => t === 'AR').length).toBe(2);
  });

  it('leaves a page out when its photo cannot be read, and the table out when nothing measured moved', async () => {
    const broken = { ...portrait, data: encodeBase64(new TextEncoder().encode('not a JPEG at all')) };
    const plan = examplePlan([{ ...frontal('base', 'baseline', '2025-03-14'), image: broken }, frontal('fu', 'follow-up', '2025-06-14', 3)]);
    const plain = pdfPages(await buildReport(plan)).length;
    expect(choosePhotoPages(plan, { ...DEFAULT_OPTIONS, photos: { overPlan: true, beforeAfter: true } }, CANONICAL_ATLAS).overPlan?.id).toBe('base');
    expect(pdfPages(await buildReport(plan, { options: { photos: { overPlan: true, beforeAfter: true } } })).length).toBe(plain);
    // The follow-up unreadable: no before/after page; the baseline's plan page stays.
    const second = examplePlan([frontal('base', 'baseline', '2025-03-14'), { ...frontal('fu', 'follow-up', '2025-06-14', 3), image: broken }]);
    const pages = pdfPages(await buildReport(second, { options: { photos: { overPlan: true, beforeAfter: true } } }));
    expect(pages.length).toBe(plain + 1);
    expect(pages.at(-1)).toContain(PHOTO_TEXT.planTitle);
    // A follow-up without the measured landmarks (mouth corners, gonions, menton) still aligns on
    // the eyes and nose: its page has the two photos and no measurement table.
    const eyesOnly = { ...frontal('fu', 'follow-up', '2025-06-14', 3), landmarks: landmarks(3).filter((l) => !l.id.startsWith('mouth') && l.id !== 'menton') };
    const third = examplePlan([frontal('base', 'baseline', '2025-03-14'), eyesOnly]);
    const last = pdfPages(await buildReport(third, { options: { photos: BEFORE_AFTER } })).at(-1)!;
    expect(last).toContain(PHOTO_TEXT.beforeAfterTitle);
    expect(last).not.toContain(PHOTO_TEXT.measureTitle);
    expect(last).not.toContain(PHOTO_TEXT.measureColumns.landmark);
    expect(squeeze(last)).toContain(squeeze("Clinical photographs of the patient, included with the patient's consent"));
  });
});
