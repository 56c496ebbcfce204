import type { EntryPoint, FinalRevision, PhotoLandmark, PlanDocument, PlanMeta, PlanPhoto, SignOff, Thread } from './types';

/**
 * Write a plan as `.vlift` text: keys in one fixed order (the order types.ts declares them),
 * 2-space indent, trailing newline. The same plan always gives the same bytes, so files diff
 * cleanly in version control and autosave can skip writes when nothing changed.
 *
 * The plan is copied field by field, so stray properties (e.g. UI state someone attached)
 * never reach the file. parsePlanText(serializePlan(p)) deep-equals p for every valid plan.
 */
export function serializePlan(plan: PlanDocument): string {
  return JSON.stringify(canonicalPlan(plan), null, 2) + '\n';
}

const point = (p: { readonly x: number; readonly y: number }) => ({ x: p.x, y: p.y });

function canonicalEntryPoint(e: EntryPoint): EntryPoint {
  return { id: e.id, label: e.label, position: point(e.position), side: e.side };
}

function canonicalThread(t: Thread): Thread {
  return {
    id: t.id,
    side: t.side,
    typeId: t.typeId,
    entryPointId: t.entryPointId,
    path: t.path.map(point),
    depthMm: t.depthMm,
    pointDepthsMm: [...t.pointDepthsMm],
    barbed: t.barbed === null ? null : { startMm: t.barbed.startMm, endMm: t.barbed.endMm },
    fixationEnd: t.fixationEnd,
    fixationZoneId: t.fixationZoneId,
    tensionN: t.tensionN,
    lot: t.lot === null ? null : { number: t.lot.number, expiry: t.lot.expiry },
    notes: t.notes,
  };
}

const landmark = (l: PhotoLandmark): PhotoLandmark => ({ id: l.id, x: l.x, y: l.y, source: l.source });

function canonicalPhoto(p: PlanPhoto): PlanPhoto {
  return {
    id: p.id,
    angle: p.angle,
    kind: p.kind,
    date: p.date,
    interval: p.interval === null ? null : { value: p.interval.value, unit: p.interval.unit },
    image: { mediaType: p.image.mediaType, width: p.image.width, height: p.image.height, data: p.image.data },
    landmarks: p.landmarks.map(landmark),
  };
}

const canonicalMeta = (m: PlanMeta): PlanMeta => ({
  title: m.title,
  date: m.date,
  practitioner: m.practitioner,
  patientId: m.patientId,
  ageBand: m.ageBand,
  skinThickness: m.skinThickness,
  saggingGrade: m.saggingGrade,
  notes: m.notes,
});

const canonicalSignOff = (s: SignOff): SignOff => ({ by: s.by, on: s.on });

const canonicalRevision = (r: FinalRevision): FinalRevision => ({
  revision: r.revision,
  signOff: canonicalSignOff(r.signOff),
  meta: canonicalMeta(r.meta),
  entryPoints: r.entryPoints.map(canonicalEntryPoint),
  threads: r.threads.map(canonicalThread),
});

/** A plain copy of the plan with keys in canonical order. */
export function canonicalPlan(plan: PlanDocument): PlanDocument {
  return {
    format: plan.format,
    schemaVersion: plan.schemaVersion,
    meta: canonicalMeta(plan.meta),
    entryPoints: plan.entryPoints.map(canonicalEntryPoint),
    threads: plan.threads.map(canonicalThread),
    photos: plan.photos.map(canonicalPhoto),
    photoScale: plan.photoScale === null
      ? null
      : { fromLandmark: plan.photoScale.fromLandmark, toLandmark: plan.photoScale.toLandmark, distanceMm: plan.photoScale.distanceMm },
    revision: plan.revision,
    signOff: plan.signOff === null ? null : canonicalSignOff(plan.signOff),
    finalRevisions: plan.finalRevisions.map(canonicalRevision),
  };
}
