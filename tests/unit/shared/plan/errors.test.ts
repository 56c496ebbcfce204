import { describe, expect, it } from 'vitest';
import {
  PlanFileError,
  describeValue,
  formatPlanError,
  planError,
  planErrorMessage,
  pointerFromSegments,
  segmentsFromPointer,
  type PlanError,
} from '../../../../shared/plan/errors';
import { renderPlanErrorText } from '../../../../shared/plan/error-text/render';

/**
 * A refusal as the user reads it: its JSON pointer both ways, its sentence in each language (the
 * English message when it carries no text), the one-line form and the error a host throws.
 */

const empty = planError({ key: 'json.empty' }, '', 3, 7);
/** A refusal from another format (a training case): English words only, no text to translate. */
const englishOnly: PlanError = { message: 'is not a case index', path: '/cases', line: null, column: null };

describe('JSON pointers', () => {
  it('escapes ~ and / in a segment and reads them back (RFC 6901)', () => {
    const segments = ['threads', 2, 'a/b', 'c~d', '~1', ''];
    const pointer = pointerFromSegments(segments);
    expect(pointer).toBe('/threads/2/a~1b/c~0d/~01/');
    expect(segmentsFromPointer(pointer)).toEqual(['threads', '2', 'a/b', 'c~d', '~1', '']);
  });

  it('reads the whole document’s pointer "" as no segments, and "/" as one empty segment', () => {
    expect(segmentsFromPointer('')).toEqual([]);
    expect(segmentsFromPointer('/')).toEqual(['']);
  });
});

describe('planErrorMessage', () => {
  it('is the English message in English (the default), and the text written in the language asked', () => {
    expect(planErrorMessage(empty)).toBe('is not valid JSON: the file is empty');
    expect(planErrorMessage(empty, 'en')).toBe(empty.message);
    expect(planErrorMessage(empty, 'ru')).toBe(renderPlanErrorText(empty.text!, 'ru'));
    expect(planErrorMessage(empty, 'ru')).not.toBe(empty.message);
  });

  it('is the English message in every language when the refusal carries no text', () => {
    for (const locale of ['en', 'ru', 'ko'] as const) expect(planErrorMessage(englishOnly, locale)).toBe('is not a case index');
  });
});

describe('formatPlanError', () => {
  it('is one line: file, pointer, sentence and place, with a run of line breaks read as one space', () => {
    expect(formatPlanError(empty, 'plan.vlift')).toBe('plan.vlift: is not valid JSON: the file is empty (line 3, column 7)');
    const broken: PlanError = { ...englishOnly, message: 'first\r\nsecond\n\nthird' };
    expect(formatPlanError(broken)).toBe('/cases: first second third');
  });
});

describe('PlanFileError', () => {
  it('keeps the refusal and the file name, with the English line as its message', () => {
    const thrown = new PlanFileError(empty, 'plan.vlift');
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('PlanFileError');
    expect(thrown.message).toBe(formatPlanError(empty, 'plan.vlift'));
    expect(thrown.error).toBe(empty);
    expect(thrown.fileName).toBe('plan.vlift');
  });
});

describe('describeValue', () => {
  it('describes a value in English as the messages quote it', () => {
    expect(describeValue(12.5)).toBe('12.5');
    expect(describeValue([1, 2, 3])).toBe('a list of 3');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(undefined)).toBe('nothing');
  });
});
