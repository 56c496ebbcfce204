import { describe, expect, it } from 'vitest';
import {
  MAX_EXPORT_BYTES,
  MAX_TITLE_LENGTH,
  genuineBytes,
  isMenuCommand,
  validateCloseAnswer,
  validateDocumentState,
  validateExportRequest,
  validatePreferencesPatch,
  validateRecentFileId,
  validateSaveRequest,
  validateTrainingCaseSaveRequest,
} from '../../../shared/ipc/validate';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';
import { ipcRefusalTable, renderIpcRefusal, type IpcRefusalText } from '../../../shared/ipc/refusal-text';
import { IPC_REFUSAL_EN, type IpcRefusalKey } from '../../../shared/ipc/refusal-text/en';
import { CASE_FOLDER_FILES } from '../../../shared/training/case-files';

/**
 * What each IPC validator says when it refuses: main logs it and the page shows it, so the
 * message names the request and the field. Each refusal here is exact, and each limit is
 * checked on both sides. A refusal is data (`text`, shared/ipc/refusal-text) and `error` is its
 * English; the last test writes every one of them in Korean and Russian.
 */

const ID = 'a'.repeat(32);
/** Every refusal this file provokes, collected for the Korean and Russian check at the end. */
const seen: IpcRefusalText[] = [];
/** A refusal with exactly this English; its text is kept for the language check. */
const refused = (error: string) => ({
  ok: false,
  error,
  text: expect.toSatisfy((text: IpcRefusalText) => {
    seen.push(text);
    return renderIpcRefusal(text, 'en') === error;
  }),
});

describe('IPC refusals name the request and the field', () => {
  it('save requests', () => {
    const good = { documentId: ID, suggestedName: 'plan.vlift', text: '{}' };
    expect(validateSaveRequest(good)).toEqual({ ok: true, value: good });
    expect(validateSaveRequest({ ...good, documentId: null })).toEqual({ ok: true, value: { ...good, documentId: null } });
    expect(validateSaveRequest('x')).toEqual(refused('save request must be an object'));
    expect(validateSaveRequest(Object.create({ documentId: ID }))).toEqual(refused('save request must be an object'));
    expect(validateSaveRequest(undefined)).toEqual(refused('save request must be an object'));
    expect(validateSaveRequest({ ...good, path: '/etc' })).toEqual(refused('save request has unexpected field(s): path'));
    expect(validateSaveRequest({ ...good, path: '/etc', mode: 1 })).toEqual(refused('save request has unexpected field(s): path, mode'));
    expect(validateSaveRequest({ ...good, documentId: '/etc/passwd' })).toEqual(refused('save request documentId must be an id the app issued, not a path'));
    expect(validateSaveRequest({ ...good, suggestedName: 3 })).toEqual(refused('save request suggestedName must be a string'));
    expect(validateSaveRequest({ ...good, suggestedName: 'x'.repeat(MAX_TITLE_LENGTH) }).ok).toBe(true);
    expect(validateSaveRequest({ ...good, suggestedName: 'x'.repeat(MAX_TITLE_LENGTH + 1) })).toEqual(
      refused(`save request suggestedName is longer than ${MAX_TITLE_LENGTH} characters`),
    );
    expect(validateSaveRequest({ ...good, text: 5 })).toEqual(refused('save request plan text must be a string'));
    expect(validateSaveRequest({ ...good, text: 'x'.repeat(MAX_PLAN_FILE_BYTES + 1) })).toEqual(refused(`save request plan text is larger than ${MAX_PLAN_FILE_BYTES} bytes`));
  });

  it('a getter that throws is a refusal that says the payload is not plain data', () => {
    const hostile = { documentId: null, suggestedName: 'a', get text(): string { throw new Error('boom'); } };
    expect(validateSaveRequest(hostile)).toEqual(refused('save request could not be read: it is not plain data'));
  });

  it('recent file ids', () => {
    expect(validateRecentFileId(ID)).toEqual({ ok: true, value: ID });
    expect(validateRecentFileId('A'.repeat(32))).toEqual(refused('recent file id must be an id the app issued, not a path'));
    expect(validateRecentFileId(ID + '0')).toEqual(refused('recent file id must be an id the app issued, not a path'));
    expect(validateRecentFileId([ID])).toEqual(refused('recent file id must be an id the app issued, not a path'));
    expect(validateRecentFileId(7)).toEqual(refused('recent file id must be an id the app issued, not a path'));
  });

  it('export requests, up to the size cap', () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(validateExportRequest({ suggestedName: 'a.pdf', bytes })).toEqual({ ok: true, value: { suggestedName: 'a.pdf', bytes } });
    expect(validateExportRequest(null)).toEqual(refused('export request must be an object'));
    expect(validateExportRequest({ suggestedName: 'a.pdf', bytes, path: '/x' })).toEqual(refused('export request has unexpected field(s): path'));
    expect(validateExportRequest({ suggestedName: null, bytes })).toEqual(refused('export request suggestedName must be a string'));
    expect(validateExportRequest({ suggestedName: 'a.pdf', bytes: [1, 2] })).toEqual(refused('export request bytes must be a Uint8Array'));
    expect(validateExportRequest({ suggestedName: 'a.pdf', bytes: new Uint8Array(0) })).toEqual(refused('export request bytes are empty'));
    // A view whose byteLength claims the cap, without allocating 50 MB: the check reads byteLength.
    const atCap = new Uint8Array(new ArrayBuffer(MAX_EXPORT_BYTES));
    expect(validateExportRequest({ suggestedName: 'a.pdf', bytes: atCap }).ok).toBe(true);
    const over = new Uint8Array(new ArrayBuffer(MAX_EXPORT_BYTES + 1));
    expect(validateExportRequest({ suggestedName: 'a.pdf', bytes: over })).toEqual(refused(`export is larger than ${MAX_EXPORT_BYTES} bytes`));
  });

  it('only a genuine Uint8Array counts as bytes', () => {
    const real = new Uint8Array(2);
    expect(genuineBytes(real)).toBe(real);
    expect(genuineBytes(new Uint16Array(2))).toBeNull();
    expect(genuineBytes(new DataView(new ArrayBuffer(2)))).toBeNull();
    expect(genuineBytes(Object.create(real))).toBeNull();
    expect(genuineBytes([1, 2])).toBeNull();
  });

  it('training case requests', () => {
    const files = CASE_FOLDER_FILES.map((name) => ({ name, text: '{}' }));
    expect(validateTrainingCaseSaveRequest({ folderName: 'midface-case', files })).toEqual({ ok: true, value: { folderName: 'midface-case', files } });
    expect(validateTrainingCaseSaveRequest([])).toEqual(refused('training case request must be an object'));
    expect(validateTrainingCaseSaveRequest({ folderName: 'a', files, x: 1 })).toEqual(refused('training case request has unexpected field(s): x'));
    expect(validateTrainingCaseSaveRequest({ folderName: 'a', files: [...files, files[0]] })).toEqual(refused(`training case files must be a list of exactly ${CASE_FOLDER_FILES.length} files`));
    expect(validateTrainingCaseSaveRequest({ folderName: 'a', files: [null, ...files.slice(1)] })).toEqual(refused('each training case file must be an object'));
    expect(validateTrainingCaseSaveRequest({ folderName: 'a', files: [{ ...files[0], mode: 1 }, ...files.slice(1)] })).toEqual(refused('training case file has unexpected field(s): mode'));
    expect(validateTrainingCaseSaveRequest({ folderName: 'a', files: [{ name: 7, text: '{}' }, ...files.slice(1)] })).toEqual(refused(`training case file name must be one of ${CASE_FOLDER_FILES.join(', ')}`));
    expect(validateTrainingCaseSaveRequest({ folderName: 'a', files: [files[0], files[0], files[2]] })).toEqual(refused(`training case file ${files[0]!.name} is given twice`));
    expect(validateTrainingCaseSaveRequest({ folderName: 'a', files: [{ name: files[0]!.name, text: 1 }, ...files.slice(1)] })).toEqual(
      refused(`training case file ${files[0]!.name}: plan text must be a string`),
    );
  });

  it('document state', () => {
    expect(validateDocumentState({ title: 'Plan - VectorLift', dirty: true })).toEqual({ ok: true, value: { title: 'Plan - VectorLift', dirty: true } });
    expect(validateDocumentState('x')).toEqual(refused('document state must be an object'));
    expect(validateDocumentState({ title: 't', dirty: false, icon: 'x' })).toEqual(refused('document state has unexpected field(s): icon'));
    expect(validateDocumentState({ title: 'x'.repeat(MAX_TITLE_LENGTH + 1), dirty: false })).toEqual(refused(`document state title is longer than ${MAX_TITLE_LENGTH} characters`));
    expect(validateDocumentState({ title: 't', dirty: 'yes' })).toEqual(refused('document state dirty must be a boolean'));
  });

  it('close answers and preference patches', () => {
    expect(validateCloseAnswer(false)).toEqual({ ok: true, value: false });
    expect(validateCloseAnswer('yes')).toEqual(refused('close answer must be a boolean'));
    expect(validatePreferencesPatch({ theme: 'dark' })).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(validatePreferencesPatch([])).toEqual(refused('preferences patch must be an object'));
    expect(validatePreferencesPatch({ theme: 'x', nope: 1 })).toEqual(refused("preferences patch: theme must be 'light', 'dark' or 'system'; unknown preference 'nope'"));
  });

  it('menu commands are the listed strings only', () => {
    expect(isMenuCommand('file.save')).toBe(true);
    expect(isMenuCommand('view.toggleLayer.muscles')).toBe(true);
    expect(isMenuCommand('file.format')).toBe(false);
    expect(isMenuCommand(['file.save'])).toBe(false);
  });

  it('are written in Korean and Russian for the page, with the same field names and numbers', () => {
    expect(seen.length).toBeGreaterThan(25);
    // English words that would only be left by a refusal not translated.
    const ENGLISH = /\b(must|request|field|string|object|longer|larger|list|exactly|given|twice|could|argument|empty|boolean)\b/i;
    for (const text of seen) {
      const en = renderIpcRefusal(text, 'en');
      for (const locale of ['ko', 'ru'] as const) {
        const written = renderIpcRefusal(text, locale);
        expect(written, `${locale}: ${en}`).not.toBe(en);
        expect(written, `${locale}: ${en}`).not.toMatch(/\{\w+\}/);
        // Field names (documentId, folderName ...), file names and Uint8Array stay as they are.
        expect(written.replace(/\b[a-z]+[A-Z]\w*|Uint8Array|\b(bytes|files|dirty|title|path|mode|icon|x)\b|[\w-]+\.(vlift|json)/g, ''), `${locale}: ${written}`).not.toMatch(ENGLISH);
        for (const value of Object.values(text.params ?? {})) if (text.key !== 'preferences') expect(written, `${locale}: ${en}`).toContain(String(value));
      }
    }
    // The tables have the same keys and each translation the English placeholders (the
    // preferences' field checks aside: Korean and Russian say the patch was refused without them).
    const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(IPC_REFUSAL_EN) as IpcRefusalKey[]) {
      for (const locale of ['ko', 'ru'] as const) {
        expect(names(ipcRefusalTable(locale)[key]), `${locale} ${key}`).toEqual(key === 'preferences' ? [] : names(IPC_REFUSAL_EN[key]));
      }
    }
    expect(renderIpcRefusal({ key: 'inRequest', request: 'request.save', problem: { key: 'notAnId', params: { field: 'documentId' } } }, 'ru')).toBe(
      'запрос на сохранение: documentId должен быть идентификатором, выданным приложением, а не путём',
    );
  });
});
