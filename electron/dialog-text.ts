/**
 * The main process's dialogs and error messages in each interface language, as tables main.ts
 * hands to the file service, the training-case saver and the IPC layer, the way it hands the
 * menu its labels (menu-labels.ts). English is strings.ts's DIALOG_TEXT and ERROR_TEXT; Korean
 * and Russian are typed on the same keys with the same parameters, so a missing text fails the
 * type check.
 */
import type { Locale } from '../shared/i18n/locale';
import { APP_NAME, DIALOG_TEXT, ERROR_TEXT } from './strings';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] };

export interface DialogTexts {
  readonly dialog: Widen<typeof DIALOG_TEXT>;
  readonly error: Widen<typeof ERROR_TEXT>;
}

const KO: DialogTexts = {
  dialog: {
    planFilter: 'VectorLift 계획',
    pdfFilter: 'PDF 문서',
    openTitle: '계획 열기',
    saveTitle: '계획 저장',
    exportTitle: 'PDF 보고서 내보내기',
    saveCaseTitle: '교육 증례를 넣을 폴더 선택',
    saveCaseButton: '여기에 증례 저장',
    aboutTitle: `${APP_NAME} 정보`,
    okButton: '확인',
    aboutDetail: (version) =>
      `버전 ${version}\n\n실 리프팅 시술 계획 보조 도구입니다. 계획은 이 컴퓨터에만 저장되며, ` +
      '앱은 네트워크에 연결하지 않습니다.\n\n경고는 임상적 판단을 돕는 것이며 대신하지 않습니다.',
    startFailedTitle: `${APP_NAME}을(를) 시작할 수 없습니다`,
    startFailedMessage: (detail) =>
      `앱을 시작하는 데 필요한 파일이 없거나 손상되었습니다. ${APP_NAME}을(를) 다시 설치하면 ` +
      `(개발용 사본에서는 "npm run build"를 실행하면) 해결됩니다.\n\n자세한 내용: ${detail}`,
    rendererCrashTitle: `${APP_NAME}이(가) 작동을 멈췄습니다`,
    rendererCrashMessage:
      '편집기가 연속으로 여러 번 예기치 않게 멈췄습니다. 마지막 변경 내용은 복구 사본에 보관되어 있으며 ' +
      `다음에 ${APP_NAME}을(를) 시작할 때 제시됩니다.`,
  },
  error: {
    notInRecentList: '이 파일은 최근 파일 목록에 없습니다. 파일 > 열기…로 여십시오.',
    fileMissing: (name) => `${name}을(를) 찾을 수 없습니다. 옮겨졌거나 이름이 바뀌었거나 삭제되었을 수 있습니다.`,
    unknownSavePath: '이 계획은 그 위치에 저장된 적이 없습니다. 다른 이름으로 저장…으로 위치를 고르십시오.',
    caseFolderExists: (folder) =>
      `${folder}이(가) 이미 있고 비어 있지 않아 증례를 저장하지 않았습니다. 다른 폴더를 고르거나 증례 제목을 바꾸십시오.`,
    caseNotSaved: (folder, reason) => `교육 증례를 ${folder}에 저장할 수 없었습니다. 남은 파일은 없습니다. ${reason}`,
    untrustedSender: `요청을 거부했습니다: ${APP_NAME} 창에서 온 요청이 아닙니다.`,
    invalidPayload: (channel, reason) => `${channel} 요청을 거부했습니다: ${reason}.`,
  },
};

const RU: DialogTexts = {
  dialog: {
    planFilter: 'План VectorLift',
    pdfFilter: 'Документ PDF',
    openTitle: 'Открыть план',
    saveTitle: 'Сохранить план',
    exportTitle: 'Экспорт отчёта в PDF',
    saveCaseTitle: 'Выберите папку для учебного случая',
    saveCaseButton: 'Сохранить случай здесь',
    aboutTitle: `О программе ${APP_NAME}`,
    okButton: 'ОК',
    aboutDetail: (version) =>
      `Версия ${version}\n\nПомощник в планировании нитевого лифтинга. Планы остаются на этом компьютере; ` +
      'приложение не подключается к сети.\n\nПредупреждения помогают клиническому решению, но никогда его не заменяют.',
    startFailedTitle: `Не удалось запустить ${APP_NAME}`,
    startFailedMessage: (detail) =>
      `Нужная для запуска часть приложения отсутствует или повреждена. Переустановка ${APP_NAME} ` +
      `(или "npm run build" в копии для разработки) должна это исправить.\n\nПодробности: ${detail}`,
    rendererCrashTitle: `${APP_NAME} перестал работать`,
    rendererCrashMessage:
      'Редактор несколько раз подряд неожиданно останавливался. Последние изменения сохранены в ' +
      `копии для восстановления и будут предложены при следующем запуске ${APP_NAME}.`,
  },
  error: {
    notInRecentList: 'Этого файла нет в списке последних файлов. Откройте его через Файл > Открыть…',
    fileMissing: (name) => `Не удалось найти ${name}. Возможно, файл перемещён, переименован или удалён.`,
    unknownSavePath: 'Этот план ещё не сохранялся в это место. Выберите место через «Сохранить как…».',
    caseFolderExists: (folder) =>
      `Папка ${folder} уже существует и не пуста, поэтому случай туда не сохранён. Выберите другую папку или измените название случая.`,
    caseNotSaved: (folder, reason) => `Не удалось сохранить учебный случай в ${folder}; ничего не осталось. ${reason}`,
    untrustedSender: `Запрос отклонён: он пришёл не из окна ${APP_NAME}.`,
    invalidPayload: (channel, reason) => `Запрос ${channel} отклонён: ${reason}.`,
  },
};

export const DIALOG_TEXTS: Readonly<Record<Locale, DialogTexts>> = { en: { dialog: DIALOG_TEXT, error: ERROR_TEXT }, ko: KO, ru: RU };
