import { pluralCategory } from '../shared/i18n/format';
import type { Locale } from '../shared/i18n/locale';
import type { CaseArea } from '../shared/training/types';

/**
 * The words `vectorlift cases` prints around the case list, per --lang. English is what the
 * command always printed (scripts read it). The areas are named as the app's training browser
 * names them (renderer/i18n: training.area.*). Case ids, rule ids and paths stay as they are.
 */
export interface CasesWords {
  noCases(dir: string): string;
  count(n: number, dir: string): string;
  readonly idHeader: string;
  readonly areaHeader: string;
  readonly titleHeader: string;
  readonly rules: string;
  readonly area: Readonly<Record<CaseArea, string>>;
  /** The closing lines: what a case folder holds, and how to check its poor design. */
  readonly footer: string;
  /** Why a case could not be loaded (case-library.ts); the file's own refusals come from shared/plan/error-text. */
  unreadableFolder(code: string): string;
  tooLarge(bytes: number): string;
  unreadable(reason: string): string;
  readonly noSuchFile: string;
  idNotFolder(id: string, folder: string): string;
  designNotFile(key: string, file: string): string;
  designMissing(key: string, file: string): string;
}

const EN: CasesWords = {
  noCases: (dir) => `No training cases in ${dir}`,
  count: (n, dir) => `${n} training case${n === 1 ? '' : 's'} in ${dir}`,
  idHeader: 'ID',
  areaHeader: 'AREA',
  titleHeader: 'TITLE',
  rules: 'rules',
  area: { midface: 'midface', jawline: 'jawline', brow: 'brow', neck: 'neck', combined: 'combined' },
  footer: 'Each case folder holds case.json, poor.vlift and corrected.vlift. Check a design with',
  unreadableFolder: (code) => `cannot read the case library folder (${code})`,
  tooLarge: (bytes) => `too large for a case file (${bytes} bytes)`,
  unreadable: (reason) => `cannot be read (${reason})`,
  noSuchFile: 'no such file',
  idNotFolder: (id, folder) => `the case id "${id}" does not match its folder name "${folder}"`,
  designNotFile: (key, file) => `"${key}" names ${file}, which is not a file`,
  designMissing: (key, file) => `"${key}" names ${file}, which is not in the case folder`,
};

const KO: CasesWords = {
  noCases: (dir) => `${dir}에 교육 증례가 없습니다`,
  count: (n, dir) => `${dir}의 교육 증례 ${n}건`,
  idHeader: 'ID',
  areaHeader: '부위',
  titleHeader: '제목',
  rules: '규칙',
  area: { midface: '중안면부', jawline: '턱선', brow: '눈썹', neck: '목', combined: '복합 부위' },
  footer: '각 증례 폴더에는 case.json, poor.vlift, corrected.vlift가 있습니다. 설계를 확인하려면',
  unreadableFolder: (code) => `증례 라이브러리 폴더를 읽을 수 없습니다 (${code})`,
  tooLarge: (bytes) => `증례 파일로는 너무 큽니다 (${bytes}바이트)`,
  unreadable: (reason) => `읽을 수 없습니다 (${reason})`,
  noSuchFile: '파일이 없음',
  idNotFolder: (id, folder) => `증례 ID "${id}"가 폴더 이름 "${folder}"와 다릅니다`,
  designNotFile: (key, file) => `"${key}"가 가리키는 ${file}은(는) 파일이 아닙니다`,
  designMissing: (key, file) => `"${key}"가 가리키는 ${file}이(가) 증례 폴더에 없습니다`,
};

const RU: CasesWords = {
  noCases: (dir) => `В ${dir} нет учебных случаев`,
  count: (n, dir) => {
    const c = pluralCategory('ru', n);
    return `${n} ${c === 'one' ? 'учебный случай' : c === 'few' ? 'учебных случая' : 'учебных случаев'} в ${dir}`;
  },
  idHeader: 'ID',
  areaHeader: 'ЗОНА',
  titleHeader: 'НАЗВАНИЕ',
  rules: 'правила',
  area: { midface: 'Средняя треть лица', jawline: 'Линия нижней челюсти', brow: 'Брови', neck: 'Шея', combined: 'Несколько зон' },
  footer: 'В папке каждого случая лежат case.json, poor.vlift и corrected.vlift. Проверить схему:',
  unreadableFolder: (code) => `не удалось прочитать папку библиотеки случаев (${code})`,
  tooLarge: (bytes) => `слишком велик для файла случая (${bytes} байт)`,
  unreadable: (reason) => `не удалось прочитать (${reason})`,
  noSuchFile: 'файла нет',
  idNotFolder: (id, folder) => `идентификатор случая "${id}" не совпадает с именем его папки "${folder}"`,
  designNotFile: (key, file) => `"${key}" называет ${file}, но это не файл`,
  designMissing: (key, file) => `"${key}" называет ${file}, но его нет в папке случая`,
};

export const CASES_WORDS: Readonly<Record<Locale, CasesWords>> = { en: EN, ko: KO, ru: RU };
