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
};

const KO: CasesWords = {
  noCases: (dir) => `${dir}에 교육 사례가 없습니다`,
  count: (n, dir) => `${dir}의 교육 사례 ${n}건`,
  idHeader: 'ID',
  areaHeader: '부위',
  titleHeader: '제목',
  rules: '규칙',
  area: { midface: '중안면부', jawline: '턱선', brow: '눈썹', neck: '목', combined: '복합 부위' },
  footer: '각 사례 폴더에는 case.json, poor.vlift, corrected.vlift가 있습니다. 설계를 확인하려면',
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
};

export const CASES_WORDS: Readonly<Record<Locale, CasesWords>> = { en: EN, ko: KO, ru: RU };
