/**
 * The native menu's labels in each interface language, as tables main.ts passes to
 * buildMenuTemplate (menu.ts stays a pure function of its input). English is strings.ts's
 * MENU_TEXT and LAYER_LABELS; Korean and Russian are typed on the same keys, so a label missing
 * from a translation fails the type check. '&' marks the mnemonic on Windows/Linux: Russian
 * menus take a Cyrillic letter (&Файл), Korean ones the Latin letter in brackets after the word
 * (파일(&F)), as Korean Windows programs do.
 */
import { localeFromSystem, localeOfTag, type Locale } from '../shared/i18n/locale';
import type { OverlayLayerId } from '../shared/scene/types';
import { LAYER_LABELS, MENU_TEXT } from './strings';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export interface MenuLabels {
  readonly menu: Widen<typeof MENU_TEXT>;
  readonly layers: Readonly<Record<OverlayLayerId, string>>;
}

const KO: MenuLabels = {
  menu: {
    file: '파일(&F)',
    new: '새 계획(&N)',
    open: '열기(&O)…',
    openRecent: '최근 파일(&R)',
    noRecent: '최근 계획 없음',
    clearRecent: '목록 지우기(&C)',
    save: '저장(&S)',
    saveAs: '다른 이름으로 저장(&A)…',
    exportPdf: 'PDF 내보내기(&E)…',
    close: '닫기(&C)',
    quit: '끝내기(&Q)',
    edit: '편집(&E)',
    undo: '실행 취소(&U)',
    redo: '다시 실행(&R)',
    cut: '잘라내기(&T)',
    copy: '복사(&C)',
    paste: '붙여넣기(&P)',
    delete: '삭제(&D)',
    selectAll: '모두 선택(&A)',
    mirror: '반대쪽으로 대칭 복사(&M)',
    view: '보기(&V)',
    layers: '오버레이 레이어',
    faceView: '얼굴 방향(&F)',
    faceViews: {
      frontal: '정면(&F)',
      'left-oblique': '왼쪽 45° 사면(&L)',
      'right-oblique': '오른쪽 45° 사면(&R)',
      'left-profile': '왼쪽 측면(&E)',
      'right-profile': '오른쪽 측면(&I)',
    },
    faceTurnRight: '환자 오른쪽으로 돌리기  ( , )',
    faceTurnLeft: '환자 왼쪽으로 돌리기  ( . )',
    zoomIn: '확대(&I)',
    zoomOut: '축소(&O)',
    zoomFit: '창에 맞추기(&F)',
    zoom100: '실제 크기(&S) (100%)',
    theme: '테마(&T)',
    themeLight: '밝게(&L)',
    themeDark: '어둡게(&D)',
    themeSystem: '시스템 설정 따르기(&S)',
    fullScreen: '전체 화면 전환(&F)',
    devTools: '개발자 도구 전환(&D)',
    help: '도움말(&H)',
    shortcuts: '단축키(&K)',
    about: 'VectorLift 정보(&A)',
  },
  layers: {
    regions: '얼굴 부위',
    muscles: '근육과 당기는 방향',
    'danger-zones': '위험 부위',
    fixation: '인대와 고정 부위',
    'fixed-mobile-line': '고정부/가동부 경계선',
    tissue: '조직 시뮬레이션 지도',
  },
};

const RU: MenuLabels = {
  menu: {
    file: '&Файл',
    new: '&Новый план',
    open: '&Открыть…',
    openRecent: '&Недавние',
    noRecent: 'Нет недавних планов',
    clearRecent: '&Очистить список',
    save: '&Сохранить',
    saveAs: 'Сохранить &как…',
    exportPdf: '&Экспорт в PDF…',
    close: '&Закрыть',
    quit: '&Выход',
    edit: '&Правка',
    undo: '&Отменить',
    redo: '&Повторить',
    cut: '&Вырезать',
    copy: '&Копировать',
    paste: 'Вст&авить',
    delete: '&Удалить',
    selectAll: 'Выделить &всё',
    mirror: '&Отразить на другую сторону',
    view: '&Вид',
    layers: 'Слои',
    faceView: '&Ракурс лица',
    faceViews: {
      frontal: '&Анфас',
      'left-oblique': '&Левый полупрофиль (45°)',
      'right-oblique': '&Правый полупрофиль (45°)',
      'left-profile': 'Л&евый профиль',
      'right-profile': 'П&равый профиль',
    },
    faceTurnRight: 'Повернуть вправо от пациента  ( , )',
    faceTurnLeft: 'Повернуть влево от пациента  ( . )',
    zoomIn: '&Увеличить',
    zoomOut: '&Уменьшить',
    zoomFit: '&По размеру окна',
    zoom100: '&Реальный размер (100%)',
    theme: '&Тема',
    themeLight: '&Светлая',
    themeDark: '&Тёмная',
    themeSystem: 'Как в &системе',
    fullScreen: '&Полноэкранный режим',
    devTools: '&Инструменты разработчика',
    help: '&Справка',
    shortcuts: '&Сочетания клавиш',
    about: '&О программе VectorLift',
  },
  layers: {
    regions: 'Области лица',
    muscles: 'Мышцы и направление их тяги',
    'danger-zones': 'Опасные зоны',
    fixation: 'Связки и зоны фиксации',
    'fixed-mobile-line': 'Граница фиксированной и подвижной частей',
    tissue: 'Смоделированная карта тканей',
  },
};

export const MENU_LABELS: Readonly<Record<Locale, MenuLabels>> = { en: { menu: MENU_TEXT, layers: LAYER_LABELS }, ko: KO, ru: RU };

/**
 * The language the menu is in: the interface's (the stored preference: 'system' or a tag),
 * resolved the way the page resolves it (renderer/i18n resolveLanguage), from the system's
 * preferred languages (Electron's app.getPreferredSystemLanguages()).
 */
export function menuLocale(preference: string, systemLanguages: readonly string[]): Locale {
  return preference === 'system' ? localeFromSystem(systemLanguages) : (localeOfTag(preference) ?? 'en');
}
