import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT_OPTIONS,
  DEFAULT_STORED_PREFERENCES,
  MAX_WINDOW_EXTENT,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  addRecentFile,
  sanitizePreferencesPatch,
  sanitizeStoredPreferences,
  sanitizeUserPreferences,
} from '../../../shared/ipc/preferences';
import { MAX_ID_LENGTH, MAX_PRACTITIONER_LENGTH } from '../../../shared/plan/limits';

/**
 * Each preference field the page may set, at its edges: what is accepted comes through as given,
 * what is refused is refused with a message naming the field (the message reaches the page and
 * the log). Stored fields that only main reads fall back to their default.
 */

interface FieldCase {
  readonly field: string;
  readonly accepted: readonly unknown[];
  readonly refused: readonly (readonly [unknown, string])[];
}

const themeError = "theme must be 'light', 'dark' or 'system'";
const languageError = "language must be 'system' or a language tag such as ko";
const typeIdError = 'defaultThreadTypeId must be a catalogue id';
const practitionerError = `practitionerName must be text of at most ${MAX_PRACTITIONER_LENGTH} characters`;

const CASES: readonly FieldCase[] = [
  {
    field: 'layers',
    accepted: [{}, { regions: true }, { muscles: false, tissue: true, fixation: false }],
    refused: [
      ['all', 'layers must be an object'],
      [null, 'layers must be an object'],
      [[true], 'layers must be an object'],
      [{ bogus: true }, "unknown layer 'bogus'"],
      [{ regions: true, muscles: 'yes' }, "layer 'muscles' must be true or false"],
    ],
  },
  {
    field: 'defaultThreadTypeId',
    accepted: ['', 'pdo-cog-bi-19g-100', 'a'.repeat(MAX_ID_LENGTH)],
    refused: [
      ['a'.repeat(MAX_ID_LENGTH + 1), typeIdError],
      ['has space', typeIdError],
      ['../x', typeIdError],
      [7, typeIdError],
      [null, typeIdError],
    ],
  },
  {
    field: 'practitionerName',
    accepted: ['', 'Dr. Lee', 'x'.repeat(MAX_PRACTITIONER_LENGTH)],
    refused: [
      ['x'.repeat(MAX_PRACTITIONER_LENGTH + 1), practitionerError],
      [42, practitionerError],
    ],
  },
  {
    field: 'theme',
    accepted: ['light', 'dark', 'system'],
    refused: [
      ['blue', themeError],
      [null, themeError],
      ['', themeError],
    ],
  },
  {
    field: 'language',
    accepted: ['system', 'en', 'de', 'en-GB', 'zh-Hant-TW', 'fil'],
    refused: [
      ['english', languageError],
      ['e', languageError],
      ['EN', languageError],
      ['en_GB', languageError],
      [5, languageError],
      [['en'], languageError],
    ],
  },
  {
    field: 'exportOptions',
    accepted: [{ ...DEFAULT_EXPORT_OPTIONS, paper: 'letter', anonymize: true }, { ...DEFAULT_EXPORT_OPTIONS, paper: 'a4', aftercare: true, signature: true, consent: true }, DEFAULT_EXPORT_OPTIONS],
    refused: [
      ['a4', 'exportOptions must be an object'],
      [null, 'exportOptions must be an object'],
      [{ paper: 'a4', bogus: true, other: 1 }, 'exportOptions has unexpected field(s): bogus, other'],
      [{ paper: 'a3' }, "exportOptions paper must be 'a4', 'letter' or null"],
      [{ paper: 'A4' }, "exportOptions paper must be 'a4', 'letter' or null"],
      [{ anonymize: 'yes' }, 'exportOptions anonymize must be true or false'],
      [{ aftercare: 1 }, 'exportOptions aftercare must be true or false'],
      [{ signature: null }, 'exportOptions signature must be true or false'],
      [{ consent: 'no' }, 'exportOptions consent must be true or false'],
    ],
  },
];

describe('preference fields from the page', () => {
  for (const c of CASES) {
    it(`${c.field}: accepted values come through as given, bad ones are refused with a message naming the field`, () => {
      for (const value of c.accepted) {
        expect(sanitizePreferencesPatch({ [c.field]: value }), JSON.stringify(value)).toEqual({ patch: { [c.field]: value }, errors: [] });
      }
      for (const [value, error] of c.refused) {
        expect(sanitizePreferencesPatch({ [c.field]: value }), JSON.stringify(value)).toEqual({ patch: {}, errors: [error] });
      }
    });
  }

  it('export options missing a field (written before it existed) take its default', () => {
    expect(sanitizePreferencesPatch({ exportOptions: { paper: 'letter' } }).patch).toEqual({ exportOptions: { ...DEFAULT_EXPORT_OPTIONS, paper: 'letter' } });
    expect(sanitizePreferencesPatch({ exportOptions: {} }).patch).toEqual({ exportOptions: DEFAULT_EXPORT_OPTIONS });
  });

  it('reports every bad field of one patch, in order, and keeps the good ones', () => {
    expect(sanitizePreferencesPatch({ theme: 'dark', language: 'x', practitionerName: 3, nope: 1 })).toEqual({
      patch: { theme: 'dark' },
      errors: [languageError, practitionerError, "unknown preference 'nope'"],
    });
  });

  it('stored user settings keep each good field and take the default for each bad one', () => {
    for (const c of CASES) {
      for (const value of c.accepted) {
        const kept = sanitizeUserPreferences({ [c.field]: value }) as unknown as Record<string, unknown>;
        // layers merge over the defaults; every other field is replaced whole
        if (c.field === 'layers') expect(kept.layers).toEqual({ ...DEFAULT_STORED_PREFERENCES.layers, ...(value as object) });
        else expect(kept[c.field], `${c.field} ${JSON.stringify(value)}`).toEqual(value);
      }
      for (const [value] of c.refused) {
        const kept = sanitizeStoredPreferences({ [c.field]: value }) as unknown as Record<string, unknown>;
        expect(kept[c.field], `${c.field} ${JSON.stringify(value)}`).toEqual((DEFAULT_STORED_PREFERENCES as unknown as Record<string, unknown>)[c.field]);
      }
    }
  });
});

describe('stored window bounds (main only)', () => {
  const bounds = (b: Record<string, unknown>) => sanitizeStoredPreferences({ windowBounds: b }).windowBounds;
  const ok = { x: 10, y: 20, width: 1200, height: 800 };

  it('keeps bounds from the smallest usable window to the largest extent, on any screen offset', () => {
    for (const b of [
      ok,
      { x: -MAX_WINDOW_EXTENT, y: MAX_WINDOW_EXTENT, width: MIN_WINDOW_WIDTH, height: MIN_WINDOW_HEIGHT },
      { x: MAX_WINDOW_EXTENT, y: -MAX_WINDOW_EXTENT, width: MAX_WINDOW_EXTENT, height: MAX_WINDOW_EXTENT },
    ]) {
      expect(bounds(b)).toEqual(b);
    }
    // only the four numbers are kept
    expect(bounds({ ...ok, maximized: true })).toEqual(ok);
    expect(sanitizeStoredPreferences({ windowBounds: null }).windowBounds).toBeNull();
  });

  it('drops bounds that are too small, too large, fractional or not numbers', () => {
    for (const b of [
      { ...ok, x: MAX_WINDOW_EXTENT + 1 },
      { ...ok, x: -MAX_WINDOW_EXTENT - 1 },
      { ...ok, y: MAX_WINDOW_EXTENT + 1 },
      { ...ok, y: -MAX_WINDOW_EXTENT - 1 },
      { ...ok, x: 0.5 },
      { ...ok, y: '20' },
      { ...ok, width: MIN_WINDOW_WIDTH - 1 },
      { ...ok, height: MIN_WINDOW_HEIGHT - 1 },
      { ...ok, width: MAX_WINDOW_EXTENT + 1 },
      { ...ok, height: MAX_WINDOW_EXTENT + 1 },
      { ...ok, width: 800.5 },
      { x: 0, y: 0 },
    ]) {
      expect(bounds(b), JSON.stringify(b)).toBeNull();
    }
    for (const v of ['1200x800', [0, 0, 800, 600], 5]) expect(sanitizeStoredPreferences({ windowBounds: v }).windowBounds).toBeNull();
  });

  it('a stored recent list that is not a list is dropped', () => {
    expect(sanitizeStoredPreferences({ recentFiles: '/a.vlift' }).recentFiles).toEqual([]);
    expect(sanitizeStoredPreferences({ recentFiles: { 0: '/a.vlift' } }).recentFiles).toEqual([]);
  });

  it('adding a recent file keeps the others in their order', () => {
    expect(addRecentFile(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(addRecentFile([], '/a')).toEqual(['/a']);
  });
});
