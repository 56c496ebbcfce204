import { NECK_ENTRY, design, neckMesh, type CaseDesign } from './common';

/** Neck cases: what smooth threads can do, and the depth they belong at. */

const meshNotes =
  'Smooth PDO mono threads fanned over each side of the neck from one entry beside the midline, laid just under the skin at 2.8 mm for skin tightening and collagen stimulation. No tension and no anchor: they are not lifting threads.';

export const NECK_CASES: readonly CaseDesign[] = [
  {
    id: 'neck-smooth-mesh-under-tension',
    title: 'Neck mesh of smooth threads pulled tight',
    area: 'neck',
    rules: ['smooth-thread-lift'],
    mistakes: ['smooth-thread-lift'],
    summary: 'A mono-thread mesh for neck laxity, planned with tension as if it could lift the neck.',
    teaching: {
      whatIsWrong:
        'The mesh itself is well laid: mono threads, fanned out, just under the skin. But each thread is planned with tension, as if pulling on it would lift the lax neck skin.',
      whyItMatters:
        'Mono threads have no barbs. They hold almost nothing, so tension on them either does nothing or makes the thread slide and migrate; pulling hard enough to feel resistance mostly pulls the thread out of place. What they do well is stimulate collagen where they lie, which tightens the skin slowly over the following months.',
      whatTheCorrectionChanges:
        'The same mesh is laid without tension and without an anchor, as a tightening treatment. If the neck also needs lift, that is planned separately with barbed threads anchored in a stable zone.',
    },
    poor: design(
      {
        title: 'Neck laxity: mono thread mesh under tension',
        patientId: 'TC-N01',
        ageBand: '50-59',
        saggingGrade: 1,
        notes: 'Three mono threads per side fanned over the neck from one entry beside the midline, 2.8 mm, each pulled to 0.2 N to tighten the neck.',
      },
      (b) => b.bilateral('N', NECK_ENTRY, neckMesh({ tension: 0.2 })),
    ),
    corrected: design(
      { title: 'Neck laxity: untensioned mono thread mesh', patientId: 'TC-N01', ageBand: '50-59', saggingGrade: 1, notes: meshNotes },
      (b) => b.bilateral('N', NECK_ENTRY, neckMesh()),
    ),
  },
  {
    id: 'neck-mesh-too-deep',
    title: 'Neck mesh laid deep under the jaw',
    area: 'neck',
    rules: ['deep-path', 'danger-zone'],
    mistakes: ['danger-zone-path', 'too-deep'],
    summary: 'Mono threads laid at 7.5 mm, with the upper one reaching under the jaw border in the layer of the marginal mandibular branch.',
    teaching: {
      whatIsWrong:
        'The mesh is laid at 7.5 mm instead of just under the skin, and the upper thread on each side is carried up toward the jaw border. There it runs through the zone of the marginal mandibular branch of the facial nerve, at the depth where the nerve lies in the platysma, within a millimetre of the nerve beneath it.',
      whyItMatters:
        'Mono threads work on the skin; at 7.5 mm they are too deep to tighten it, so the treatment does little. Near the jaw border that depth also puts the thread in the layer of the marginal mandibular branch: injury weakens the muscles that lower the corner of the mouth, leaving an uneven smile.',
      whatTheCorrectionChanges:
        'The mesh is laid at 2.8 mm, just under the skin where mono threads act, and the upper thread ends lower on the neck. At that depth the threads pass well above the nerve wherever they run.',
    },
    poor: design(
      {
        title: 'Neck laxity: mono thread mesh laid deep',
        patientId: 'TC-N02',
        ageBand: '60-69',
        saggingGrade: 2,
        notes: 'Three mono threads per side fanned over the neck, laid deep at 7.5 mm; the upper thread taken up to the jaw border.',
      },
      (b) => b.bilateral('N', NECK_ENTRY, neckMesh({ depth: 7.5 }).map((t, i) => (i === 0 ? { ...t, to: [[44, 118]] } : t))),
    ),
    corrected: design(
      { title: 'Neck laxity: mono thread mesh under the skin', patientId: 'TC-N02', ageBand: '60-69', saggingGrade: 2, notes: meshNotes },
      (b) => b.bilateral('N', NECK_ENTRY, neckMesh()),
    ),
  },
];
