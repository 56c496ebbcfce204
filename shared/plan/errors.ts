import type { Locale } from '../i18n/locale';
import { describeValueIn, renderPlanErrorText, renderWhere, valueDescription, type PlanErrorText } from './error-text/render';

export type { PlanErrorText } from './error-text/render';

/** Why a plan was refused: one problem, where it is, in plain words. */
export interface PlanError {
  /** What is wrong, in English, e.g. "must be a finite number between 0 and 30 (got 1e+400)". */
  readonly message: string;
  /**
   * The same problem as a message key and its parameters, for writing it in another language
   * (error-text/). Every refusal of the plan loader has it; a refusal without it (another
   * format's, e.g. a training case) is shown in English in every language.
   */
  readonly text?: PlanErrorText;
  /** JSON pointer (RFC 6901) to the offending value, e.g. '/threads/2/path/0/x'; '' for the whole file. */
  readonly path: string;
  /** 1-based line in the file text, when known. */
  readonly line: number | null;
  /** 1-based column in the file text, when known. */
  readonly column: number | null;
}

/** Escape one JSON pointer segment (RFC 6901: ~ becomes ~0, / becomes ~1). */
export const escapePointerSegment = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

export const pointerFromSegments = (segments: readonly (string | number)[]): string =>
  segments.map((s) => '/' + escapePointerSegment(String(s))).join('');

export function segmentsFromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A refusal from its text: the English message is the text written in English. */
export function planError(text: PlanErrorText, path: string, line: number | null = null, column: number | null = null): PlanError {
  return { message: renderPlanErrorText(text, 'en'), text, path, line, column };
}

/** The refusal's sentence in `locale` (its English message when it carries no text). */
export function planErrorMessage(error: PlanError, locale: Locale = 'en'): string {
  return locale === 'en' || !error.text ? error.message : renderPlanErrorText(error.text, locale);
}

/**
 * One line for a person: `plan.vlift: /threads/2/depthMm: must be ... (line 12, column 17)`, in
 * `locale` (the file name and the JSON pointer are the same in every language).
 * Newlines in the message (there should be none) are flattened so the line stays one line.
 */
export function formatPlanError(error: PlanError, fileName?: string, locale: Locale = 'en'): string {
  const where = renderWhere(error.line, error.column, locale);
  const prefix = fileName ? `${fileName}: ` : '';
  const path = error.path !== '' ? `${error.path}: ` : '';
  return `${prefix}${path}${planErrorMessage(error, locale)}${where}`.replace(/[\r\n]+/g, ' ');
}

/**
 * A refused plan file, thrown by a host that reads files (the browser bridge): it keeps the
 * refusal, so the page can write it in the interface language; its message is the English line.
 */
export class PlanFileError extends Error {
  constructor(
    readonly error: PlanError,
    readonly fileName: string,
  ) {
    super(formatPlanError(error, fileName));
    this.name = 'PlanFileError';
  }
}

/** A short description of a value for error messages, in English: numbers and short strings as written. */
export function describeValue(value: unknown): string {
  return describeValueIn(valueDescription(value), 'en');
}
