/**
 * The clinic-editable words of the record: the consent section's procedure description and
 * photo-consent line, and the patient handout's before-treatment advice and aftercare. Kept in
 * the preferences; '' means "VectorLift's default text", so a reset is storing '' and a clinic
 * that never edited a text gets improvements to the default.
 *
 * The risk rates are NOT editable text: the consent section prints them from
 * complication-rates.ts, so every number has one source.
 *
 * Handout texts use a small line format (handout-text.ts): "# " starts a heading, "- " a bullet,
 * "When: what" inside a bullet bolds the period, anything else is a paragraph.
 */
import { languageTables } from '../i18n/language-tables';
import type { Locale } from '../i18n/locale';
import type { Checked } from './clinic';

export interface RecordTexts {
  readonly consentProcedure: string;
  readonly consentPhoto: string;
  readonly beforeTreatment: string;
  readonly aftercare: string;
}

export type RecordTextId = keyof RecordTexts;
export const RECORD_TEXT_IDS: readonly RecordTextId[] = ['consentProcedure', 'consentPhoto', 'beforeTreatment', 'aftercare'];

/** Longest stored text, characters (design choice: about two printed pages at handout size). */
export const MAX_RECORD_TEXT_LENGTH = 6000;

export const EMPTY_RECORD_TEXTS: RecordTexts = { consentProcedure: '', consentPhoto: '', beforeTreatment: '', aftercare: '' };

/**
 * VectorLift's defaults, in plain words for a lay reader. The advice rests on the aftercare facts
 * in shared/domain.md ("Aftercare facts from the seeds"); the warning signs repeat the
 * complications listed there.
 */
export const DEFAULT_RECORD_TEXTS: RecordTexts = {
  consentProcedure: [
    'A thread lift places fine dissolvable threads under the skin through a few small needle entry points, under local anaesthetic. ' +
      'Barbed or coned threads hold the soft tissue and lift it toward firmer tissue near the hairline and the ear; smooth threads tighten the skin without lifting. ' +
      'The threads dissolve over several months while the body builds new collagen around them.',
    'The plan on the previous pages shows where each thread goes. The effect is gradual and not permanent, and it may differ between the two sides of the face. ' +
      'A small overcorrection at first is intended and settles in two to three weeks.',
  ].join('\n\n'),
  consentPhoto:
    'I agree that photographs of my face may be taken before and after treatment and kept in my clinical record. They will not be shown to anyone else without my separate written consent.',
  beforeTreatment: [
    '- Week before: Do not drink alcohol. Tell your practitioner about any medicines you take, especially blood thinners, and about any infection or cold sore.',
    '- Day of treatment: Come without make-up.',
  ].join('\n'),
  aftercare: [
    '# What to expect',
    '- Some bruising and swelling are normal. They usually fade within one to two weeks.',
    '- The lift may look a little stronger than planned at first. This is intended and settles over two to three weeks.',
    '- Most people feel fully recovered after about a month.',
    '',
    '# What to avoid, and for how long',
    '- First day: Do not wear make-up. Do not touch, rub or massage your face.',
    '- First 3 days: No sauna, hot bath or sunbed (solarium).',
    '- First week: Sleep on your back. Keep your facial expressions gentle: avoid very wide smiles, big yawns and grimacing. Do not drink alcohol.',
    '- First 2 weeks: No intense sport or strenuous exercise.',
    '- First month: No facial massage and nothing that presses hard on your face. Stay out of strong sun and heat for 30 days. No skin-care treatments with hyaluronic acid until your practitioner says they are safe.',
    '',
    '# When to contact your clinic',
    'Call your practitioner if anything worries you, and in particular if pain, swelling or redness gets worse instead of better, if you have a fever, ' +
      'if you can see or feel a thread end under or through the skin, or if dimples or puckering do not settle.',
  ].join('\n'),
};

/**
 * VectorLift's defaults in each language (a handout printed in the patient's language); Korean
 * and Russian (record-texts-ko.ts, record-texts-ru.ts) load with their language
 * (shared/i18n/language-tables.ts).
 */
export function defaultRecordTexts(locale: Locale): RecordTexts {
  return locale === 'en' ? DEFAULT_RECORD_TEXTS : languageTables(locale).recordTexts;
}

/**
 * The text to print: the clinic's own, as the clinic wrote it (whatever the report's language),
 * or VectorLift's default in `locale` when it kept none.
 */
export function effectiveText(texts: RecordTexts, id: RecordTextId, locale: Locale = 'en'): string {
  const own = texts[id].trim();
  return own === '' ? defaultRecordTexts(locale)[id] : texts[id];
}

// eslint-disable-next-line no-control-regex -- control characters other than line breaks and tabs are refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The stored texts, each checked; a fresh copy. Never throws on plain data. */
export function checkRecordTexts(value: unknown): Checked<RecordTexts> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'recordTexts must be an object' };
  const source = value as Record<string, unknown>;
  const extra = Object.keys(source).filter((k) => !(RECORD_TEXT_IDS as readonly string[]).includes(k));
  if (extra.length > 0) return { ok: false, error: `recordTexts has unexpected field(s): ${extra.join(', ')}` };
  const out: Record<string, string> = {};
  for (const id of RECORD_TEXT_IDS) {
    const text = source[id] ?? '';
    if (typeof text !== 'string') return { ok: false, error: `recordTexts ${id} must be text` };
    if (text.length > MAX_RECORD_TEXT_LENGTH) return { ok: false, error: `recordTexts ${id} is longer than ${MAX_RECORD_TEXT_LENGTH} characters` };
    if (CONTROL.test(text)) return { ok: false, error: `recordTexts ${id} holds control characters` };
    out[id] = text;
  }
  return { ok: true, value: out as unknown as RecordTexts };
}
