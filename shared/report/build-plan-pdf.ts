import { buildScene } from '../scene/build-scene';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../scene/types';
import { projectScene } from '../scene/view-projection';
import { simulatePlan } from '../simulation/plan-simulation';
import { EMPTY_CLINIC } from '../record/clinic';
import { decodeBase64 } from '../photo/image-bytes';
import { EMPTY_RECORD_TEXTS } from '../record/record-texts';
import { drawAftercarePage } from './aftercare-page';
import { drawConsentSection } from './consent-section';
import { drawProductsSection } from './products-section';
import { drawExerciseSection } from './exercise-section';
import { drawFindingsSection } from './findings-section';
import { Flow } from './flow';
import { drawFooter } from './footer';
import { drawMarkingSheet } from './marking-sheet';
import { drawMarkingViews } from './marking-views';
import { isoDay, parseGeneratedAt } from './format';
import { drawRunningHeader, patientLabel, planTitle } from './header';
import { drawMetricsSection } from './metrics-section';
import { drawPageOne } from './page-one';
import { choosePhotoPages, drawPhotoPages } from './photo-pages';
import { pageLayout } from './page-layout';
import { ReportDocument } from './pdf-document';
import { loadLanguage } from '../i18n/language-tables';
import { reportLanguage } from './report-language';
import { drawSignatureBlock } from './signature-block';
import { drawThreadSection } from './thread-table';
import type { ReportInput } from './types';
import { drawViewsSection } from './views-section';

/**
 * The marked-up plan as a PDF. Pure: no files, no network, no clock when `generatedAt` is
 * given, so the same input gives the same bytes.
 *
 * Page 1: the clinic's letterhead (when it has a profile), header, the face diagram (the scene,
 * drawn as vectors), its key and a findings summary. Then the two oblique views (the same scene
 * seen from each side), the thread table, the product summary,
 * the findings with explanations and suggested changes, the metrics, the plan notes, and
 * optionally the consent section and the signature block; the marking sheet (marks for the skin,
 * when the plan has threads) and optionally the patient handout. Every page carries the footer.
 */
export async function buildPlanPdf(input: ReportInput): Promise<Uint8Array> {
  const { plan, options, analysis } = input;
  const generated = parseGeneratedAt(options.generatedAt);
  const layout = pageLayout(options.paper);
  // The report may be in another language than the interface's: its shared tables load first.
  await loadLanguage(options.language ?? 'en');
  const language = reportLanguage(options.language ?? 'en');
  const T = language.text;
  // An exercise's plan is the trainee's design of the case: it is titled so (title page, running
  // header, document info), not with the title of the poor design the exercise started from.
  const meta = options.exercise ? { ...plan.meta, title: T.exercisePlanTitle(options.exercise.caseTitle) } : plan.meta;
  const doc = await ReportDocument.create(
    input.font,
    layout,
    { title: planTitle(meta, T), author: meta.practitioner.trim(), subject: T.documentSubject, date: generated },
    language,
  );

  const scene = buildScene({
    plan,
    atlas: input.atlas,
    analysis,
    layers: input.layers,
    catalogue: input.catalogue,
    labels: T.sceneLabels,
    // The diagram's region and structure labels in the report's language (shared/atlas/names).
    locale: language.locale,
    tissue: input.layers.tissue ? (input.tissue ?? simulatePlan(plan, input.atlas, input.catalogue).map) : null,
  });
  const clinic = input.record?.clinic ?? EMPTY_CLINIC;
  const texts = input.record?.texts ?? EMPTY_RECORD_TEXTS;
  const logoBytes = clinic.logo ? decodeBase64(clinic.logo.base64) : null;
  const logo = clinic.logo && logoBytes ? await doc.embedImage(clinic.logo.mediaType, logoBytes) : null;
  const logoOnLastPage = (): string | null => (logo ? doc.imageOnPage(logo, doc.pageCount - 1) : null);

  const first = doc.addPage();
  // A plan never signed off has no status line: a plain draft prints as it always did.
  const kept = plan.finalRevisions ?? [];
  const last = kept.at(-1);
  const status = plan.signOff
    ? { text: T.revisionFinal(plan.revision, plan.signOff.by, language.day(plan.signOff.on)), final: true }
    : last
      ? { text: T.revisionDraft(plan.revision, { revision: last.revision, by: last.signOff.by, on: language.day(last.signOff.on) }), final: false }
      : null;
  drawPageOne(first, layout, {
    status,
    letterhead: { clinic, logoName: logoOnLastPage() },
    meta,
    anonymize: options.anonymize,
    generated: language.day(isoDay(generated)),
    scene,
    findings: analysis.findings,
  });

  const flow = new Flow(doc, (canvas) => drawRunningHeader(canvas, layout.content, meta, options.anonymize));
  flow.newPage();
  drawViewsSection(flow, { scene, atlas: input.atlas });
  flow.sectionGap();
  drawThreadSection(flow, {
    plan,
    atlas: input.atlas,
    catalogue: input.catalogue,
    findings: analysis.findings,
    showNotes: !options.anonymize,
  });
  // The plan's notes follow its threads' (the design's intent, read with the table). Free text may
  // name the patient, so an anonymized copy leaves them out. The heading is kept with as much of
  // the notes as its usual 60 pt, so a one-line note never leaves the heading alone.
  if (!options.anonymize && meta.notes.trim() !== '') {
    flow.sectionGap();
    const notes = meta.notes.trim();
    flow.heading(T.notesTitle, Math.min(60, flow.measureParagraph(notes, flow.width)));
    flow.paragraph(notes);
  }
  flow.sectionGap();
  drawProductsSection(flow, plan, input.catalogue);
  flow.sectionGap();
  drawFindingsSection(flow, analysis.findings, plan);
  flow.sectionGap();
  drawMetricsSection(flow, analysis.metrics);

  if (options.consent) drawConsentSection(flow, { procedure: language.recordText(texts, 'consentProcedure'), photo: language.recordText(texts, 'consentPhoto') });
  if (options.signature) {
    flow.sectionGap();
    drawSignatureBlock(flow, meta.practitioner);
  }
  // For the chair: every entry and far end as skin distances from landmarks (its own page).
  if (plan.threads.length > 0) {
    // The obliques of the sheet show the face, the threads and the landmarks, no overlays.
    const noOverlays = Object.fromEntries(OVERLAY_LAYERS.map((id) => [id, false])) as Record<OverlayLayerId, boolean>;
    // Thread numbers kept apart (they are enlarged to print at a readable size: marking-views.ts).
    const plain = (labelScale: number) =>
      buildScene({ plan, atlas: input.atlas, analysis, layers: noOverlays, catalogue: input.catalogue, labels: T.sceneLabels, locale: language.locale, labelScale, separateNumbers: true });
    drawMarkingSheet(flow, {
      plan,
      atlas: input.atlas,
      catalogue: input.catalogue,
      drawViews: (f, height) => drawMarkingViews(f, height, plain, plan, input.atlas, projectScene),
    });
  }
  // The patient's photos (issue 11): only when asked for, never in an anonymized copy unless asked.
  const photos = choosePhotoPages(plan, options, input.atlas);
  if (photos.overPlan || photos.overPlanTurned.length > 0 || photos.beforeAfter) await drawPhotoPages(doc, flow, { plan, atlas: input.atlas, scene, choice: photos });
  // The handout is the patient's: its pages are headed with its own title, not the plan's working
  // title ("Midface lift: vectors brought up to the cheekbone"), and carry no planning-aid line.
  const handout = { from: doc.pageCount, to: doc.pageCount };
  if (options.aftercare) {
    const handoutFlow = new Flow(doc, (canvas) => drawRunningHeader(canvas, layout.content, meta, options.anonymize, T.handoutTitle));
    drawAftercarePage(handoutFlow, {
      planDate: meta.date,
      clinic,
      logoOnPage: logoOnLastPage,
      beforeTreatment: language.recordText(texts, 'beforeTreatment'),
      aftercare: language.recordText(texts, 'aftercare'),
    });
    handout.to = doc.pageCount;
  }
  // Optional: without an exercise the report is byte-for-byte the plain plan report.
  if (options.exercise) drawExerciseSection(flow, options.exercise);

  const patient = patientLabel(meta, options.anonymize, T);
  for (let i = 0; i < doc.pageCount; i++) drawFooter(doc.canvas(i), layout.footer, patient, i + 1, doc.pageCount, i < handout.from || i >= handout.to);
  return doc.save();
}
