/** Why a plan was refused: one problem, where it is, in plain words. */
export interface PlanError {
  /** What is wrong, e.g. "must be a finite number between 0 and 30 (got 1e+400)". */
  readonly message: string;
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

/**
 * One line for a person: `plan.vlift: /threads/2/depthMm: must be ... (line 12, column 17)`.
 * Newlines in the message (there should be none) are flattened so the line stays one line.
 */
export function formatPlanError(error: PlanError, fileName?: string): string {
  const where = error.line !== null ? ` (line ${error.line}${error.column !== null ? `, column ${error.column}` : ''})` : '';
  const prefix = fileName ? `${fileName}: ` : '';
  const path = error.path !== '' ? `${error.path}: ` : '';
  return `${prefix}${path}${error.message}${where}`.replace(/[\r\n]+/g, ' ');
}

/** A short description of a value for error messages: numbers and short strings as written. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'number':
      return String(value);
    case 'string':
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 37))}... (${value.length} characters)` : JSON.stringify(value);
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}
