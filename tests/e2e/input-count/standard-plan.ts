import type { FaceMm } from '../pages/canvas';

/**
 * The task the input count measures: a standard 3+3 midface and 2+2 jawline plan, free of
 * warnings, with depth, tension and lot set, exported as a PDF, from a blank plan.
 *
 * The design is the one in assets/examples/good-midface.vlift and good-jawline.vlift: a fan of
 * three vectors from a temple entry in the deep temporal fascia band into the submalar cheek,
 * and two jawline threads from the zygomatic arch, each running down behind the risorius and
 * forward along the jaw. It is drawn on the patient's right and mirrored. The user knows the
 * design: the run measures the inputs the editor asks for, not the time spent deciding.
 *
 * With new threads' default barbed sections, three changes make the design free of warnings
 * (as the example files have them): thread 3's barbs run on past the cheekbone, and thread 5's
 * barbs start after it has crossed thread 4 (the jawline threads cross in their smooth part).
 */
export const MIDFACE_ENTRY: FaceMm = { x: -68, y: -10 };
export const MIDFACE_ENDS: readonly FaceMm[] = [
  { x: -57.83, y: 54.2 },
  { x: -42.6, y: 49.83 },
  { x: -30.69, y: 39.52 },
];
export const JAWLINE_ENTRY: FaceMm = { x: -68, y: 19 };
/** Each jawline thread: a bend point, then its distal end. */
export const JAWLINE_PATHS: readonly (readonly [FaceMm, FaceMm])[] = [
  [
    { x: -64, y: 70 },
    { x: -44, y: 92 },
  ],
  [
    { x: -61, y: 83 },
    { x: -51, y: 102 },
  ],
];

/** Barbed-section changes by thread number (1-based, plan order). */
export const BARB_CHANGES: readonly { thread: number; startMm?: number; endMm?: number }[] = [
  { thread: 3, endMm: 55 },
  { thread: 5, startMm: 66, endMm: 79 },
];

/** The settings the practitioner chooses for every thread. */
export const SETTINGS = { depthMm: '4', tensionN: '1.2', lot: 'PD2403-117', expiry: '2030-06-30' } as const;
