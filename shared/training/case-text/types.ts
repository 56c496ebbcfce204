import type { TeachingNotes } from '../types';

/**
 * The cases shipped in assets/cases/, by id: the ones whose words are translated. A test checks
 * this list is exactly the library's folders, so a case added without its translations fails it.
 */
export const BUILT_IN_CASE_IDS = [
  'brow-anchored-below',
  'brow-cone-thread-too-short',
  'brow-deep-in-the-temple',
  'combined-first-full-face-plan',
  'combined-uneven-sides',
  'jawline-crowded-threads',
  'jawline-deep-at-the-jaw-border',
  'jawline-floating-threads',
  'jawline-over-tension',
  'jawline-smooth-threads-to-lift',
  'midface-across-zygomaticus-major',
  'midface-barbs-at-the-puncture',
  'midface-converging-on-cheekbone',
  'midface-one-thread-does-all',
  'midface-out-of-date-threads',
  'midface-threads-in-dermis',
  'neck-mesh-too-deep',
  'neck-smooth-mesh-under-tension',
] as const;

export type BuiltInCaseId = (typeof BUILT_IN_CASE_IDS)[number];

/** A case's words in one language: what the case list and the teaching notes show. */
export interface CaseText {
  readonly title: string;
  readonly summary: string;
  readonly teaching: TeachingNotes;
}

/** Every built-in case, typed on BUILT_IN_CASE_IDS: a case without its words in a language fails the type check. */
export type CaseTextTable = Readonly<Record<BuiltInCaseId, CaseText>>;
