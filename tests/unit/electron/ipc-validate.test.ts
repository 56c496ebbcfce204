import { describe, expect, it } from 'vitest';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';
import {
  MAX_EXPORT_BYTES,
  MENU_COMMANDS,
  isMenuCommand,
  utf8ByteLength,
  validateCloseAnswer,
  validateDocumentState,
  validateExportRequest,
  validateFilePath,
  validateNoPayload,
  validatePlanText,
  validatePreferencesPatch,
  validateSaveRequest,
} from '../../../shared/ipc/validate';

describe('utf8ByteLength', () => {
  it('matches TextEncoder for ASCII, accents, CJK, emoji and lone surrogates', () => {
    for (const text of ['', 'plan', 'Müller', '面部提升', 'thread 🧵 ok', 'bad \ud800 surrogate', '\udc00']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
    }
  });
});

describe('validatePlanText', () => {
  it('accepts a string up to the limit and refuses non-strings and oversize text', () => {
    expect(validatePlanText('{"format":"vectorlift-plan"}')).toEqual({ ok: true, value: '{"format":"vectorlift-plan"}' });
    expect(validatePlanText('a'.repeat(MAX_PLAN_FILE_BYTES)).ok).toBe(true);
    expect(validatePlanText('a'.repeat(MAX_PLAN_FILE_BYTES + 1)).ok).toBe(false);
    // Under the limit in UTF-16 units but over it in UTF-8 bytes.
    expect(validatePlanText('é'.repeat(MAX_PLAN_FILE_BYTES / 2 + 1)).ok).toBe(false);
    expect(validatePlanText({ text: 'x' }).ok).toBe(false);
    expect(validatePlanText(new Uint8Array(3)).ok).toBe(false);
  });
});

describe('validateFilePath', () => {
  it('refuses empty, non-string and NUL-containing paths', () => {
    expect(validateFilePath('/home/a/plan.vlift').ok).toBe(true);
    expect(validateFilePath('').ok).toBe(false);
    expect(validateFilePath(42).ok).toBe(false);
    expect(validateFilePath('/etc/passwd\0.vlift').ok).toBe(false);
  });
});

describe('validateSaveRequest', () => {
  const good = { path: null, suggestedName: 'Case 12', text: '{}' };
  it('accepts a well-formed request, with or without a path', () => {
    expect(validateSaveRequest(good)).toEqual({ ok: true, value: good });
    expect(validateSaveRequest({ ...good, path: '/p/a.vlift' }).ok).toBe(true);
  });
  it('refuses extra fields, wrong types and oversize text', () => {
    expect(validateSaveRequest({ ...good, extra: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('extra') });
    expect(validateSaveRequest({ ...good, text: 5 }).ok).toBe(false);
    expect(validateSaveRequest({ ...good, path: 7 }).ok).toBe(false);
    expect(validateSaveRequest({ ...good, suggestedName: undefined }).ok).toBe(false);
    expect(validateSaveRequest({ ...good, text: 'x'.repeat(MAX_PLAN_FILE_BYTES + 1) }).ok).toBe(false);
    expect(validateSaveRequest(null).ok).toBe(false);
    expect(validateSaveRequest([good]).ok).toBe(false);
  });
  it('refuses objects with a non-plain prototype', () => {
    class Sneaky {
      path = null;
      suggestedName = 'x';
      text = '{}';
    }
    expect(validateSaveRequest(new Sneaky()).ok).toBe(false);
  });
});

describe('validateExportRequest', () => {
  it('accepts bytes and refuses empty, oversize or non-byte payloads', () => {
    expect(validateExportRequest({ suggestedName: 'r', bytes: new Uint8Array([37, 80, 68, 70]) }).ok).toBe(true);
    expect(validateExportRequest({ suggestedName: 'r', bytes: new Uint8Array(0) }).ok).toBe(false);
    expect(validateExportRequest({ suggestedName: 'r', bytes: [1, 2, 3] }).ok).toBe(false);
    expect(validateExportRequest({ suggestedName: 'r', bytes: 'text' }).ok).toBe(false);
    const huge = { byteLength: MAX_EXPORT_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(validateExportRequest({ suggestedName: 'r', bytes: huge }).ok).toBe(false);
  });
});

describe('small validators', () => {
  it('checks document state, close answers and empty payloads', () => {
    expect(validateDocumentState({ title: 'Case', dirty: true }).ok).toBe(true);
    expect(validateDocumentState({ title: 'Case', dirty: 'yes' }).ok).toBe(false);
    expect(validateDocumentState({ title: 'x'.repeat(501), dirty: false }).ok).toBe(false);
    expect(validateCloseAnswer(true).ok).toBe(true);
    expect(validateCloseAnswer('true').ok).toBe(false);
    expect(validateNoPayload([]).ok).toBe(true);
    expect(validateNoPayload([undefined]).ok).toBe(false);
  });
  it('checks preferences patches field by field', () => {
    expect(validatePreferencesPatch({ theme: 'dark' })).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(validatePreferencesPatch({ theme: 'purple' }).ok).toBe(false);
    expect(validatePreferencesPatch({ planText: '{}' }).ok).toBe(false);
    expect(validatePreferencesPatch('theme=dark').ok).toBe(false);
  });
  it('knows every menu command, including one toggle per overlay layer', () => {
    expect(isMenuCommand('file.save')).toBe(true);
    expect(isMenuCommand('view.toggleLayer.danger-zones')).toBe(true);
    expect(isMenuCommand('view.toggleLayer.threads')).toBe(false);
    expect(isMenuCommand('shell.exec')).toBe(false);
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length);
  });
});
