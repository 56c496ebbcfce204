import type { ThreadSpec } from '../helpers';

/**
 * Fixtures shared by the weak-fixation tests. A jowl thread entered in the mobile cheek at
 * (40, 60) with no fixation zone: a bidirectional cog at 0.5 N, which is a floating design.
 */
export const UNI = 'pdo-cog-uni-19g-100';
export const BI = 'pdo-cog-bi-19g-100';
export const JOWL_ENTRY = [40, 60] as const;
export const floatingJowl = (extra: Partial<ThreadSpec> = {}): ThreadSpec => ({
  type: BI, to: [[44, 96]], depth: 4.5, barbs: [5, 37], zone: null, tension: 0.5, ...extra,
});
