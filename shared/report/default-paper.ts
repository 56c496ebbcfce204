import type { PaperSize } from './types';

/**
 * The paper a locale expects: US Letter in the Americas countries that use it (US, Canada, Mexico
 * and most of Central America, Chile, Colombia, Venezuela, the Philippines), A4 everywhere else,
 * including Korea and Russia. CLDR's paper-size data is the source of the list.
 */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']);

export function defaultPaper(locale: string | undefined): PaperSize {
  const region = /[-_]([A-Za-z]{2})(?:[-_]|$)/.exec(locale ?? '')?.[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
