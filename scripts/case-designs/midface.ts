import { COG, COG_UNI, TEMPLE, design, midfaceFan, type CaseDesign } from './common';

/** Midface cases: where the pull goes, how deep the threads lie, where the barbs sit. */

const fanNotes =
  'Three bidirectional cog threads per side from one entry in the deep temporal fascia band. Each runs down in front of the ear, then forward into the mid-cheek, where the barbs hold (they start below the cheekbone and stop 6 mm short of the far end). Subcutaneous at 4.5 mm, 1 N each.';

export const MIDFACE_CASES: readonly CaseDesign[] = [
  {
    id: 'midface-converging-on-cheekbone',
    title: 'Midface vectors converging on the cheekbone',
    area: 'midface',
    rules: ['cheekbone-concentration', 'weak-fixation'],
    mistakes: ['converging-on-cheekbone', 'no-fixation'],
    summary: 'Three threads per side are brought up from the lower cheek and all end on the malar prominence, with nothing firm to hold them.',
    teaching: {
      whatIsWrong:
        'Every thread starts low in the cheek and runs up to a point on the cheekbone, where it is anchored in soft tissue. The three vectors meet on the malar prominence, so all of the midface pull gathers there. None of the anchors is in a fixation zone: they sit in the cheek fat in front of, or just behind, the ligament line.',
      whyItMatters:
        'Tissue pulled toward one point bunches at that point. Here it piles up on the cheekbone, which makes the cheekbones look fuller and the midface wider instead of lifting the sagging mid-cheek; published series report widening of several millimetres up to almost 2 cm. An anchor in soft tissue also gives way: the threads slide back, the lift fades within weeks and the barbs can leave irregularities where they pulled.',
      whatTheCorrectionChanges:
        'The threads now start from one entry in the deep temporal fascia and are anchored there, behind the ligament line. They run down in front of the ear and fan forward into the mid-cheek, so the barbs hold the tissue below the cheekbone and pull it up and back toward the temple. The pull is spread over three separate lines and none of them ends or crosses on the prominence.',
    },
    poor: design(
      {
        title: 'Midface lift: vectors brought up to the cheekbone',
        patientId: 'TC-M01',
        ageBand: '40-49',
        saggingGrade: 2,
        notes: 'Three cog threads per side, entered low in the cheek and jowl and anchored at their upper ends on the cheekbone. Subcutaneous at 4.5 mm, 1 N each.',
      },
      (b) => {
        b.bilateral('J', [46, 96], [{ type: COG, to: [[44, 25]], barbs: [30, 63], fixationEnd: 'distal', zone: null, tension: 1 }]);
        b.bilateral('K', [56, 90], [{ type: COG, to: [[50, 23]], barbs: [28, 60], fixationEnd: 'distal', zone: null, tension: 1 }]);
        b.bilateral('L', [64, 80], [{ type: COG_UNI, to: [[56, 26]], barbs: [24, 47], fixationEnd: 'distal', zone: null, tension: 1 }]);
      },
    ),
    corrected: design(
      { title: 'Midface lift: fan from the temple into the mid-cheek', patientId: 'TC-M01', ageBand: '40-49', saggingGrade: 2, notes: fanNotes },
      (b) => b.bilateral('A', TEMPLE, midfaceFan()),
    ),
  },
  {
    id: 'midface-one-thread-does-all',
    title: 'One thread per side doing all the midface lifting',
    area: 'midface',
    rules: ['cheekbone-concentration', 'over-tension'],
    mistakes: ['single-thread-pull', 'over-tension'],
    summary: 'A single, hard-pulled cog thread per side carries the whole midface lift.',
    teaching: {
      whatIsWrong:
        'Each side has one cog thread, and it is tensioned at 1.8 N to get the whole lift from it. All of the midface pull runs along a single line, and the tension predicts about 4 mm of tissue movement, well beyond a small overcorrection.',
      whyItMatters:
        'One thread lifts a narrow strip of tissue: the cheek rises along that line and gathers at the end of the barbs, which shows as a ridge or a bunched fold rather than a smooth lift. Heavy tension on one thread also loads its barbs close to their limit (a cog thread holds about 1.9 N in tissue), so it is more likely to dimple the skin, tear through and lose the lift.',
      whatTheCorrectionChanges:
        'The lift is shared by three threads per side, fanned a few millimetres apart, each with a moderate 1 N. Every thread moves the tissue a little (about 2 mm predicted, which settles in two to three weeks), and together they lift a broad area of the mid-cheek evenly.',
    },
    poor: design(
      {
        title: 'Midface lift: one cog thread per side',
        patientId: 'TC-M02',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'One bidirectional cog thread per side from the temple into the mid-cheek, tensioned to 1.8 N for a strong lift.',
      },
      (b) => b.bilateral('A', TEMPLE, [{ ...midfaceFan()[0]!, tension: 1.8 }]),
    ),
    corrected: design(
      { title: 'Midface lift: three threads per side sharing the pull', patientId: 'TC-M02', ageBand: '50-59', saggingGrade: 2, notes: fanNotes },
      (b) => b.bilateral('A', TEMPLE, midfaceFan()),
    ),
  },
  {
    id: 'midface-threads-in-dermis',
    title: 'Cheek threads in the dermis of thin skin',
    area: 'midface',
    rules: ['superficial-path'],
    mistakes: ['thread-in-dermis'],
    summary: 'A well-shaped midface fan laid at 1.8 mm in a patient with thin skin: the threads run in the dermis.',
    teaching: {
      whatIsWrong:
        'The vectors are well placed, but every thread is laid at 1.8 mm. In this patient, who has thin skin, that is inside the dermis over the temple and only just under it in the cheek. Cog threads belong in the subcutaneous fat.',
      whyItMatters:
        'A thread in or just under the dermis can be seen and felt as a line, and its barbs catch the underside of the skin: puckering, dimpling and "accordion" folds appear, especially when the patient smiles. Threads this shallow are also more likely to extrude or become infected. Thin skin hides nothing, so the problems show sooner.',
      whatTheCorrectionChanges:
        'The same three vectors are laid at 4.5 mm, in the middle of the subcutaneous fat: clear of the dermis with a margin for thin skin, and still above the facial nerve branches and the parotid duct, which lie under the SMAS.',
    },
    poor: design(
      {
        title: 'Midface lift, thin skin: threads laid at 1.8 mm',
        patientId: 'TC-M03',
        ageBand: '60-69',
        skinThickness: 'thin',
        saggingGrade: 3,
        notes: 'Midface fan, three cog threads per side, laid superficially at 1.8 mm so they are easy to guide.',
      },
      (b) => b.bilateral('A', TEMPLE, midfaceFan({ depth: 1.8 })),
    ),
    corrected: design(
      { title: 'Midface lift, thin skin: threads in the subcutaneous fat', patientId: 'TC-M03', ageBand: '60-69', skinThickness: 'thin', saggingGrade: 3, notes: fanNotes },
      (b) => b.bilateral('A', TEMPLE, midfaceFan()),
    ),
  },
  {
    id: 'midface-barbs-at-the-puncture',
    title: 'Barbs starting at the cheek puncture',
    area: 'midface',
    rules: ['entry-dimpling'],
    mistakes: ['barb-at-entry'],
    summary: 'Threads entered in the cheek and anchored in the temple, with barbs right from the puncture.',
    teaching: {
      whatIsWrong:
        'Each thread is entered in the mid-cheek and passed up to the deep temporal fascia, where its far end is anchored. The direction of pull is good, but the barbed section begins at the puncture itself, where the thread still runs close to the surface on its way in.',
      whyItMatters:
        'Barbs at a puncture grip the underside of the skin right at the hole. When the thread takes up tension, they pull the skin in: a visible dimple or a small retraction at the entry point. Dimpling is one of the commonest complications of thread lifts and is more frequent in older patients.',
      whatTheCorrectionChanges:
        'The barbed sections now begin 8 mm along each path, once the thread has reached its layer, and end well before the temple. The entry, path and anchor are unchanged, so the lift is the same; only the first few millimetres at the puncture are left smooth.',
    },
    poor: design(
      {
        title: 'Midface lift from cheek entries, barbs from the puncture',
        patientId: 'TC-M04',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'Three cog threads per side entered in the mid-cheek and anchored at their upper ends in the deep temporal fascia. Barbs from the entry point. 4.5 mm, 1 N each.',
      },
      (b) => cheekEntries(b, [0, 0, 0]),
    ),
    corrected: design(
      {
        title: 'Midface lift from cheek entries, barbs clear of the puncture',
        patientId: 'TC-M04',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'Three cog threads per side entered in the mid-cheek and anchored at their upper ends in the deep temporal fascia. Barbs from 8 mm along the path. 4.5 mm, 1 N each.',
      },
      (b) => cheekEntries(b, [8, 8, 8]),
    ),
  },
  {
    id: 'midface-across-zygomaticus-major',
    title: 'Horizontal cheek vectors across zygomaticus major',
    area: 'midface',
    rules: ['muscle-conflict'],
    mistakes: ['crossing-zygomaticus-major'],
    summary: 'Threads from the zygomatic arch turn and run horizontally across the cheek, across the main smile muscle.',
    teaching: {
      whatIsWrong:
        'Both threads on each side come down from the zygomatic arch and then turn to run horizontally toward the nasolabial fold. Their barbed sections cross zygomaticus major at about 60 degrees. That muscle draws the corner of the mouth up and out toward the cheekbone, at roughly 60 degrees to the horizontal.',
      whyItMatters:
        'Barbs laid across a smile muscle hold the tissue it has to move. The smile can look restricted or uneven, and the skin over the barbs can pucker every time the patient smiles. The horizontal pull also does little against the downward sag of the cheek.',
      whatTheCorrectionChanges:
        'The vectors now come from the temple and enter the cheek from above at 75-85 degrees. The barbs lie along the line of the muscle rather than across it and pull up and back, against gravity. The smile muscles can move freely under them.',
    },
    poor: design(
      {
        title: 'Midface lift: horizontal vectors to the nasolabial fold',
        patientId: 'TC-M05',
        ageBand: '40-49',
        saggingGrade: 2,
        notes: 'Two unidirectional cog threads per side from the zygomatic arch, turned horizontally toward the nasolabial fold. 4.5 mm, 1 N each.',
      },
      (b) =>
        b.bilateral('B', [66, 20], [
          { type: COG_UNI, to: [[62, 40], [34, 40]], depth: 4.5, barbs: [24, 41], zone: 'zygomatic-arch', tension: 1 },
          { type: COG_UNI, to: [[64, 48], [31, 47]], depth: 4.5, barbs: [30, 55], zone: 'zygomatic-arch', tension: 1 },
        ]),
    ),
    corrected: design(
      { title: 'Midface lift: vectors along the smile muscles', patientId: 'TC-M05', ageBand: '40-49', saggingGrade: 2, notes: fanNotes },
      (b) => b.bilateral('A', TEMPLE, midfaceFan()),
    ),
  },
  {
    id: 'midface-out-of-date-threads',
    title: 'A good midface design from an out-of-date box',
    area: 'midface',
    rules: ['product-expiry'],
    mistakes: ['expired-product'],
    summary: 'The design is sound, but two threads per side are recorded from a lot that expired before the treatment date.',
    teaching: {
      whatIsWrong:
        'The three-thread fan per side is the standard design, but the record shows where the threads came from: the first thread of each side from an in-date lot, the other two from a lot whose expiry date is three weeks before the treatment date.',
      whyItMatters:
        "The maker warrants sterility and the thread's strength while it dissolves only until the printed expiry date. An out-of-date thread may hold less and for a shorter time, and the chart would show that it was used. Checking the lots before the patient is on the couch is part of the plan.",
      whatTheCorrectionChanges:
        'All six threads come from the in-date lot, and the lot number and expiry are recorded for each, so the product table in the PDF shows one line: the type, six threads, the lot and an expiry after the treatment date.',
    },
    poor: design(
      { title: 'Midface lift: threads recorded from two lots', patientId: 'TC-M06', ageBand: '40-49', saggingGrade: 2, notes: fanNotes },
      (b) =>
        b.bilateral(
          'A',
          TEMPLE,
          midfaceFan().map((t, i) => ({ ...t, lot: i === 0 ? { number: 'PDO-25-0311', expiry: '2027-03-31' } : { number: 'PDO-23-0118', expiry: '2025-04-30' } })),
        ),
    ),
    corrected: design(
      { title: 'Midface lift: all threads from one in-date lot', patientId: 'TC-M06', ageBand: '40-49', saggingGrade: 2, notes: fanNotes },
      (b) => b.bilateral('A', TEMPLE, midfaceFan({ lot: { number: 'PDO-25-0311', expiry: '2027-03-31' } })),
    ),
  },
];

/** Three threads per side entered in the mid-cheek and anchored at their far ends in the temple. */
function cheekEntries(b: Parameters<Parameters<typeof design>[1]>[0], barbStarts: readonly [number, number, number]): void {
  const thread = (to: [number, number][], start: number, end: number) => ({
    type: COG,
    to,
    depth: 4.5,
    barbs: [start, end] as const,
    fixationEnd: 'distal' as const,
    zone: 'deep-temporal-fascia',
    tension: 1,
  });
  b.bilateral('P', [40, 58], [thread([[63, 30], [67, -18]], barbStarts[0], 34)]);
  b.bilateral('Q', [48, 64], [thread([[65, 32], [68, -22]], barbStarts[1], 34)]);
  b.bilateral('R', [58, 68], [thread([[67, 34], [69, -26]], barbStarts[2], 32)]);
}
