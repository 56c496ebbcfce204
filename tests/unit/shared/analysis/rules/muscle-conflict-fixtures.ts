import type { ThreadSpec } from '../helpers';

/** Threads shared by the muscle-conflict tests, each meeting one muscle of the left side. */
export const COG_UNI = 'pdo-cog-uni-19g-100';

/** Entered at ACROSS_ENTRY on the zygomatic arch, down, then horizontally across the cheek toward the nose (across zygomaticus major at y = 46). */
export const ACROSS_ENTRY = [64, 20] as const;
export const across = (barbs: readonly [number, number]): ThreadSpec => ({ type: COG_UNI, to: [[60, 46], [31, 46]], depth: 5, barbs, zone: 'zygomatic-arch', tension: 1 });

/** From the temple toward the lower eyelid, its barbs inside orbicularis oculi. */
export const lid = (barbs: readonly [number, number] = [15, 44]): ThreadSpec => ({ type: COG_UNI, to: [[28, 12]], depth: 4.5, barbs, zone: 'deep-temporal-fascia', tension: 0.8 });

/**
 * Entered at FOREHEAD_ENTRY and laid up along the frontalis (vertical), anchored at its lower
 * end: it pulls the forehead down, against the muscle that raises the brow.
 */
export const FOREHEAD_ENTRY = [36, -28] as const;
export const down = (extra: Partial<ThreadSpec> = {}): ThreadSpec => ({ type: COG_UNI, to: [[36, -80]], depth: 3.5, barbs: [15, 45], fixationEnd: 'entry', tension: 0.8, ...extra });
