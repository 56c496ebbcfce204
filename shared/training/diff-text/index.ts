import type { Atlas } from '../../atlas/types';
import { structureBaseName } from '../../atlas/names';
import { THREAD_CATALOGUE } from '../../catalogue';
import { formatDay } from '../../i18n/format';
import type { LotInfo } from '../../plan/types';
import { threadTypeNameById } from '../../catalogue/names';
import type { ThreadType } from '../../catalogue/types';
import { translator, type Dictionaries, type Translator } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locale';
import type { MessageParams } from '../../i18n/message';
import { DIFF_TEXT_EN, type DiffTextKey } from './en';
import { DIFF_TEXT_KO } from './ko';
import { DIFF_TEXT_RU } from './ru';

/**
 * The training comparison's "what changed" lines in each language. plan-diff.ts records what
 * changed as data (ThreadChange, Shift: ids, sides, millimetres, newtons); this module writes it
 * in a language. Numbers are rounded here, once, and the templates write them the language's way
 * (2,5 in Russian); plural forms come from the template (shared/i18n/message.ts).
 */

export type { DiffTextKey };

const TABLES: Dictionaries<DiffTextKey> = { en: DIFF_TEXT_EN, ko: DIFF_TEXT_KO, ru: DIFF_TEXT_RU };

/** The diff words of one language (tests read the tables through this). */
export const diffTextTranslator = (locale: Locale): Translator<DiffTextKey> => translator(TABLES, locale);

/** A point's move: how far and which ways (sides follow the patient: outward is away from the midline). */
export interface Shift {
  /** On the skin, millimetres. */
  readonly distanceMm: number;
  readonly vertical: 'up' | 'down' | null;
  readonly horizontal: 'outward' | 'medial' | null;
}

export interface DepthRange {
  readonly lowMm: number;
  readonly highMm: number;
}

export interface FixationState {
  readonly end: 'entry' | 'distal';
  readonly zoneId: string | null;
}

/** One change to a thread, as data; `describeChange` writes it in a language. */
export type ThreadChangeDetail =
  | { readonly kind: 'side'; readonly to: 'left' | 'right' }
  | { readonly kind: 'type'; readonly from: string; readonly to: string }
  | { readonly kind: 'entry' }
  | {
      readonly kind: 'path';
      readonly start: Shift | null;
      readonly end: Shift | null;
      /** Point counts, when neither end moved but the path was redrawn. */
      readonly points: { readonly from: number; readonly to: number } | null;
      /** Whole millimetres, when the length changed by 1 mm or more. */
      readonly lengthMm: { readonly from: number; readonly to: number } | null;
    }
  | { readonly kind: 'depth'; readonly from: DepthRange; readonly to: DepthRange }
  | { readonly kind: 'barbs'; readonly from: { readonly startMm: number; readonly endMm: number } | null; readonly to: { readonly startMm: number; readonly endMm: number } | null }
  | { readonly kind: 'fixation'; readonly from: FixationState; readonly to: FixationState }
  | { readonly kind: 'tension'; readonly from: number; readonly to: number }
  /** The lot recorded for the thread (number and expiry; null or empty when not recorded). */
  | { readonly kind: 'lot'; readonly from: LotInfo | null; readonly to: LotInfo | null }
  /** The thread's free-text notes (what they say is the user's own; the line only says they changed). */
  | { readonly kind: 'notes' };

/** Names the lines use: thread types (the catalogue's, translated) and fixation zones (the atlas's). */
export interface DiffNames {
  readonly atlas: Atlas;
  readonly catalogue?: readonly ThreadType[];
}

/** Millimetres and newtons as the lines show them: to 0.01 (design choice: plan files round so). */
const hundredths = (v: number): number => Math.round(v * 100) / 100;

/**
 * A fixation zone as the trainee reads it in running text: the atlas's name without the side (the
 * thread's side is already in the line), "the deep temporal fascia" / «глубокая височная фасция».
 * Never the internal id: a zone the atlas does not know is said so.
 */
export function fixationZoneWords(atlas: Atlas, id: string, locale: Locale): string {
  const t = diffTextTranslator(locale);
  const zone = atlas.fixationZones.find((z) => z.id === id);
  if (!zone) return t('zone.unknown');
  const english = zone.name.replace(/\s*\((left|right)\)\s*$/, '');
  const name = locale === 'en' ? english : structureBaseName(id, locale, english);
  // Korean has no capitals; English and Russian names start with one as labels, not in a sentence.
  return t('zone.named', { name: `${name.charAt(0).toLocaleLowerCase(locale)}${name.slice(1)}` });
}

export function describeShift(shift: Shift, locale: Locale): string {
  const t = diffTextTranslator(locale);
  const distance = shift.distanceMm < 1 ? hundredths(shift.distanceMm) : Math.round(shift.distanceMm);
  const directions = [shift.vertical, shift.horizontal].filter((d): d is NonNullable<typeof d> => d !== null).map((d) => t(`direction.${d}`));
  return directions.length === 0 ? t('shift', { distance }) : t('shiftToward', { distance, directions: directions.join(t('directionSeparator')) });
}

function depthWords(range: DepthRange, t: Translator<DiffTextKey>): string {
  const low = hundredths(range.lowMm);
  const high = hundredths(range.highMm);
  return low === high ? t('depth.one', { depth: low }) : t('depth.span', { low, high });
}

function fixationWords(state: FixationState, names: DiffNames, locale: Locale, t: Translator<DiffTextKey>): string {
  const zone = state.zoneId === null ? t('zone.none') : fixationZoneWords(names.atlas, state.zoneId, locale);
  return t(state.end === 'entry' ? 'fixation.entryEnd' : 'fixation.farEnd', { zone });
}

/** A lot as the line gives it: its number and its expiry, written as the language writes a day. */
function lotWords(lot: LotInfo | null, locale: Locale, t: Translator<DiffTextKey>): string {
  const number = lot?.number.trim() ?? '';
  const expiry = lot?.expiry.trim() ? formatDay(locale, lot.expiry.trim()) : '';
  if (number && expiry) return t('lot.both', { number, expiry });
  if (number) return t('lot.number', { number });
  if (expiry) return t('lot.expiry', { expiry });
  return t('lot.none');
}

/** One change in `locale`: "depth 1.5 mm → 4.5 mm", «глубина 1,5 мм → 4,5 мм». */
export function describeChange(change: ThreadChangeDetail, locale: Locale, names: DiffNames): string {
  const t = diffTextTranslator(locale);
  const catalogue = names.catalogue ?? THREAD_CATALOGUE;
  switch (change.kind) {
    case 'side':
      return t('change.side', { side: t(`sideTo.${change.to}`) });
    case 'type':
      return t('change.type', { from: threadTypeNameById(catalogue, change.from, locale), to: threadTypeNameById(catalogue, change.to, locale) });
    case 'entry':
      return t('change.entry');
    case 'path': {
      const parts: string[] = [];
      if (change.start) parts.push(t('path.start', { shift: describeShift(change.start, locale) }));
      if (change.end) parts.push(t('path.end', { shift: describeShift(change.end, locale) }));
      if (change.points) parts.push(t('path.reshaped', { from: change.points.from, to: change.points.to }));
      if (change.lengthMm) parts.push(t('path.length', { from: change.lengthMm.from, to: change.lengthMm.to }));
      return t('change.path', { parts: parts.join(t('partSeparator')) });
    }
    case 'depth':
      return t('change.depth', { from: depthWords(change.from, t), to: depthWords(change.to, t) });
    case 'barbs': {
      const words = (b: typeof change.from): string => (b === null ? t('barbs.none') : t('barbs.span', { start: hundredths(b.startMm), end: hundredths(b.endMm) }));
      return t('change.barbs', { from: words(change.from), to: words(change.to) });
    }
    case 'fixation':
      return t('change.fixation', { from: fixationWords(change.from, names, locale, t), to: fixationWords(change.to, names, locale, t) });
    case 'tension':
      return t('change.tension', { from: hundredths(change.from), to: hundredths(change.to) });
    case 'lot':
      return t('change.lot', { from: lotWords(change.from, locale, t), to: lotWords(change.to, locale, t) });
    case 'notes':
      return t('change.notes');
  }
}

/**
 * The design a comparison leads to, for naming a thread by its number there: the library case's
 * corrected design (compare view), or the trainee's own plan (exercise summary).
 */
export type DiffTarget = 'corrected' | 'yours';

/** What a changed thread's line needs: its numbers, side, how it was matched, and its changes. */
export interface ThreadLineInput {
  /** Its number in the design the change leads to. */
  readonly number: number;
  /** Its number in the design the change starts from: the number the line names it by. */
  readonly beforeNumber: number;
  readonly matchedBy: 'id' | 'geometry';
  readonly side: 'left' | 'right';
  readonly changes: readonly ThreadChangeDetail[];
}

/**
 * Which design's numbers the lines use, for the note above them (see en.ts `thread`): every line
 * names a thread by its number in the design the change starts from, as the resolved findings
 * (that design's findings) do.
 */
export function describeNumbering(locale: Locale, target: DiffTarget = 'corrected'): string {
  return diffTextTranslator(locale)(`numbering.${target}`);
}

/**
 * A changed thread in one line, named by its number before the change; its number after it is
 * added when it differs: "Thread 2 (patient's left): depth 1.5 mm → 4.5 mm",
 * "Thread 5 (patient's right; thread 1 in the corrected design): ...".
 */
export function describeThreadMoved(m: ThreadLineInput, locale: Locale, names: DiffNames, target: DiffTarget = 'corrected'): string {
  const t = diffTextTranslator(locale);
  const params: MessageParams = { number: m.beforeNumber, side: t(`side.${m.side}`), now: m.number };
  const head = t(m.number === m.beforeNumber ? 'thread' : `threadRenumbered.${target}`, params);
  return t('line', { head, changes: m.changes.map((c) => describeChange(c, locale, names)).join(t('changeSeparator')) });
}

/** A thread only the design after the change has, by its number there: "Thread 2 of the corrected design (patient's right)". */
export function describeThreadAdded(r: { readonly number: number; readonly side: 'left' | 'right' }, locale: Locale, target: DiffTarget = 'corrected'): string {
  const t = diffTextTranslator(locale);
  return t(`threadAdded.${target}`, { number: r.number, side: t(`side.${r.side}`) });
}

/** A thread only the design before the change has, by its number there: "Thread 3 (patient's right)". */
export function describeThreadRemoved(r: { readonly number: number; readonly side: 'left' | 'right' }, locale: Locale): string {
  const t = diffTextTranslator(locale);
  return t('threadRemoved', { number: r.number, side: t(`side.${r.side}`) });
}

/** A moved entry point: "Entry point A: moved 5 mm outward"; without the name when `named` is false. */
export function describeEntryMoved(m: { readonly label: string; readonly shift: Shift }, locale: Locale, named = true): string {
  const t = diffTextTranslator(locale);
  const shift = describeShift(m.shift, locale);
  return named ? t('entry', { label: m.label, shift }) : t('entryShift', { shift });
}
