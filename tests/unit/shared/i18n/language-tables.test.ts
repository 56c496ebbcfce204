import { describe, expect, it, vi } from 'vitest';
import { STRUCTURE_NAMES_KO } from '../../../../shared/atlas/names/ko';
import { STRUCTURE_NAMES_RU } from '../../../../shared/atlas/names/ru';
import { PLAN_ERROR_KO } from '../../../../shared/plan/error-text/ko';
import { DEFAULT_RECORD_TEXTS_RU } from '../../../../shared/record/record-texts-ru';

/**
 * The Korean and Russian tables of shared code load on demand (shared/i18n/language-tables.ts,
 * issue 15): on a fresh copy of the modules, as the app and the CLI start, only English is there;
 * a language is written once loadLanguage has been awaited, and asking for one that was not is
 * refused loudly, naming the missing call, instead of printing English under another language.
 */
describe('the tables of shared code load with their language', () => {
  it('writes English at once, another language only after loadLanguage, and says what is missing', async () => {
    vi.resetModules();
    const tables = await import('../../../../shared/i18n/language-tables');
    const { renderPlanErrorText } = await import('../../../../shared/plan/error-text/render');
    const { structureName } = await import('../../../../shared/atlas/names');
    const { defaultRecordTexts } = await import('../../../../shared/record/record-texts');

    expect(tables.isLanguageLoaded('en')).toBe(true);
    expect(tables.isLanguageLoaded('ko')).toBe(false);
    expect(renderPlanErrorText({ key: 'got', params: { problem: 'p', got: '1' } }, 'en')).toBe('p (got 1)');
    expect(structureName('chin', 'en')).toBe('Chin');
    expect(() => renderPlanErrorText({ key: 'got', params: { problem: 'p', got: '1' } }, 'ko')).toThrow("await loadLanguage('ko')");
    expect(() => structureName('chin', 'ru')).toThrow("await loadLanguage('ru')");

    await tables.loadLanguage('ko');
    expect(tables.isLanguageLoaded('ko')).toBe(true);
    expect(tables.isLanguageLoaded('ru')).toBe(false);
    expect(renderPlanErrorText({ key: 'got', params: { problem: 'p', got: '1' } }, 'ko')).toBe(PLAN_ERROR_KO.got.replace('{problem}', 'p').replace('{got}', '1'));
    expect(structureName('chin', 'ko')).toBe(STRUCTURE_NAMES_KO.region.chin);
    expect(() => defaultRecordTexts('ru')).toThrow("await loadLanguage('ru')");

    await tables.loadLanguage('ru');
    expect(structureName('chin', 'ru')).toBe(STRUCTURE_NAMES_RU.region.chin);
    expect(defaultRecordTexts('ru')).toEqual(DEFAULT_RECORD_TEXTS_RU);
  });
});
