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
  validateNoPayload,
  validateRecentFileId,
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

describe('validateRecentFileId', () => {
  it('accepts only the ids main issues, never a path', () => {
    expect(validateRecentFileId('0123456789abcdef0123456789abcdef').ok).toBe(true);
    for (const bad of ['/home/a/plan.vlift', 'plan.vlift', '', '0123456789ABCDEF0123456789ABCDEF', 'a'.repeat(33), 42, null]) {
      expect(validateRecentFileId(bad).ok, String(bad)).toBe(false);
    }
  });
});

describe('validateSaveRequest', () => {
  const good = { documentId: null, suggestedName: 'Case 12', text: '{}' };
  it('accepts a well-formed request, Save As (null) or in place by document id', () => {
    expect(validateSaveRequest(good)).toEqual({ ok: true, value: good });
    expect(validateSaveRequest({ ...good, documentId: 'c'.repeat(32) }).ok).toBe(true);
  });
  it('never accepts a path, under any name', () => {
    expect(validateSaveRequest({ ...good, documentId: '/p/a.vlift' }).ok).toBe(false);
    expect(validateSaveRequest({ ...good, path: '/p/a.vlift' }).ok).toBe(false);
    const { documentId: _, ...rest } = good;
    expect(validateSaveRequest({ ...rest, path: '/p/a.vlift' }).ok).toBe(false);
  });
  it('refuses extra fields, wrong types and oversize text', () => {
    expect(validateSaveRequest({ ...good, extra: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('extra') });
    expect(validateSaveRequest({ ...good, text: 5 }).ok).toBe(false);
    expect(validateSaveRequest({ ...good, documentId: 7 }).ok).toBe(false);
    expect(validateSaveRequest({ ...good, suggestedName: undefined }).ok).toBe(false);
    expect(validateSaveRequest({ ...good, text: 'x'.repeat(MAX_PLAN_FILE_BYTES + 1) }).ok).toBe(false);
    expect(validateSaveRequest(null).ok).toBe(false);
    expect(validateSaveRequest([good]).ok).toBe(false);
  });
  it('refuses objects with a non-plain prototype', () => {
    class Sneaky {
      documentId = null;
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
  it('refuses, and does not throw on, an object whose prototype is a Uint8Array', () => {
    // instanceof Uint8Array is true, but reading its byteLength throws: it has no bytes of its own.
    const impostor = Object.create(new Uint8Array(4)) as unknown;
    expect(() => validateExportRequest({ suggestedName: 'r', bytes: impostor })).not.toThrow();
    expect(validateExportRequest({ suggestedName: 'r', bytes: impostor })).toMatchObject({ ok: false, error: 'export request bytes must be a Uint8Array' });
    expect(validateExportRequest({ suggestedName: 'r', bytes: new Proxy(new Uint8Array(4), {}) }).ok).toBe(false);
    expect(validateExportRequest({ suggestedName: 'r', bytes: new Uint16Array(4) }).ok).toBe(false);
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
