/**
 * The words the finding templates take as parameters, per language (shared/analysis/messages:
 * locale-words.ts for English, words-ko.ts, words-ru.ts), stated word for word: the finding-text
 * tests check that every placeholder is filled and that the Korean and Russian texts are in
 * their script, which a missing or empty word, an "and" for an "or" or a dropped unit would pass.
 */
import { describe, expect, it } from 'vitest';
import { WORDS_EN, type LocaleWords } from '../../../../shared/analysis/messages/locale-words';
import { WORDS_KO } from '../../../../shared/analysis/messages/words-ko';
import { WORDS_RU } from '../../../../shared/analysis/messages/words-ru';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';

/** Each word function called on the cases below, in this order. */
const sample = (w: LocaleWords): string[] => [
  w.threads([7], false),
  w.threads([7], true),
  w.threads([5, 2, 9], false),
  w.threads([5, 2, 9], true),
  w.threads([4, 3], true),
  w.mm(1.25),
  w.mm(12.345),
  w.mm(-0.04),
  w.newtons(1.005),
  w.newtons(0.2),
  w.percent(0.125, 1),
  w.percent(0.3, 0),
  w.percent(0.3, 1),
  w.percent(0.12345, 2),
  w.orList([]),
  w.orList(['a']),
  w.orList(['a', 'b']),
  w.orList(['a', 'b', 'c']),
  w.list(['a']),
  w.list(['a', 'b']),
  w.list(['a', 'b', 'c']),
  w.series(['a', 'b']),
  w.side('right'),
  w.side('left'),
  w.direction(90),
  w.direction(-90),
  w.direction(30),
  w.direction(150),
  w.direction(-20),
  w.region(null),
  w.nerve(null),
  w.region('malar'),
  w.nerve('malar'),
  w.nerve('neck'),
];

describe('the words of the findings, per language', () => {
  it('English', () => {
    expect(sample(WORDS_EN)).toEqual([
      'thread 7',
      'Thread 7',
      'threads 2, 5 and 9',
      'Threads 2, 5 and 9',
      'Threads 3 and 4',
      '1.3 mm',
      '12.3 mm',
      '0 mm',
      '1 N',
      '0.2 N',
      '12.5%',
      '30%',
      '30.0%',
      '12.35%',
      '',
      'a',
      'a or b',
      'a, b or c',
      'a',
      'a and b',
      'a and b and c',
      'a, b',
      "the patient's right",
      "the patient's left",
      '90° above the horizontal (straight up)',
      '90° below the horizontal (straight down)',
      '30° above the horizontal, pointing laterally',
      '30° above the horizontal, pointing medially',
      '20° below the horizontal, pointing laterally',
      'an area outside the mapped face',
      'a nerve branch',
      'cheekbone (malar prominence)',
      'the zygomatic branches of the facial nerve',
      'the cervical branch of the facial nerve and the great auricular nerve',
    ]);
  });

  it('Korean', () => {
    expect(sample(WORDS_KO)).toEqual([
      '실 7',
      '실 7',
      '실 2, 5, 9',
      '실 2, 5, 9',
      '실 3, 4',
      '1.3 mm',
      '12.3 mm',
      '0 mm',
      '1 N',
      '0.2 N',
      '12.5%',
      '30%',
      '30.0%',
      '12.35%',
      '',
      'a',
      'a 또는 b',
      'a, b 또는 c',
      'a',
      'a, b',
      'a, b, c',
      'a, b',
      '환자 오른쪽',
      '환자 왼쪽',
      '수평선 위 90°(곧장 위)',
      '수평선 아래 90°(곧장 아래)',
      '수평선 위 30°, 바깥쪽',
      '수평선 위 30°, 안쪽',
      '수평선 아래 20°, 바깥쪽',
      '얼굴 지도 밖 부위',
      '신경 가지',
      '광대뼈 돌출부',
      '얼굴신경 광대가지(관골지)',
      '얼굴신경 목가지(경지)와 큰귓바퀴신경(대이개신경)',
    ]);
  });

  it('Russian', () => {
    expect(sample(WORDS_RU)).toEqual([
      'нить 7',
      'Нить 7',
      'нити 2, 5 и 9',
      'Нити 2, 5 и 9',
      'Нити 3 и 4',
      '1,3 мм',
      '12,3 мм',
      '0 мм',
      '1 Н',
      '0,2 Н',
      '12,5%',
      '30%',
      '30,0%',
      '12,35%',
      '',
      'a',
      'a или b',
      'a, b или c',
      'a',
      'a и b',
      'a, b и c',
      'a, b',
      'справа у пациента',
      'слева у пациента',
      '90° выше горизонтали (строго вверх)',
      '90° ниже горизонтали (строго вниз)',
      '30° выше горизонтали, латерально',
      '30° выше горизонтали, медиально',
      '20° ниже горизонтали, латерально',
      'вне размеченной области лица',
      'ветвь нерва',
      'скула (скуловое возвышение)',
      'скуловые ветви лицевого нерва',
      'шейная ветвь лицевого нерва и большой ушной нерв',
    ]);
  });

  it('names every structure of the atlas in each language, in its script', () => {
    const scripts = [
      ['en', WORDS_EN, /[a-z]/],
      ['ko', WORDS_KO, /[\uac00-\ud7a3]/],
      ['ru', WORDS_RU, /[а-яё]/],
    ] as const;
    for (const [locale, w, script] of scripts) {
      const names = [
        ...CANONICAL_ATLAS.dangerZones.map((z) => w.danger(z.kind)),
        ...CANONICAL_ATLAS.muscles.map((m) => w.muscle(m.kind)),
        ...CANONICAL_ATLAS.fixationZones.map((z) => w.fixation(z.kind)),
        ...CANONICAL_ATLAS.regions.map((r) => w.region(r.kind)),
        // (English names no nerve where the region has no nerve plane: the nose, the forehead, in front of the ear.)
        ...(locale === 'en' ? [] : CANONICAL_ATLAS.regions.map((r) => w.nerve(r.kind))),
      ];
      for (const name of names) expect(name, locale).toMatch(script);
    }
  });
});
