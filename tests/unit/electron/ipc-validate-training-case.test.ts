import { describe, expect, it } from 'vitest';
import { validateTrainingCaseSaveRequest } from '../../../shared/ipc/validate';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';

const files = () => [
  { name: 'case.json', text: '{"format":"vectorlift-case"}' },
  { name: 'poor.vlift', text: '{"poor":true}' },
  { name: 'corrected.vlift', text: '{"corrected":true}' },
];
const request = (patch: Record<string, unknown> = {}) => ({ folderName: 'midface-one-thread', files: files(), ...patch });
const refusal = (value: unknown): string => {
  const result = validateTrainingCaseSaveRequest(value);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('validateTrainingCaseSaveRequest', () => {
  it('accepts a case id and exactly the three case files, in any order', () => {
    expect(validateTrainingCaseSaveRequest(request())).toEqual({ ok: true, value: request() });
    const reversed = request({ files: files().reverse() });
    expect(validateTrainingCaseSaveRequest(reversed)).toEqual({ ok: true, value: reversed });
  });

  it('refuses folder names that are not a safe case id', () => {
    for (const folderName of ['', '..', '../up', 'a/b', 'a\\b', '/abs', 'Has-Capitals', 'two  words', '-lead', 'trail-', 'a--b', '.hidden', 'nul\0', 'x'.repeat(65), 42, null]) {
      expect(refusal(request({ folderName })), String(folderName)).toMatch(/folderName must be a case id/);
    }
    expect(validateTrainingCaseSaveRequest(request({ folderName: 'x'.repeat(64) })).ok).toBe(true);
  });

  it('refuses any other file name, a missing or repeated file, and extra files', () => {
    for (const name of ['../case.json', 'notes.txt', 'CASE.JSON', '.poor.vlift', 'poor.vlift/']) {
      const list = files();
      list[0] = { name, text: '{}' };
      expect(refusal(request({ files: list })), name).toMatch(/file name must be one of case.json, poor.vlift, corrected.vlift/);
    }
    expect(refusal(request({ files: files().slice(0, 2) }))).toMatch(/exactly 3 files/);
    expect(refusal(request({ files: [...files(), { name: 'case.json', text: '{}' }] }))).toMatch(/exactly 3 files/);
    const repeated = files();
    repeated[2] = { name: 'poor.vlift', text: '{}' };
    expect(refusal(request({ files: repeated }))).toMatch(/poor.vlift is given twice/);
  });

  it('refuses wrong shapes, extra fields and non-text contents', () => {
    expect(refusal(null)).toMatch(/must be an object/);
    expect(refusal(request({ extra: 1 }))).toMatch(/unexpected field\(s\): extra/);
    expect(refusal(request({ files: 'case.json' }))).toMatch(/must be a list/);
    const extraField = files();
    extraField[1] = { ...extraField[1]!, mode: 0o777 } as never;
    expect(refusal(request({ files: extraField }))).toMatch(/unexpected field\(s\): mode/);
    const notText = files();
    notText[1] = { name: 'poor.vlift', text: new Uint8Array(3) } as never;
    expect(refusal(request({ files: notText }))).toMatch(/poor.vlift: plan text must be a string/);
  });

  it('caps each file at the plan size limit, counted in UTF-8 bytes', () => {
    const atCap = files();
    atCap[2] = { name: 'corrected.vlift', text: 'x'.repeat(MAX_PLAN_FILE_BYTES) };
    expect(validateTrainingCaseSaveRequest(request({ files: atCap })).ok).toBe(true);
    const overCap = files();
    // Two UTF-8 bytes per 'é': fewer characters than the cap, more bytes.
    overCap[1] = { name: 'poor.vlift', text: 'é'.repeat(MAX_PLAN_FILE_BYTES / 2 + 1) };
    expect(refusal(request({ files: overCap }))).toMatch(/poor.vlift: plan text is larger than/);
  });
});
