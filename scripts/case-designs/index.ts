import { BROW_CASES } from './brow';
import { COMBINED_CASES } from './combined';
import type { CaseDesign } from './common';
import { JAWLINE_CASES } from './jawline';
import { MIDFACE_CASES } from './midface';
import { NECK_CASES } from './neck';

export type { CaseDesign } from './common';

/** Every case of the library, by area. scripts/make-cases.ts writes them to assets/cases/. */
export const CASE_DESIGNS: readonly CaseDesign[] = [...MIDFACE_CASES, ...JAWLINE_CASES, ...BROW_CASES, ...NECK_CASES, ...COMBINED_CASES];
