import * as realFs from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALOG_TEXTS } from '../../../electron/dialog-text';
import { createFileAccess } from '../../../electron/file-access';
import { createFileService, readPlanText, type DialogLike } from '../../../electron/files';
import { createPreferences, type KeyValueStore } from '../../../electron/preferences';
import { DIALOG_TEXT, ERROR_TEXT } from '../../../electron/strings';
import { createTrainingCaseSaver, type FolderDialogLike } from '../../../electron/training-case';
import type { Locale } from '../../../shared/i18n/locale';

/** The main process's dialogs and refusals in the interface language, with fakes for Electron. */

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return { get: (k) => structuredClone(data.get(k)), set: (k, v) => void data.set(k, structuredClone(v)) };
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vl-dialog-text-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file service whose language is `current.locale`, with an open dialog that returns `answer`. */
function service(current: { locale: Locale }, answer: string | null) {
  const asked: unknown[] = [];
  const dialog: DialogLike<'win'> = {
    showOpenDialog: async (_w, options) => {
      asked.push(options);
      return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
    },
    showSaveDialog: async (_w, options) => {
      asked.push(options);
      return { canceled: true };
    },
  };
  const preferences = createPreferences(memoryStore());
  const files = createFileService({
    dialog, fs: realFs, preferences, access: createFileAccess<'win'>(preferences), defaultDirectory: dir,
    onRecentChanged: () => undefined, locale: () => current.locale,
  });
  return { files, asked };
}

describe('main process texts in the interface language', () => {
  it('has every dialog text and refusal in Korean and Russian, none left English', () => {
    for (const locale of ['ko', 'ru'] as const) {
      const { dialog, error } = DIALOG_TEXTS[locale];
      for (const key of Object.keys(DIALOG_TEXT) as (keyof typeof DIALOG_TEXT)[]) {
        const en = DIALOG_TEXT[key];
        const text = dialog[key];
        const [a, b] = typeof en === 'function' ? [(en as (s: string) => string)('X'), (text as (s: string) => string)('X')] : [en, text];
        if (key !== 'okButton') expect(b, `${locale} ${key}`).not.toBe(a);
        expect(b, `${locale} ${key}`).not.toMatch(/\b(the|and|plan|folder|could|not)\b/i);
      }
      for (const key of Object.keys(ERROR_TEXT) as (keyof typeof ERROR_TEXT)[]) {
        const en = ERROR_TEXT[key] as string | ((a: string, b: string) => string);
        const text = error[key] as typeof en;
        const [a, b] = typeof en === 'function' ? [en('X', 'Y'), (text as (a: string, b: string) => string)('X', 'Y')] : [en, text];
        expect(b, `${locale} ${key}`).not.toBe(a);
        if (typeof en === 'function') expect(b).toContain('X');
      }
    }
  });

  it('titles the open dialog and names its filter in the language, following a change of language', async () => {
    const current: { locale: Locale } = { locale: 'ru' };
    const { files, asked } = service(current, null);
    await files.openPlan('win');
    expect(asked[0]).toMatchObject({ title: 'Открыть план', filters: [{ name: 'План VectorLift', extensions: ['vlift'] }] });
    current.locale = 'ko';
    await files.openPlan('win');
    expect(asked[1]).toMatchObject({ title: '계획 열기', filters: [{ name: 'VectorLift 계획' }] });
    current.locale = 'en';
    await files.openPlan('win');
    expect(asked[2]).toMatchObject({ title: 'Open plan', filters: [{ name: 'VectorLift plan' }] });
  });

  it('refuses a plan file that is not UTF-8 in the language, at the same line and column as in English', async () => {
    const binary = path.join(dir, 'bin.vlift');
    await writeFile(binary, Buffer.from([0x7b, 0x0a, 0x20, 0xff]));
    await expect(readPlanText(realFs, binary)).rejects.toThrow('bin.vlift: is not UTF-8 text: byte 0xFF at offset 3 cannot start a character; save the plan as UTF-8 (line 2, column 2)');
    await expect(readPlanText(realFs, binary, 'ru')).rejects.toThrow(
      'bin.vlift: это не текст UTF-8: байт 0xFF по смещению 3 не может начинать символ; сохраните план в UTF-8 (строка 2, столбец 2)',
    );
    const { files } = service({ locale: 'ko' }, binary);
    await expect(files.openPlan('win')).rejects.toThrow('bin.vlift: UTF-8 텍스트가 아닙니다: 오프셋 3의 바이트 0xFF는 문자를 시작할 수 없습니다. 계획을 UTF-8로 저장하십시오 (2행 2열)');
  });

  it('refuses an unknown recent file in the language', async () => {
    const { files } = service({ locale: 'ru' }, null);
    await expect(files.openRecent('win', '0'.repeat(32))).rejects.toThrow(DIALOG_TEXTS.ru.error.notInRecentList);
    expect(DIALOG_TEXTS.ru.error.notInRecentList).toMatch(/Файл > Открыть/);
  });

  it('writes the training-case picker and its refusal in the language', async () => {
    const options: unknown[] = [];
    const dialog: FolderDialogLike<'win'> = {
      showOpenDialog: async (_w, o) => {
        options.push(o);
        return { canceled: false, filePaths: [dir] };
      },
    };
    const save = createTrainingCaseSaver({ dialog, fs: realFs, defaultDirectory: dir, locale: () => 'ru' });
    await writeFile(path.join(dir, 'brow-anchored-low'), 'not a folder');
    await expect(save('win', { folderName: 'brow-anchored-low', files: [] })).rejects.toThrow(/уже существует и не пуста/);
    expect(options[0]).toMatchObject({ title: 'Выберите папку для учебного случая', buttonLabel: 'Сохранить случай здесь' });
  });
});
