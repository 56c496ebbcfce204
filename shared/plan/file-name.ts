/**
 * File names the app suggests: the one cleaner for every save dialog and download (plans, PDFs,
 * desktop and browser), and the PDF export's name built from the plan.
 */
import type { PlanMeta } from './types';

/** Characters no file system accepts in a name (Windows' list is the strictest) and controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const UNSAFE_NAME_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** Longest suggested stem, characters (design choice: well inside every file system's 255). */
export const MAX_FILE_STEM_LENGTH = 100;

/** The factory's title for a new plan: a name nobody chose, so it never names an export. */
export const DEFAULT_PLAN_TITLE = 'Untitled plan';

/**
 * A suggested name made safe for any file system: unsafe characters become spaces, runs of space
 * collapse, no leading dots (hidden files) or trailing dots and spaces (Windows drops them).
 * Never empty: `fallback` when nothing is left.
 */
export function safeFileName(suggested: string, fallback = DEFAULT_PLAN_TITLE): string {
  const cleaned = suggested
    .normalize('NFC')
    .replace(UNSAFE_NAME_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, MAX_FILE_STEM_LENGTH)
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned || fallback;
}

/**
 * The PDF's suggested name: title, patient id and plan date, e.g. "Midface lift - P-0042 -
 * 2025-05-14.pdf". An anonymized copy leaves the patient id out of the name too. The factory
 * title counts as no title; with nothing at all the name is "Untitled plan <date>.pdf".
 */
export function exportFileName(meta: PlanMeta, options: { anonymize: boolean }): string {
  const title = meta.title.trim() === DEFAULT_PLAN_TITLE ? '' : meta.title;
  const parts = [title, options.anonymize ? '' : meta.patientId, meta.date].map((p) => safeFileName(p, '')).filter((p) => p !== '');
  if (title.trim() === '' || safeFileName(title, '') === '') parts.unshift(DEFAULT_PLAN_TITLE);
  // Each part was cleaned on its own; the whole is cleaned again for the length cap.
  return `${safeFileName(parts.join(' - '))}.pdf`;
}
