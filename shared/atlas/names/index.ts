import { languageTables } from '../../i18n/language-tables';
import type { Locale } from '../../i18n/locale';
import { STRUCTURE_NAMES_EN } from './en';
import type { StructureNameTable } from './keys';

/**
 * Names of the atlas's structures (regions, muscles, danger zones, fixation zones, ligaments,
 * landmarks) in each language, looked up by atlas id: the one place the canvas, the inspector,
 * the snap label, the PDF and the CLI take a structure's name from. The English table is also
 * where the atlas data gets its `name` (so English is written once). Korean and Russian load with
 * their language (shared/i18n/language-tables.ts).
 */

export type * from './keys';

export type StructureCategory = Exclude<keyof StructureNameTable, 'sideSuffix'>;

export const STRUCTURE_CATEGORIES: readonly StructureCategory[] = ['region', 'muscle', 'dangerZone', 'fixationZone', 'ligament', 'landmark'];

/** Which table a side-less key is in. Keys are unique across the tables (tests/unit/shared/atlas/structure-names.test.ts). */
const CATEGORY_OF: ReadonlyMap<string, StructureCategory> = new Map(
  STRUCTURE_CATEGORIES.flatMap((category) => Object.keys(STRUCTURE_NAMES_EN[category]).map((key) => [key, category] as const)),
);

/** 'malar-left' -> { key: 'malar', side: 'left' }; 'chin' -> { key: 'chin', side: null }. */
export function splitStructureId(id: string): { readonly key: string; readonly side: 'left' | 'right' | null } {
  const m = /^(.*)-(left|right)$/.exec(id);
  return m ? { key: m[1]!, side: m[2] as 'left' | 'right' } : { key: id, side: null };
}

/** The table entry for a side-less key, or undefined when the atlas has no such structure. */
function lookup(key: string, locale: Locale): string | undefined {
  const category = CATEGORY_OF.get(key);
  if (category === undefined) return undefined;
  return (structureNameTable(locale)[category] as Readonly<Record<string, string>>)[key];
}

/**
 * A structure's name in `locale`, with its side: structureName('malar-left', 'ru') is
 * "Скуловое возвышение (слева)", structureName('chin', 'ko') is "턱끝". An id the tables do not
 * have (a structure of another atlas) gives `fallback`, else the id itself, never an exception.
 */
export function structureName(id: string, locale: Locale, fallback?: string): string {
  const { key, side } = splitStructureId(id);
  const name = lookup(key, locale);
  if (name === undefined) return fallback ?? id;
  return side === null ? name : `${name}${structureNameTable(locale).sideSuffix[side]}`;
}

/**
 * A structure's name without its side ("Скуловое возвышение"), for a table that has a side
 * column of its own or a label drawn on its side of the face. Unknown ids as structureName.
 */
export function structureBaseName(id: string, locale: Locale, fallback?: string): string {
  return lookup(splitStructureId(id).key, locale) ?? fallback ?? id;
}

/** The English name of a sided structure, as the atlas data stores it: "Temple (left)". */
export function englishSidedName<C extends StructureCategory>(category: C, key: keyof StructureNameTable[C] & string, side: 'left' | 'right' | 'midline'): string {
  const name = (STRUCTURE_NAMES_EN[category] as Readonly<Record<string, string>>)[key]!;
  return side === 'midline' ? name : `${name}${STRUCTURE_NAMES_EN.sideSuffix[side]}`;
}

/** The name table of one language. */
export const structureNameTable = (locale: Locale): StructureNameTable => (locale === 'en' ? STRUCTURE_NAMES_EN : languageTables(locale).structureNames);
