import type { ThreadSpec } from '../helpers';

/**
 * Threads shared by the gravity-direction tests, each off the usual vector of its area. Each is a
 * lift pulled from one end (a unidirectional cog toward its fixation end): a bidirectional cog
 * set floating pulls toward neither end and is judged by its axis instead (holding.ts, rulePull;
 * floating-direction.test.ts).
 */
export const COG = 'pdo-cog-uni-19g-100';

/** Fixed up and toward the nose, below the eye: the pull leans past vertical toward the midline. */
export const MEDIAL_ENTRY = [40, 8] as const;
export const midfaceMedial: ThreadSpec = { type: COG, to: [[60, 50]], depth: 4.5, barbs: [10, 40], tension: 1 };

/** Fixed at the angle of the jaw, barbs along the jowl toward the chin: the pull runs along the jaw. */
export const JOWL_ENTRY = [56, 96] as const;
export const jowlAlong: ThreadSpec = { type: COG, to: [[34, 116]], depth: 4.5, barbs: [8, 28], tension: 1 };

/** Straight down the neck from under the jaw, across the jaw line. */
export const NECK_ENTRY = [40, 122] as const;
export const neckAcross = (barbs: readonly [number, number] = [8, 40]): ThreadSpec => ({ type: COG, to: [[40, 168]], depth: 4.5, barbs, tension: 0.8 });

/** Entered on the zygomatic arch and run up the temple, fixed at the entry below its barbs: a downward pull. */
export const BELOW_ENTRY = [62, 18] as const;
export const fixedBelow: ThreadSpec = { type: 'pdo-cog-uni-19g-100', to: [[68, -36]], depth: 4.5, barbs: [15, 48], zone: 'zygomatic-arch', tension: 0.8 };
