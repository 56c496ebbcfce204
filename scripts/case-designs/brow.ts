import { BROW_ENTRY, COG_UNI, browVector, design, type CaseDesign } from './common';

/** Brow cases: the direction of pull, the depth in the temple, the thread for a short path. */

const browNotes =
  'One unidirectional cog thread per side from high in the deep temporal fascia band, down behind the tail of the brow and along it. The barbs hold the lateral brow and pull it up and out toward the anchor. Subcutaneous at 4 mm, 0.8 N.';

export const BROW_CASES: readonly CaseDesign[] = [
  {
    id: 'brow-anchored-below',
    title: 'Brow threads anchored below the brow',
    area: 'brow',
    rules: ['gravity-direction'],
    mistakes: ['wrong-direction'],
    summary: 'The brow threads are anchored on the zygomatic arch, below the tissue they hold, so they pull the brow down.',
    teaching: {
      whatIsWrong:
        'Each thread is entered and anchored on the zygomatic arch and passed upward through the temple to the tail of the brow. The barbs hold the temple and brow tissue, and a thread pulls what its barbs hold toward its anchor: here that is downward.',
      whyItMatters:
        'The pull works with gravity instead of against it. The tail of the brow, which was meant to rise, is drawn down toward the cheekbone, and the hooding over the outer eyelid gets worse. The arch is a good anchor, but only for tissue that lies below it.',
      whatTheCorrectionChanges:
        'The anchor moves above the brow, high in the deep temporal fascia band. The thread runs down from there behind the tail of the brow and along it, so the barbs pull the lateral brow up and out, against gravity.',
    },
    poor: design(
      {
        title: 'Lateral brow lift anchored on the zygomatic arch',
        patientId: 'TC-B01',
        ageBand: '40-49',
        saggingGrade: 1,
        notes: 'One unidirectional cog thread per side, entered and anchored on the zygomatic arch, passed up through the temple to the brow tail. 4.5 mm, 0.8 N.',
      },
      (b) => b.bilateral('G', [64, 18], [{ type: COG_UNI, to: [[62, -14], [52, -30]], depth: 4.5, barbs: [12, 43], zone: 'zygomatic-arch', tension: 0.8 }]),
    ),
    corrected: design(
      { title: 'Lateral brow lift anchored in the temple above', patientId: 'TC-B01', ageBand: '40-49', saggingGrade: 1, notes: browNotes },
      (b) => b.bilateral('C', BROW_ENTRY, [browVector()]),
    ),
  },
  {
    id: 'brow-deep-in-the-temple',
    title: 'Brow threads laid deep across the temple',
    area: 'brow',
    rules: ['deep-path', 'danger-zone'],
    mistakes: ['danger-zone-path', 'too-deep'],
    summary: 'A good brow vector, but laid at 6.5 mm: through the layer of the temporal branch of the facial nerve and of the superficial temporal artery.',
    teaching: {
      whatIsWrong:
        'The course of the thread is right, but it is laid at 6.5 mm. Over the temple that is below the superficial fat, in the layer where the temporal (frontal) branch of the facial nerve and the frontal branch of the superficial temporal artery run, and the path crosses both.',
      whyItMatters:
        'The temporal branch moves the forehead and the brow. Injuring it leaves the brow on that side unable to rise, sometimes for months: the opposite of the intended result, and very visible. Piercing the artery causes a haematoma in the temple.',
      whatTheCorrectionChanges:
        'The same vector is laid at 4 mm, in the subcutaneous fat above the fascia that carries the nerve and the artery. The lift is the same; the thread passes over the structures instead of through their layer.',
    },
    poor: design(
      {
        title: 'Lateral brow lift, threads laid deep',
        patientId: 'TC-B02',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'One unidirectional cog thread per side from the deep temporal fascia band to the brow tail, laid deep (6.5 mm) for a firm hold.',
      },
      (b) => b.bilateral('C', BROW_ENTRY, [browVector({ depth: 6.5 })]),
    ),
    corrected: design(
      { title: 'Lateral brow lift in the subcutaneous fat', patientId: 'TC-B02', ageBand: '50-59', saggingGrade: 2, notes: browNotes },
      (b) => b.bilateral('C', BROW_ENTRY, [browVector()]),
    ),
  },
  {
    id: 'brow-cone-thread-too-short',
    title: 'A 12-cone thread on a short brow path',
    area: 'brow',
    rules: ['length-mismatch'],
    mistakes: [],
    summary: 'A cone thread that needs 9 cm is laid on a brow path of about 5 cm.',
    teaching: {
      whatIsWrong:
        'The brow vector is well placed, but the thread chosen is a 12-cone PLLA thread. Its cones need at least 9 cm between entry and exit to sit apart from each other, and the path from the temple to the brow is about 5 cm.',
      whyItMatters:
        'Cones squeezed into a short path sit on top of each other. They hold unevenly, can be felt and sometimes seen as a row of small lumps under the thin skin of the brow, and the spare length has nowhere to go.',
      whatTheCorrectionChanges:
        'A unidirectional cog thread, which needs only 5 cm, is used for the same path. Its barbs are spread over the lateral brow and the thread fits the path it is laid on.',
    },
    poor: design(
      {
        title: 'Lateral brow lift with 12-cone threads',
        patientId: 'TC-B03',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'One 12-cone PLLA thread per side from the deep temporal fascia band to the brow tail. 4 mm, 0.8 N.',
      },
      (b) => b.bilateral('C', BROW_ENTRY, [browVector({ type: 'plla-cone-12' })]),
    ),
    corrected: design(
      { title: 'Lateral brow lift with a thread that fits the path', patientId: 'TC-B03', ageBand: '50-59', saggingGrade: 2, notes: browNotes },
      (b) => b.bilateral('C', BROW_ENTRY, [browVector()]),
    ),
  },
];
