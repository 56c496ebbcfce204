/**
 * Writing an IPC refusal in a language: the one place, for main's log (English), the error the
 * page receives (the interface language, electron/ipc.ts) and the browser bridge. A refusal is
 * data (IpcRefusalText); Validated carries it next to its English (`error`).
 */
import type { Dictionary } from '../../i18n/dictionary';
import { languageTables } from '../../i18n/language-tables';
import type { Locale } from '../../i18n/locale';
import { renderMessage, type MessageParams } from '../../i18n/message';
import { IPC_REFUSAL_EN, type IpcRefusalKey } from './en';

export type { IpcRefusalKey };

/** The refusals' templates in `locale`: English built in, Korean and Russian once loaded (shared/i18n/language-tables.ts). */
export const ipcRefusalTable = (locale: Locale): Dictionary<IpcRefusalKey> => (locale === 'en' ? IPC_REFUSAL_EN : languageTables(locale).ipcRefusals);

export interface IpcRefusalText {
  readonly key: IpcRefusalKey;
  /** Field and file names, lists of them and numbers: the same in every language. */
  readonly params?: MessageParams;
  /** Which request (a `request.*` key), written in the language. */
  readonly request?: IpcRefusalKey;
  /** The refusal of a part of the request, written in the same language. */
  readonly problem?: IpcRefusalText;
}

export function renderIpcRefusal(text: IpcRefusalText, locale: Locale): string {
  const table = ipcRefusalTable(locale);
  const params: Record<string, string | number> = { ...text.params };
  if (text.request) params.request = table[text.request];
  if (text.problem) params.problem = renderIpcRefusal(text.problem, locale);
  return renderMessage(locale, table[text.key], params);
}
