import { ARCH, COG, COG_UNI, SCREW, design, jawlinePair, type CaseDesign } from './common';

/** Jawline and jowl cases: the thread type, the anchor, the tension, the spacing and the depth. */

const pairNotes =
  'Two bidirectional cog threads per side from one entry on the zygomatic arch periosteum. Each runs down in front of the ear behind the risorius (smooth part), then forward into the jowl and along the jaw, where the barbs hold. Subcutaneous at 4.5 mm, 1 N each.';

export const JAWLINE_CASES: readonly CaseDesign[] = [
  {
    id: 'jawline-smooth-threads-to-lift',
    title: 'Smooth screw threads used to lift the jowls',
    area: 'jawline',
    rules: ['smooth-thread-lift'],
    mistakes: ['smooth-thread-lift'],
    summary: 'Screw threads, which have no barbs, are anchored on the arch and tensioned as if they could lift the jowl.',
    teaching: {
      whatIsWrong:
        'The vectors run from the zygomatic arch down to the jowl, which is a sensible direction, but the threads are smooth PDO screw threads. The plan anchors them on the arch and puts tension on them, as if they were lifting threads.',
      whyItMatters:
        'A smooth thread has nothing to grip the tissue with. It holds only about a tenth of what a cog thread holds, and under tension it slides through the fat like a needle through oil. The jowl drops back within days, and the thread can migrate or show where it was pulled. Smooth threads are for skin quality, not lift.',
      whatTheCorrectionChanges:
        'The jowl is lifted with bidirectional cog threads, whose barbs hold the jowl tissue and transmit the pull to the arch periosteum. If the skin of the lower face also needs tightening, smooth threads can be added as an untensioned mesh, without an anchor.',
    },
    poor: design(
      {
        title: 'Jowl lift with screw threads',
        patientId: 'TC-J01',
        ageBand: '40-49',
        saggingGrade: 1,
        notes: 'Two PDO screw threads per side from the zygomatic arch into the jowl, anchored on the arch, 0.2 N each.',
      },
      (b) =>
        b.bilateral('B', ARCH, [
          { type: SCREW, to: [[63, 60], [57, 70]], depth: 4.5, barbs: null, zone: 'zygomatic-arch', tension: 0.2 },
          { type: SCREW, to: [[67, 60], [63, 70]], depth: 4.5, barbs: null, zone: 'zygomatic-arch', tension: 0.2 },
        ]),
    ),
    corrected: design(
      { title: 'Jowl lift with cog threads anchored on the arch', patientId: 'TC-J01', ageBand: '40-49', saggingGrade: 1, notes: pairNotes },
      (b) => b.bilateral('B', ARCH, jawlinePair()),
    ),
  },
  {
    id: 'jawline-floating-threads',
    title: 'Jowl threads anchored in mobile tissue',
    area: 'jawline',
    rules: ['weak-fixation'],
    mistakes: ['no-fixation'],
    summary: 'Cog threads entered in the cheek and held only there: the anchor moves with the tissue it is meant to lift.',
    teaching: {
      whatIsWrong:
        'The threads are entered in the cheek, just below the cheekbone, and run down into the jowl. Their upper ends, which are meant to hold the lift, sit in the cheek fat: in front of the line down from the lateral orbital rim for one thread, and behind it but outside any firm structure for the other. No thread reaches a fixation zone.',
      whyItMatters:
        'The lift is only as good as what holds the upper end. Cheek fat is mobile tissue: it moves with speech and expression and is itself sagging. A thread anchored there pulls the cheek down as much as it pulls the jowl up, so the correction is small and fades within weeks, and the barbs can leave irregularities where they slipped.',
      whatTheCorrectionChanges:
        'The threads now start on the zygomatic arch periosteum in front of the ear, a stable point behind the retaining ligaments. From there they run down and forward into the jowl, so the barbs hold the jowl and the pull is carried to bone.',
    },
    poor: design(
      {
        title: 'Jowl lift with floating cog threads',
        patientId: 'TC-J02',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'Two unidirectional cog threads per side entered below the cheekbone and run down into the jowl; held at the entry end. 4.5 mm, 1 N each.',
      },
      (b) => {
        b.bilateral('F', [42, 48], [{ type: COG_UNI, to: [[48, 104]], depth: 4.5, barbs: [32, 49], zone: null, tension: 1 }]);
        b.bilateral('G', [50, 50], [{ type: COG_UNI, to: [[58, 100]], depth: 4.5, barbs: [30, 44], zone: null, tension: 1 }]);
      },
    ),
    corrected: design(
      { title: 'Jowl lift anchored on the zygomatic arch', patientId: 'TC-J02', ageBand: '50-59', saggingGrade: 2, notes: pairNotes },
      (b) => b.bilateral('B', ARCH, jawlinePair()),
    ),
  },
  {
    id: 'jawline-over-tension',
    title: 'Jawline threads pulled too hard',
    area: 'jawline',
    rules: ['over-tension'],
    mistakes: ['over-tension'],
    summary: 'Well-placed jawline threads, but one is tensioned beyond what a cog thread holds and the other for far more overcorrection than settles.',
    teaching: {
      whatIsWrong:
        'The vectors, anchors and depth are right. The tension is not: the first thread on each side is set at 2.4 N, more than a cog thread holds in tissue (about 1.9 N), and the second at 1.8 N, which predicts about 4 mm of tissue movement.',
      whyItMatters:
        'Beyond its holding strength the barbs cut through the tissue instead of holding it: the lift is lost in the first days and the skin can be left dimpled or deformed. Below that limit, a small overcorrection is intended and settles in two to three weeks; a large one does not settle and leaves a visible step or contour deformity along the jaw.',
      whatTheCorrectionChanges:
        'Both threads on each side are set at 1 N, about 2 mm of predicted movement, a small overcorrection that settles. If the jowl needs more lift than the two threads of a side give at that tension, the answer is a third thread on that side, not more tension.',
    },
    poor: design(
      {
        title: 'Jawline lift at high tension',
        patientId: 'TC-J03',
        ageBand: '60-69',
        saggingGrade: 2,
        notes: 'Two bidirectional cog threads per side from the zygomatic arch into the jowl, tensioned to 2.4 N and 1.8 N for a strong immediate result.',
      },
      (b) => b.bilateral('B', ARCH, jawlinePair().map((t, i) => ({ ...t, tension: i === 0 ? 2.4 : 1.8 }))),
    ),
    corrected: design(
      { title: 'Jawline lift at moderate tension', patientId: 'TC-J03', ageBand: '60-69', saggingGrade: 2, notes: pairNotes },
      (b) => b.bilateral('B', ARCH, jawlinePair()),
    ),
  },
  {
    id: 'jawline-crowded-threads',
    title: 'Three jowl threads bunched into one strip',
    area: 'jawline',
    rules: ['crowding'],
    mistakes: ['crowding'],
    summary: 'A third thread squeezed between the two jowl threads runs alongside one of them for centimetres.',
    teaching: {
      whatIsWrong:
        'A third cog thread was added on each side to strengthen the lift, but it was laid between the other two. Its barbed section runs within 4 mm of the first thread for most of its length.',
      whyItMatters:
        'Barbs this close together gather the same strip of fat. Instead of a broad, even lift the patient gets a cord or ridge along the jaw that can be seen and felt, and lumps where the threads run together. More threads in the same place add irregularity, not lift.',
      whatTheCorrectionChanges:
        'Two threads per side, spaced about 9 mm apart where the barbs hold, lift the jowl evenly. If more lift were needed, a third thread would be fanned clearly apart from the other two.',
    },
    poor: design(
      {
        title: 'Jawline lift with a third thread in between',
        patientId: 'TC-J04',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'Three bidirectional cog threads per side from the zygomatic arch into the jowl; the third laid between the first two. 4.5 mm, 1 N each.',
      },
      (b) => b.bilateral('B', ARCH, [...jawlinePair(), { ...jawlinePair()[0]!, to: [[64, 64], [47, 95]] }]),
    ),
    corrected: design(
      { title: 'Jawline lift with two well-spaced threads', patientId: 'TC-J04', ageBand: '50-59', saggingGrade: 2, notes: pairNotes },
      (b) => b.bilateral('B', ARCH, jawlinePair()),
    ),
  },
  {
    id: 'jawline-deep-at-the-jaw-border',
    title: 'Jawline thread taken deep at the angle and jaw border',
    area: 'jawline',
    rules: ['deep-path', 'danger-zone'],
    mistakes: ['danger-zone-path', 'too-deep'],
    summary: 'The lower jawline thread dives to 7.5 mm as it reaches the jaw border, through the platysma to the layer of the marginal mandibular branch.',
    teaching: {
      whatIsWrong:
        'The second thread on each side is carried down past the angle of the jaw to the jaw border and laid deeper there, reaching 7.5 mm: below the fat and through the platysma, along the jaw border, where the marginal mandibular branch of the facial nerve runs under the platysma.',
      whyItMatters:
        'At that depth the thread is in the layer of the nerves, not above them. Injury to the marginal mandibular branch weakens the muscles that lower the corner of the mouth and the lower lip, giving an uneven smile that may last months.',
      whatTheCorrectionChanges:
        'Both threads on each side stay in the subcutaneous fat at 4.5 mm for their whole length and end in the jowl and on the jaw line, above the border. They lift the same tissue while passing over the nerves rather than through their layer.',
    },
    poor: design(
      {
        title: 'Jawline lift with a deep lower thread',
        patientId: 'TC-J05',
        ageBand: '50-59',
        saggingGrade: 2,
        notes: 'Two bidirectional cog threads per side from the zygomatic arch; the lower one carried to the jaw border and deepened to 7.5 mm for a firmer hold.',
      },
      (b) =>
        b.bilateral('B', ARCH, [
          jawlinePair()[0]!,
          // Issue 10: this design once dived to 6.5 mm and was caught only by a great auricular
          // nerve zone that reached into the angle of the jaw at neck depth; that nerve lies over
          // the sternocleidomastoid, under the platysma, and no longer does. 6.5 mm at the jaw
          // border is still in the fat (jawline skin 1.6 + fat 4.8 mm), so the dive now goes
          // through the platysma (7.5 mm), the mistake the case teaches.
          { type: COG, to: [[67, 62], [53, 103]], depth: 4.5, pointDepths: [4.5, 4.5, 7.5], barbs: [56, 84], zone: 'zygomatic-arch', tension: 1 },
        ]),
    ),
    corrected: design(
      { title: 'Jawline lift kept in the subcutaneous fat', patientId: 'TC-J05', ageBand: '50-59', saggingGrade: 2, notes: pairNotes },
      (b) => b.bilateral('B', ARCH, jawlinePair()),
    ),
  },
];
