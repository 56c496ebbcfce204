import { mirrorSpec } from '../../cli/examples/builder';
import { ARCH, BROW_ENTRY, COG_UNI, TEMPLE, browVector, design, jawlinePair, midfaceFan, type CaseDesign, type XY } from './common';

/** Combined-area cases: both sides of a whole plan, and a first plan with several mistakes. */

const mirrorXY = ([x, y]: XY): XY => [0 - x, y];

export const COMBINED_CASES: readonly CaseDesign[] = [
  {
    id: 'combined-uneven-sides',
    title: 'Brow and midface planned more fully on one side',
    area: 'combined',
    rules: ['asymmetry'],
    mistakes: ['asymmetric-sides'],
    summary: "The patient's right side gets a brow thread and three midface threads, the left only two midface threads.",
    teaching: {
      whatIsWrong:
        "Each vector on its own is well designed, but the two sides are not planned alike. The patient's right side has a brow thread and three midface threads; the left has two midface threads and no brow thread. The left side gets about half the pull of the right.",
      whyItMatters:
        'Unless the face was uneven to begin with, an uneven plan gives an uneven result: one brow and one cheek sit higher than the other. Patients notice a side-to-side difference more than almost any other result, and correcting it later means more threads.',
      whatTheCorrectionChanges:
        'Both sides now have the same brow thread and the same three midface threads, mirrored, with the same tension. If the patient did have an asymmetry to correct, that should be a deliberate, documented difference of one thread, not a side that was left unfinished.',
    },
    poor: design(
      {
        title: 'Brow and midface lift, sides planned differently',
        patientId: 'TC-C01',
        ageBand: '40-49',
        saggingGrade: 2,
        notes: "Right: one brow thread and three midface cog threads. Left: two midface cog threads. Brow 4 mm, 0.8 N; midface 4.5 mm, 1 N.",
      },
      (b) => {
        b.side('right', 'CR', mirrorXY(BROW_ENTRY), [mirrorSpec(browVector())]);
        b.side('right', 'AR', mirrorXY(TEMPLE), midfaceFan().map(mirrorSpec));
        b.side('left', 'AL', TEMPLE, midfaceFan().slice(0, 2));
      },
    ),
    corrected: design(
      {
        title: 'Brow and midface lift, both sides alike',
        patientId: 'TC-C01',
        ageBand: '40-49',
        saggingGrade: 2,
        notes: 'Each side: one brow cog thread from high in the deep temporal fascia band (4 mm, 0.8 N) and a fan of three midface cog threads from the temple (4.5 mm, 1 N).',
      },
      (b) => {
        b.bilateral('C', BROW_ENTRY, [browVector()]);
        b.bilateral('A', TEMPLE, midfaceFan());
      },
    ),
  },
  {
    id: 'combined-first-full-face-plan',
    title: "A trainee's first mid- and lower-face plan",
    area: 'combined',
    rules: ['superficial-path', 'entry-dimpling', 'muscle-conflict', 'weak-fixation', 'over-tension'],
    mistakes: ['thread-in-dermis', 'barb-at-entry', 'crossing-zygomaticus-major', 'no-fixation', 'over-tension'],
    summary: 'A sensible midface fan with one thread too shallow and one too tight, and jowl threads that float in the cheek with barbs from the puncture.',
    teaching: {
      whatIsWrong:
        'The midface fan is the right idea, but one thread per side lies at 2.2 mm, just under the skin of this thin-skinned patient, and another is pulled to 2.2 N, beyond what a cog thread holds. The jowl threads are entered in the cheek and held only there, in mobile tissue; entered just beside the smile muscle and aimed down and out, their barbs start at the puncture and cross zygomaticus major, the muscle that draws the mouth corner up and out in a smile, at a steep angle.',
      whyItMatters:
        'Each mistake has its own complication: the shallow thread shows and puckers the thin skin; the over-tensioned one tears through and leaves a dimple; the floating jowl threads lose their lift and, with barbs at the puncture, dimple the cheek; barbs across zygomaticus major hold the tissue it moves and make the smile uneven. Together they would undo a good midface design.',
      whatTheCorrectionChanges:
        'All midface threads are laid at 4.5 mm with 1 N each. The jowl is lifted by two threads per side from the zygomatic arch: down behind the cheek muscles without barbs, then forward into the jowl, where the barbs start well away from the puncture and the pull is carried to the arch.',
    },
    poor: design(
      {
        title: 'Mid- and lower-face lift: first plan',
        patientId: 'TC-C02',
        ageBand: '50-59',
        skinThickness: 'thin',
        saggingGrade: 3,
        notes: 'Midface fan of three cog threads per side from the temple; one jowl thread per side entered below the cheekbone.',
      },
      (b) => {
        b.bilateral('A', TEMPLE, midfaceFan().map((t, i) => (i === 0 ? { ...t, depth: 2.2 } : i === 1 ? { ...t, tension: 2.2 } : t)));
        // The jowl thread starts on zygomaticus major and runs down and out across it (about 50
        // degrees to its line). Until issue 10 it crossed the risorius instead, which the atlas
        // drew as a wide band across the lower cheek; the risorius is a thin, variable muscle and
        // no longer makes a vertical jowl vector a conflict, so the mistake is now the smile muscle.
        b.bilateral('F', [36, 50], [{ type: COG_UNI, to: [[56, 100]], depth: 4.5, barbs: [2, 47], zone: null, tension: 1 }]);
      },
    ),
    corrected: design(
      {
        title: 'Mid- and lower-face lift: corrected plan',
        patientId: 'TC-C02',
        ageBand: '50-59',
        skinThickness: 'thin',
        saggingGrade: 3,
        notes: 'Midface fan of three cog threads per side from the temple (4.5 mm, 1 N); two jowl cog threads per side from the zygomatic arch (4.5 mm, 1 N).',
      },
      (b) => {
        b.bilateral('A', TEMPLE, midfaceFan());
        b.bilateral('B', ARCH, jawlinePair());
      },
    ),
  },
];
