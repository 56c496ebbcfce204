import type { SkinThickness } from '../plan/types';
import type { Threshold } from './types';

/**
 * How the patient's skin thickness (plan meta) moves the depth margins of the depth rules
 * (superficial-path, entry-dimpling). One place, so both rules treat thin skin the same way.
 */

export const THIN_SKIN_EXTRA: Threshold = {
  name: 'thinSkinExtraMm',
  value: 0.5,
  unit: 'mm',
  description: 'Added to the minimum depth when the plan records thin skin.',
  source:
    'design choice: domain.md says thin skin makes visible threads and dimpling worse; 0.5 mm is about one standard deviation of the measured skin thickness (2.1 +/- 0.4 mm).',
};

export const THICK_SKIN_RELIEF: Threshold = {
  name: 'thickSkinReliefMm',
  value: 0.25,
  unit: 'mm',
  description: 'Taken off the minimum depth margin when the plan records thick skin (never below the skin itself).',
  source: 'design choice: thick skin hides a thread a little better, so the margin eases slightly, but much less than thin skin raises it.',
};

export function skinMarginAdjustMm(skin: SkinThickness): number {
  if (skin === 'thin') return THIN_SKIN_EXTRA.value;
  if (skin === 'thick') return -THICK_SKIN_RELIEF.value;
  return 0;
}
