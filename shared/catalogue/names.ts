import type { Locale } from '../i18n/locale';
import { keepNumbersWithUnits, NO_BREAK_SPACE } from '../i18n/no-break';
import { THREAD_CATALOGUE } from './thread-types';
import type { ThreadType } from './types';

/**
 * Thread types' names per language. The built-in types are named in Korean and Russian below
 * (typed on their ids: a built-in type added without its names fails the type check); the
 * English is the catalogue's own `name`. A type the user adds keeps the name they gave it in
 * every language. Materials (PDO, PLLA, PCL) and gauges (19G) are written as on the packaging in
 * every language; terms: docs/glossary.md.
 */

export type BuiltInThreadTypeId =
  | 'pdo-mono-29g-38'
  | 'pdo-mono-27g-60'
  | 'pdo-screw-26g-60'
  | 'pdo-cog-uni-19g-100'
  | 'pdo-cog-bi-19g-100'
  | 'pdo-cog-bi-18g-150'
  | 'plla-cog-bi-19g-150'
  | 'pcl-cog-bi-19g-150'
  | 'plla-cone-8'
  | 'plla-cone-12'
  | 'plla-cone-16';

type NameTable = Readonly<Record<BuiltInThreadTypeId, string>>;

const KO: NameTable = {
  'pdo-mono-29g-38': 'PDO 모노실 29G 38 mm',
  'pdo-mono-27g-60': 'PDO 모노실 27G 60 mm',
  'pdo-screw-26g-60': 'PDO 스크류실 26G 60 mm',
  'pdo-cog-uni-19g-100': 'PDO 코그실, 단방향, 19G 100 mm',
  'pdo-cog-bi-19g-100': 'PDO 코그실, 양방향, 19G 100 mm',
  'pdo-cog-bi-18g-150': 'PDO 몰딩 코그실, 양방향, 18G 150 mm',
  'plla-cog-bi-19g-150': 'PLLA 코그실, 양방향, 19G 150 mm',
  'pcl-cog-bi-19g-150': 'PCL 코그실, 양방향, 19G 150 mm',
  'plla-cone-8': 'PLLA-PLGA 콘실, 콘 8개',
  'plla-cone-12': 'PLLA-PLGA 콘실, 콘 12개',
  'plla-cone-16': 'PLLA-PLGA 콘실, 콘 16개',
};

const RU: NameTable = {
  'pdo-mono-29g-38': 'PDO мононить 29G 38 мм',
  'pdo-mono-27g-60': 'PDO мононить 27G 60 мм',
  'pdo-screw-26g-60': 'PDO винтовая нить 26G 60 мм',
  'pdo-cog-uni-19g-100': 'PDO нить с насечками, однонаправленная, 19G 100 мм',
  'pdo-cog-bi-19g-100': 'PDO нить с насечками, двунаправленная, 19G 100 мм',
  'pdo-cog-bi-18g-150': 'PDO нить с литыми насечками, двунаправленная, 18G 150 мм',
  'plla-cog-bi-19g-150': 'PLLA нить с насечками, двунаправленная, 19G 150 мм',
  'pcl-cog-bi-19g-150': 'PCL нить с насечками, двунаправленная, 19G 150 мм',
  'plla-cone-8': 'PLLA-PLGA нить с конусами, 8 конусов',
  'plla-cone-12': 'PLLA-PLGA нить с конусами, 12 конусов',
  'plla-cone-16': 'PLLA-PLGA нить с конусами, 16 конусов',
};

const TABLES: Readonly<Record<Exclude<Locale, 'en'>, NameTable>> = { ko: KO, ru: RU };

/** Is `id` one of the built-in types (whose names we translate)? */
export const isBuiltInThreadTypeId = (id: string): id is BuiltInThreadTypeId => Object.prototype.hasOwnProperty.call(KO, id);

/** A number and the word it counts in a name: "8 cones", "12 конусов" (a unit is a word too). */
const COUNT_SPACE = /(?<=\d) (?=\p{L})/gu;

/**
 * The name as shown: a number never parted from its unit or from what it counts, and a gauge
 * never from its length ("19G 100 mm", "8 cones"), so the name cannot wrap between them in the
 * thread picker, the inspector, the presenter or the PDF. Done here, where every language's name
 * is given out, rather than in each table's strings; the stored name and the tables keep plain
 * spaces.
 */
function withNoBreaks(name: string): string {
  return keepNumbersWithUnits(name).replace(COUNT_SPACE, NO_BREAK_SPACE);
}

/** A thread type's name in `locale`: the built-in types translated, a user's type as they named it. */
export function threadTypeName(type: ThreadType, locale: Locale): string {
  return withNoBreaks(rawThreadTypeName(type, locale));
}

function rawThreadTypeName(type: ThreadType, locale: Locale): string {
  if (locale === 'en' || !isBuiltInThreadTypeId(type.id)) return type.name;
  // A user catalogue may reuse a built-in id with its own name: then the user's name stands.
  const builtIn = THREAD_CATALOGUE.find((t) => t.id === type.id);
  return builtIn && builtIn.name === type.name ? TABLES[locale][type.id] : type.name;
}

/** The name of the type `id` in `catalogue`, in `locale`; the id itself when the catalogue has no such type. */
export function threadTypeNameById(catalogue: readonly ThreadType[], id: string, locale: Locale): string {
  const type = catalogue.find((t) => t.id === id);
  return type ? threadTypeName(type, locale) : id;
}
