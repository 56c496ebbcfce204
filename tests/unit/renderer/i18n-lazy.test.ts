import { describe, expect, it, vi } from 'vitest';
import { ru } from '../../../renderer/i18n/ru';

describe('the interface tables load on demand', () => {
  it('shows a language only once its table is loaded, and English whole until then', async () => {
    // A fresh copy of the module, as the app starts: only English is there.
    vi.resetModules();
    const i18n = await import('../../../renderer/i18n');
    const shared = await import('../../../shared/i18n/language-tables');
    expect(i18n.isLanguageLoaded('en')).toBe(true);
    expect(i18n.isLanguageLoaded('ru')).toBe(false);
    i18n.setLanguage('ru');
    expect(i18n.currentLocale()).toBe('en');
    expect(i18n.t('app.untitled')).toBe('Untitled plan');
    // English numbers too, not Russian ones under English words.
    expect(i18n.fixed(2.5, 1)).toBe('2.5');

    expect(shared.isLanguageLoaded('ru')).toBe(false);
    await i18n.loadInterfaceLanguage('ru');
    expect(i18n.isLanguageLoaded('ru')).toBe(true);
    expect(i18n.isLanguageLoaded('ko')).toBe(false);
    // With the interface's table come shared code's (findings, atlas names, refusals).
    expect(shared.isLanguageLoaded('ru')).toBe(true);
    expect(shared.isLanguageLoaded('ko')).toBe(false);
    i18n.setLanguage('ru');
    expect(i18n.currentLocale()).toBe('ru');
    expect(i18n.t('app.untitled')).toBe(ru['app.untitled']);
    expect(i18n.fixed(2.5, 1)).toBe('2,5');
    // An untitled plan is recognised in the languages shown so far.
    expect(i18n.isUntitledName(ru['app.untitled'])).toBe(true);
    i18n.setLanguage('en');
  });
});
