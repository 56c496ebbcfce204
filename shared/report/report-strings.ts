import type { Severity } from '../analysis/types';
import type { PlanPhoto, Side } from '../plan/types';
import type { SceneLabels } from '../scene/build-scene';
import { pullDirectionText } from '../analysis/direction';
import { isKeyLandmarkId } from '../photo/landmark-ids';

/**
 * Every word the report prints that does not come from the plan or the analysis: plain clinical
 * English here, Korean and Russian in report-strings-ko.ts and report-strings-ru.ts, typed
 * ReportText so a key missing from a translation fails the type check. Functions take numbers
 * and ids, so each language writes its own plurals and word order.
 */
export const REPORT_TEXT = {
  documentSubject: 'Thread-lift treatment plan',
  overline: 'THREAD-LIFT PLAN',
  untitled: 'Untitled plan',

  patient: 'Patient',
  planDate: 'Plan date',
  practitioner: 'Practitioner',
  generated: 'Generated',
  notRecorded: 'not recorded',
  anonymized: 'anonymized',
  anonymizedNote: 'Anonymized copy: the patient identifier and plan notes are left out.',

  diagramCaption: "Frontal view. The patient's right is drawn on the left of the diagram.",
  viewsTitle: 'Oblique views',
  viewsRightOblique: "Right oblique (45°): the patient's right side turned toward the viewer. What this view cannot see is left out.",
  viewsLeftOblique: "Left oblique (45°): the patient's left side turned toward the viewer. What this view cannot see is left out.",

  legendTitle: 'Key',
  legendThreads: 'Thread colour = most serious finding',
  legendSymbols: 'Symbols',
  legendOverlays: 'Overlays shown',
  legendNoOverlays: 'None (face only)',
  legendSeverity: {
    ok: 'No finding',
    info: 'Note',
    warning: 'Warning',
    critical: 'Critical',
  } satisfies Record<Severity | 'ok', string>,
  legendSmooth: 'Smooth thread (does not lift)',
  legendLifting: 'Barbed section, pull direction and anchor',
  legendEntry: 'Entry point',
  legendNumber: 'Thread number',
  legendRegions: 'Treatment regions',
  legendMuscles: 'Muscles and their action lines',
  legendNerve: 'Nerve danger zone',
  legendDuct: 'Duct danger zone',
  legendArtery: 'Artery danger zone',
  legendFixation: 'Fixation zones',
  legendLigament: 'Retaining ligaments',
  legendFixedMobile: 'Fixed / mobile face boundary',
  legendTissueGathering: 'Simulated tissue gathering (area lost), left to right: {bands}. Illustrative, not a validated prediction.',
  legendTissueMovement: 'Simulated tissue movement (arrows {scale}× the distance moved)',

  summaryTitle: 'Findings summary',
  summaryNone: 'The analysis raised no findings for this plan.',
  summaryMore: (n: number) => `… and ${n} more; all findings with explanations follow on the next pages.`,
  summaryMoreCapped: (n: number, explained: number) => `… and ${n} more; the first ${explained} are explained on the next pages, the rest counted by rule.`,
  summaryDetails: 'Explanations and suggested changes for every finding follow on the next pages.',

  threadsTitle: 'Threads',
  threadsNone: 'The plan has no threads yet.',
  columns: {
    number: '#',
    side: 'Side',
    region: 'Region',
    type: 'Thread type',
    material: 'Material',
    length: 'Length on skin / thread',
    gauge: 'Gauge',
    depth: 'Depth',
    tension: 'Tension',
    lot: 'Lot / expiry',
  },
  unknownType: (id: string) => `Unknown type (${id})`,
  outsideRegions: 'Outside the mapped regions',
  noLot: '—',
  threadNotes: 'Thread notes',

  marking: {
    title: 'Marking sheet',
    intro:
      'Marks for the skin, measured over the skin (a tape or flexible ruler laid on it) from the named landmark to the mark, with the patient upright; directions are the patient\'s. The barbed section is given in millimetres of thread from the entry point. Directions of threads are angles to the Frankfort horizontal (through the tragus and the lower orbital rim), from the entry toward the far end.',
    thread: (n: number) => `Thread ${n}`,
    entry: (label: string | null) => (label === null ? 'Entry point' : `Entry point ${label}`),
    entryFixation: (label: string | null) => (label === null ? 'Entry and fixation point' : `Entry ${label}, fixation point`),
    distal: 'Far end',
    distalFixation: 'Far end, fixation point',
    length: 'Length on the skin',
    lengthWithThread: (skin: string, thread: string) => `${skin} (thread ${thread})`,
    barbs: 'Barbed section',
    barbsRange: (from: string, to: string) => `${from} to ${to} from the entry`,
    smooth: 'none (smooth thread)',
    direction: 'Direction',
    more: (n: number) =>
      `${n} more ${n === 1 ? 'thread is' : 'threads are'} not marked here, to keep the report readable; the inspector in VectorLift and "vectorlift analyze --json" give the marks of every thread.`,
    side: { right: "Patient's right", left: "Patient's left" } satisfies Record<Side, string>,
    viewCaption: { right: "Patient's right, oblique 45°", left: "Patient's left, oblique 45°" } satisfies Record<Side, string>,
  },

  findingsTitle: 'Findings',
  findingsNone: 'No findings. The analysis checks are a planning aid; clinical judgement still applies.',
  whyItMatters: 'Why it matters',
  suggestedFix: 'Suggested change',
  concerns: 'Concerns',
  wholePlan: 'the whole plan',
  /** The threads a finding concerns, by their numbers in the plan. */
  concernsThreads: (numbers: readonly number[]) => `${numbers.length === 1 ? 'Thread' : 'Threads'} ${numbers.join(', ')}`,
  concernsSide: (side: Side) => `patient's ${side} side`,
  /** A finding standing for repeats of itself on the same thread (analysis/finding-groups.ts). */
  foldedRepeats: (n: number) => `this and ${n} more like it`,
  findingsNotListed: (n: number) =>
    `${n} more ${n === 1 ? 'finding is' : 'findings are'} not described here, to keep the report readable; ` +
    'the findings panel in VectorLift and "vectorlift analyze" list every one. By rule:',

  metricsTitle: 'Metrics',
  metricsIntro:
    'Traction is the modelled pull of the barbed sections in newtons; it compares designs and is not a measured force.',
  metricColumns: { measure: 'Measure', right: "Patient's right", left: "Patient's left" },
  metricThreads: 'Threads',
  metricTraction: 'Total traction',
  metricResultant: 'Resultant pull',
  metricMalar: 'Midface pull ending or converging on the cheekbone',
  metricGatheringMalar: 'Simulated gathering on the cheekbone: peak / mean',
  metricGatheringRest: 'Simulated gathering, rest of the midface: peak',
  metricSimulationNote: 'Simulated gathering is the share of its area the skin loses where the tissue model bunches it under the threads\' pull: an illustration, not a validated prediction.',
  metricSymmetry: 'Symmetry (100% = mirror image in count, force and direction)',
  metricRegionTitle: 'Traction by region',
  metricRegion: 'Region',
  noValue: '—',
  elevation: (deg: number) => pullDirectionText(deg),

  notesTitle: 'Plan notes',

  clinicTelephone: 'Tel.',

  revisionFinal: (revision: number, by: string, on: string) => `FINAL: revision ${revision}, signed off by ${by} on ${on}.`,
  revisionDraft: (revision: number, last: { revision: number; by: string; on: string } | null) =>
    `DRAFT: revision ${revision}, not signed off.` + (last ? ` Revision ${last.revision} was signed off by ${last.by} on ${last.on}.` : ''),

  productsTitle: 'Products',
  productsIntro: 'Threads to prepare, by type and lot.',
  productColumns: { type: 'Thread type', count: 'Count', lot: 'Lot', expiry: 'Expiry', status: 'Status' },
  productNoLot: 'not recorded',
  productInDate: 'in date',
  productNoExpiry: 'expiry not recorded',
  productExpired: (planDate: string) => `EXPIRED before ${planDate}`,

  consentTitle: 'Consent to treatment',
  consentProcedureTitle: 'The procedure',
  consentRisksTitle: 'Common risks and how often they happen',
  consentRisksIntro: (studies: number) =>
    `Out of every 100 people treated, about this many had each of these in a review of ${studies} published studies. Most are mild and settle; your practitioner will explain what applies to you.`,
  consentRiskColumns: { risk: 'Risk', what: 'What you may notice', rate: 'How often' },
  consentSource: (citation: string) => `Source: ${citation}`,
  consentPhotoTitle: 'Photographs',
  consentPhotoYes: 'I agree',
  consentPhotoNo: 'I do not agree',

  signatureTitle: 'Consent and signatures',
  signatureStatement:
    'The practitioner explained this plan, its expected effect, its limits and the risks of the procedure, and the patient had the chance to ask questions.',
  signaturePractitioner: 'Practitioner',
  signaturePatient: 'Patient',
  signatureName: 'Name',
  signatureSign: 'Signature',
  signatureDate: 'Date',

  exerciseTitle: 'Training exercise',
  /**
   * The plan's title on an exercise's PDF: the trainee's design of the case, not the poor
   * design's own title it started from (which names the mistake), and not 'corrected' either,
   * since it may not have passed.
   */
  exercisePlanTitle: (caseTitle: string) => `${caseTitle}: the trainee's plan`,
  exerciseTrainee: 'Trainee',
  exerciseCase: 'Case',
  exerciseAtStart: 'Problems at the start',
  exerciseResolved: 'Problems resolved',
  exerciseIntroduced: 'New problems introduced',
  exerciseEdits: 'Edits made',
  exerciseResult: 'Result',
  exercisePassed: 'Passed: no warning or critical finding is left.',
  exerciseNotPassed: 'Not yet passed: problems remain in the design.',
  exerciseRemaining: 'Problems still in the design',
  exerciseNoneRemaining: 'None.',
  exerciseNote: 'Problems are warnings and critical findings; notes are advice and do not count.',

  handoutTitle: 'Before and after your thread lift',
  handoutIntro:
    'Please keep this sheet. It explains how to prepare for your treatment and how to look after your face while the threads settle in. If your practitioner gives you different advice, follow theirs.',
  handoutTreatmentDate: (date: string) => `Treatment date: ${date}`,
  handoutBeforeTitle: 'Before your treatment',
  handoutAfterTitle: 'After your treatment',
  handoutContactTitle: 'Your clinic',
  handoutClinic: 'Clinic',
  handoutTelephone: 'Telephone',
  handoutNextAppointment: 'Next appointment',

  footerDisclaimer: 'Planning aid only, not a clinical guarantee. Clinical judgement decides.',
  footerPatient: (id: string) => `Patient: ${id}`,
  footerPage: (page: number, total: number) => `Page ${page} of ${total}`,

  side: { right: 'Right', left: 'Left' } satisfies Record<Side, string>,
  severity: { critical: 'Critical', warning: 'Warning', info: 'Note' } satisfies Record<Severity, string>,
  severityPlural: {
    critical: (n: number) => `${n} critical`,
    warning: (n: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
    info: (n: number) => `${n} ${n === 1 ? 'note' : 'notes'}`,
  } satisfies Record<Severity, (n: number) => string>,

  /** Words the scene writes on the diagram. */
  sceneLabels: {
    patientRight: "Patient's right",
    patientLeft: "Patient's left",
    fixed: 'fixed',
    mobile: 'mobile',
  } satisfies SceneLabels,

  /** The photo pages (photo-pages.ts). */
  photo: {
    planTitle: "The plan on the patient's photo",
    beforeAfterTitle: 'Before and after',
    consent:
      "Clinical photographs of the patient, included with the patient's consent for their clinical record. " +
      'Not to be published or shared beyond the care team without separate written consent.',
    caption: (p: PlanPhoto) =>
      `${p.kind === 'baseline' ? 'Baseline' : 'Follow-up'}, ${ANGLE_WORDS[p.angle]}, taken ${p.date}` +
      (p.interval ? `, ${p.interval.value} ${p.interval.unit} after the procedure` : ''),
    alignment: (p: PlanPhoto) => {
      const manual = p.landmarks.filter((l) => l.source === 'manual').length;
      const keys = p.landmarks.filter((l) => isKeyLandmarkId(l.id)).length;
      return `Aligned to the canonical face by ${p.landmarks.length} landmarks (${keys} key, ${manual} placed by hand); the anatomy and the threads are drawn through that alignment.`;
    },
    measureTitle: 'Landmark movement, before to after',
    measureNote: (mm: number) =>
      `Measured on the photos after laying the follow-up onto the baseline by the eye and nose landmarks; scaled by an interpupillary distance of ${mm} mm. Up is toward the forehead, out is away from the midline.`,
    measureColumns: { landmark: 'Landmark', up: 'Up (mm)', out: 'Out (mm)', total: 'Total (mm)' },
    landmark: {
      'mouth-corner-right': 'Mouth corner, right',
      'mouth-corner-left': 'Mouth corner, left',
      'gonion-right': 'Gonion, right',
      'gonion-left': 'Gonion, left',
      menton: 'Menton',
    } as Readonly<Record<string, string>>,
  },
} as const;

const ANGLE_WORDS: Readonly<Record<PlanPhoto['angle'], string>> = {
  frontal: 'frontal',
  'oblique-right': 'right oblique',
  'oblique-left': 'left oblique',
  'profile-right': 'right profile',
  'profile-left': 'left profile',
};

/** String literals widened to string, functions kept: the shape every language's table has. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/** The report's words in one language: the English table's keys, each a string or a function. */
export type ReportText = Widen<typeof REPORT_TEXT>;

/** Words the scene writes on the diagram, from the English table. */
export const REPORT_SCENE_LABELS: SceneLabels = REPORT_TEXT.sceneLabels;
