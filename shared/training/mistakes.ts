/**
 * The classic design mistakes the case library teaches (shared/domain.md, "the three warnings"
 * and "other failure modes"; issue 5 lists them). Cases tag the mistakes they show, and a test
 * checks that every mistake here is shown by at least one case.
 */
export const MISTAKES = {
  'converging-on-cheekbone': 'Vectors that end or converge on the cheekbone (malar prominence)',
  'single-thread-pull': 'One thread doing all the pulling on a side',
  'thread-in-dermis': 'A thread laid in the dermis or just under it',
  'barb-at-entry': 'Barbs at a puncture: the entry point, or the far end where a cone thread comes out',
  'crossing-zygomaticus-major': 'Barbs laid across the zygomaticus major',
  'smooth-thread-lift': 'Smooth (mono or screw) threads used to lift',
  'no-fixation': 'Lifting threads with no fixation in a stable zone',
  'over-tension': 'More tension than the thread holds or than the intended overcorrection',
  crowding: 'Threads crowded together or crossing',
  'wrong-direction': 'A vector that pulls with gravity instead of against it',
  'danger-zone-path': 'A path through a nerve, duct or artery zone at its depth',
  'too-deep': "A path laid below its thread type's layer, in or under the SMAS",
  'asymmetric-sides': 'Left and right sides planned with different counts, force or direction',
  'expired-product': 'Threads recorded from a lot that expired before the treatment date',
} as const;

export type MistakeId = keyof typeof MISTAKES;

export const MISTAKE_IDS: readonly MistakeId[] = Object.keys(MISTAKES) as MistakeId[];

export const isMistakeId = (value: unknown): value is MistakeId =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(MISTAKES, value);
