import type { DangerZoneKind, FixationZoneKind, MuscleKind, RegionKind } from '../../atlas/types';
import type { Side } from '../../plan/types';
import { NERVE_PLANE } from '../depth-window';
import { pullDirectionText } from '../direction';
import { ascending, dangerWords, fixationWords, mm, muscleWords, newtons, percent, regionWords, sideWords, threadList } from '../words';

/**
 * The words a finding's templates take as parameters, per language: thread numbers, units,
 * structure names, directions and lists. English is ../words.ts, character for character what
 * the rules always printed; Korean and Russian are ./words-ko.ts and ./words-ru.ts. Names are
 * written to stand on their own (Russian nominative, Korean with no particle after them), so
 * the templates put them after a colon, in brackets or in quotes.
 */
export interface LocaleWords {
  threads(numbers: readonly number[], start: boolean): string;
  mm(value: number): string;
  newtons(value: number): string;
  danger(kind: DangerZoneKind): string;
  muscle(kind: MuscleKind): string;
  fixation(kind: FixationZoneKind): string;
  /** A region of the face; null: outside the mapped face. */
  region(kind: RegionKind | null): string;
  /** The nerve branch whose plane lies under a region; null: no region known. */
  nerve(kind: RegionKind | null): string;
  /** A pull's direction from its elevation off the lateral horizontal (direction.ts). */
  direction(elevationDeg: number): string;
  /** A share (0.25) as a percentage with `decimals` digits. */
  percent(share: number, decimals: number): string;
  /** Alternatives: "a, b or c". */
  orList(items: readonly string[]): string;
  /** The patient's side, as a phrase that stands on its own. */
  side(side: Side): string;
  /** Items of a list joined (every pair with "and" in English, as the rules always wrote). */
  list(items: readonly string[]): string;
  /** Items one after another, comma-separated (no "and"): descriptions that each carry their own commas. */
  series(items: readonly string[]): string;
}

/** Round as the English always has (0.1 mm, 0.01 N), then write the number the language's way. */
export const round1 = (v: number): number => Math.round(v * 10) / 10 + 0;
export const round2 = (v: number): number => Math.round(v * 100) / 100 + 0;

/** A share as a percentage rounded as the English rounds it (words.ts percent), so every language prints the same value. */
export const percentOf = (share: number, decimals: number): number => Math.round(share * 100 * 10 ** decimals) / 10 ** decimals;

/** "1, 2 и 3" / "1, 2, 3": numbers of a list, joined the language's way. */
export function joinNumbers(numbers: readonly number[], and: string | null): string {
  const sorted = ascending(numbers);
  if (and === null || sorted.length < 2) return sorted.join(', ');
  return `${sorted.slice(0, -1).join(', ')}${and}${sorted[sorted.length - 1]}`;
}

/** "a, b or c" with the language's word for "or". */
export const orListWith =
  (or: string) =>
  (items: readonly string[]): string =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;

/** "threads 3 and 5" -> "Threads 3 and 5" (the list starts a sentence; a regular expression per title cost more than the rest of it). */
const capitalFirst = (text: string): string => (text.startsWith('t') ? `T${text.slice(1)}` : text);

export const WORDS_EN: LocaleWords = {
  threads: (numbers, start) => (start ? capitalFirst(threadList(numbers)) : threadList(numbers)),
  mm,
  newtons,
  danger: dangerWords,
  muscle: muscleWords,
  fixation: fixationWords,
  region: regionWords,
  nerve: (kind) => (kind ? NERVE_PLANE[kind].nerve : 'a nerve branch'),
  direction: pullDirectionText,
  percent,
  orList: orListWith('or'),
  side: sideWords,
  list: (items) => items.join(' and '),
  series: (items) => items.join(', '),
};
