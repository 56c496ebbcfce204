import { describe, expect, it } from 'vitest';
import { CASE_ID_PATTERN } from '../../../../shared/training';
import { caseIdFromTitle, caseSaveRequest } from '../../../../renderer/ui/training/save-case-files';
import { validateTrainingCaseSaveRequest } from '../../../../shared/ipc/validate';

describe('caseIdFromTitle', () => {
  it('makes a valid case id from a title', () => {
    expect(caseIdFromTitle('Jawline threads pulled too hard!')).toBe('jawline-threads-pulled-too-hard');
    expect(caseIdFromTitle('  Łódź: brow — café  ')).toBe('odz-brow-cafe');
    for (const title of ['A', 'Midface 2 (v3)', 'x'.repeat(80) + ' y', 'Crème brûlée']) expect(caseIdFromTitle(title)).toMatch(CASE_ID_PATTERN);
    expect(caseIdFromTitle('x'.repeat(80)).length).toBeLessThanOrEqual(64);
  });
  it('gives an empty id for a title without letters or digits (makeTrainingCase refuses it)', () => {
    expect(caseIdFromTitle('— !')).toBe('');
  });
});

describe('caseSaveRequest', () => {
  it('turns a made case into a bridge request the IPC validator accepts', () => {
    const files = { 'case.json': '{"id":"brow-low"}', 'poor.vlift': 'P', 'corrected.vlift': 'C' };
    const request = caseSaveRequest('brow-low', files);
    expect(request.folderName).toBe('brow-low');
    expect(Object.fromEntries(request.files.map((f) => [f.name, f.text]))).toEqual(files);
    expect(validateTrainingCaseSaveRequest(request)).toEqual({ ok: true, value: request });
  });
});
