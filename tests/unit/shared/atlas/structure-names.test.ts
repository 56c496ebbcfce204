import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { STRUCTURE_CATEGORIES, splitStructureId, structureBaseName, structureName, structureNameTable } from '../../../../shared/atlas/names';
import { snapTargetName, snapTargets } from '../../../../shared/atlas/snap';
import { LOCALES } from '../../../../shared/i18n/locale';
import { regionsLayer } from '../../../../shared/scene/layers/regions';
import { CANONICAL_SURFACE } from '../../../../shared/surface/canonical';
import { frankfortWords, markPoint, pointMarkText } from '../../../../shared/surface';

/**
 * Atlas structure names per language (issue 14): every structure the atlas draws, snaps to or
 * names has a name in English, Korean and Russian (the type check makes a missing table key an
 * error; these tests check the atlas's ids reach the tables), and the English is the atlas's own.
 */

const atlas = CANONICAL_ATLAS;
const NAMED = [...atlas.regions, ...atlas.muscles, ...atlas.dangerZones, ...atlas.fixationZones, ...atlas.ligaments];

describe('structure names', () => {
  it('name every region, muscle, danger zone, fixation zone and ligament in English exactly as the atlas data does', () => {
    for (const s of NAMED) expect(structureName(s.id, 'en'), s.id).toBe(s.name);
  });

  it('name every structure and landmark in Korean and Russian, in their own script, different from the English', () => {
    const ids = [...NAMED.map((s) => s.id), ...Object.keys(atlas.landmarks)];
    for (const locale of ['ko', 'ru'] as const) {
      const script = locale === 'ko' ? /[\uac00-\ud7a3]/ : /[а-яё]/i;
      for (const id of ids) {
        const name = structureName(id, locale);
        expect(name, id).not.toBe(id);
        expect(name, id).toMatch(script);
        // Only the clinical acronym SMAS stays Latin (docs/glossary.md).
        expect(name.replace(/SMAS/g, ''), id).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it('keep each key in one table only, so an id names one structure', () => {
    const seen = new Map<string, string>();
    for (const category of STRUCTURE_CATEGORIES) {
      for (const key of Object.keys(structureNameTable('en')[category])) {
        expect(seen.get(key), `${key} in ${category} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, category);
      }
    }
  });

  it('have the same keys in every language', () => {
    for (const locale of LOCALES) {
      for (const category of STRUCTURE_CATEGORIES) {
        expect(Object.keys(structureNameTable(locale)[category]).sort(), `${locale} ${category}`).toEqual(Object.keys(structureNameTable('en')[category]).sort());
      }
    }
  });

  it('write the side the language’s way, and leave it off on request', () => {
    expect(structureName('malar-left', 'ru')).toBe('Скуловое возвышение (слева)');
    expect(structureName('malar-right', 'ko')).toBe('광대 돌출부(관골 융기) (오른쪽)');
    expect(structureName('chin', 'ru')).toBe('Подбородок');
    expect(structureBaseName('temporal-branch-right', 'ru')).toBe('Височная (лобная) ветвь лицевого нерва');
    expect(splitStructureId('seckel-zone-3-left')).toEqual({ key: 'seckel-zone-3', side: 'left' });
  });

  it('give an unknown id back as the fallback or the id, never throwing', () => {
    expect(structureName('no-such-thing-left', 'ru')).toBe('no-such-thing-left');
    expect(structureName('no-such-thing', 'ko', 'Own name')).toBe('Own name');
  });
});

describe('the diagram names structures in the chosen language', () => {
  const texts = (locale: 'en' | 'ko' | 'ru') => regionsLayer(atlas, locale).items.flatMap((i) => (i.type === 'text' ? [i.text] : []));

  it('labels each region in the locale, English by default', () => {
    expect(texts('en')).toEqual(atlas.regions.map((r) => r.name));
    expect(regionsLayer(atlas).items).toEqual(regionsLayer(atlas, 'en').items);
    expect(texts('ru')).toContain('Скуловое возвышение (слева)');
    expect(texts('ko')).toContain('턱끝');
    expect(texts('ru').join(' ')).not.toMatch(/[A-Za-z]/);
  });

  it('names snap targets in the locale: a landmark without its side, a fixation zone with it', () => {
    const targets = snapTargets(atlas);
    const canthus = targets.find((t) => t.id === 'lateral-canthus-left')!;
    const zone = targets.find((t) => t.id === 'deep-temporal-fascia-right')!;
    expect(snapTargetName(canthus, atlas)).toBe('lateral canthus');
    expect(snapTargetName(canthus, atlas, 'ru')).toBe('латеральный угол глаза');
    expect(snapTargetName(canthus, atlas, 'ko')).toBe('외안각');
    expect(snapTargetName(zone, atlas)).toBe('Deep temporal fascia (right)');
    expect(snapTargetName(zone, atlas, 'ru')).toBe('Глубокая височная фасция (справа)');
  });
});

describe('skin marks in the chosen language', () => {
  const temple = markPoint(CANONICAL_SURFACE, { x: 68, y: -10 });

  it('say the same distances and directions in every language', () => {
    expect(pointMarkText(temple, 'en')).toBe('29 mm in front of the top of the ear, 29 mm above the zygomatic arch');
    expect(pointMarkText(temple, 'ru')).toBe('29 мм кпереди от верхнего края ушной раковины, 29 мм выше скуловой дуги');
    expect(pointMarkText(temple, 'ko')).toBe('귓바퀴 위끝에서 앞쪽으로 29 mm, 광대활(관골궁)에서 위로 29 mm');
  });

  it('write two directions and a point on a landmark the language’s way', () => {
    const onTragus = markPoint(CANONICAL_SURFACE, atlas.landmarks['tragus-left']!);
    expect(pointMarkText(onTragus, 'ru').startsWith('у козелка')).toBe(true);
    expect(pointMarkText(onTragus, 'ko').startsWith('이주 지점')).toBe(true);
    const twoWays = [{ x: 45, y: 94 }, { x: 40, y: 40 }, { x: 14, y: 140 }].map((p) => markPoint(CANONICAL_SURFACE, p)).find((m) => m.distances.some((d) => d.directions.length === 2));
    expect(twoWays).toBeDefined();
    expect(pointMarkText(twoWays!, 'ru')).toMatch(/\d+ мм (выше|ниже) и (кпереди от|кзади от|латеральнее|медиальнее) [а-яё]/);
    expect(pointMarkText(twoWays!, 'ko')).toMatch(/에서 (위|아래)·(앞쪽|뒤쪽|가쪽|안쪽)으로 \d+ mm/);
  });

  it('give the Frankfort direction in each language', () => {
    expect(frankfortWords(34.4)).toBe('34° above the Frankfort horizontal');
    expect(frankfortWords(-52, 'ru')).toBe('52° ниже франкфуртской горизонтали');
    expect(frankfortWords(0.3, 'ko')).toBe('프랑크푸르트 수평면과 수평');
  });
});
