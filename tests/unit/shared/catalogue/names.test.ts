import { describe, expect, it } from 'vitest';
import { THREAD_CATALOGUE, isBuiltInThreadTypeId, threadTypeName, threadTypeNameById } from '../../../../shared/catalogue';
import type { ThreadType } from '../../../../shared/catalogue';

/** Thread types named per language (issue 14): the built-in ones translated, a user's own as written. */
describe('thread type names', () => {
  it('name every built-in type in Korean and Russian, keeping the material and gauge as on the pack', () => {
    for (const type of THREAD_CATALOGUE) {
      expect(isBuiltInThreadTypeId(type.id), type.id).toBe(true);
      expect(threadTypeName(type, 'en').replace(/\u00a0/g, ' ')).toBe(type.name);
      for (const [locale, script] of [['ko', /[\uac00-\ud7a3]/], ['ru', /[а-яё]/]] as const) {
        const name = threadTypeName(type, locale);
        expect(name, `${type.id} ${locale}`).toMatch(script);
        expect(name.startsWith(type.material), `${type.id} ${locale}`).toBe(true);
        // No English word but the material's letters and the gauge.
        expect(name.replace(/PLLA-PLGA|PLLA|PDO|PCL|\d+G|mm/g, ''), `${type.id} ${locale}`).not.toMatch(/[A-Za-z]/);
      }
    }
    expect(threadTypeNameById(THREAD_CATALOGUE, 'plla-cone-12', 'ru')).toBe('PLLA-PLGA нить с конусами, 12\u00a0конусов');
    expect(threadTypeNameById(THREAD_CATALOGUE, 'pdo-cog-bi-19g-100', 'ko')).toBe('PDO 코그실, 양방향, 19G\u00a0100\u00a0mm');
  });

  it('never part a number from its unit or what it counts, nor a gauge from its length, in any language', () => {
    for (const type of THREAD_CATALOGUE) {
      for (const locale of ['en', 'ko', 'ru'] as const) {
        const name = threadTypeName(type, locale);
        // A plain space after a number, or after a gauge, is a place the name could wrap.
        expect(name, `${type.id} ${locale}`).not.toMatch(/\d (?=[\p{L}\d])|\dG (?=\d)/u);
      }
    }
    expect(threadTypeName(THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!, 'ru')).toBe('PDO нить с насечками, двунаправленная, 19G\u00a0100\u00a0мм');
    expect(threadTypeName(THREAD_CATALOGUE.find((t) => t.id === 'pdo-mono-29g-38')!, 'en')).toBe('PDO mono 29G\u00a038\u00a0mm');
    expect(threadTypeName(THREAD_CATALOGUE.find((t) => t.id === 'plla-cone-8')!, 'en')).toBe('PLLA-PLGA cone thread, 8\u00a0cones');
    // The words between stay breakable: only the joins are glued.
    expect(threadTypeName(THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!, 'ru')).toContain('нить с насечками');
  });

  it("keep a user's own type as they named it, also when it reuses a built-in id", () => {
    const own: ThreadType = { ...THREAD_CATALOGUE[0]!, id: 'clinic-special', name: 'Clinic special 21G' };
    const renamed: ThreadType = { ...THREAD_CATALOGUE[0]!, name: 'Our PDO mono' };
    expect(threadTypeName(own, 'ru')).toBe('Clinic special 21G');
    // A user's own name keeps its numbers with their units too.
    expect(threadTypeName({ ...own, name: 'Clinic cog 21G 90 mm' }, 'ko')).toBe('Clinic cog 21G\u00a090\u00a0mm');
    expect(threadTypeName(renamed, 'ko')).toBe('Our PDO mono');
    expect(threadTypeNameById([own], 'missing-type', 'ru')).toBe('missing-type');
  });
});
