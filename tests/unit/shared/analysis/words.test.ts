import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascending, degrees, mm, newtons, percent, regionWords, sideWords, threadList } from '../../../../shared/analysis/words';

/**
 * The English words every finding is written with (shared/analysis/words.ts): threads by their
 * number in the plan, in ascending order, and quantities rounded the same way everywhere, so a
 * number in a title reads exactly as in its text, the inspector and the PDF.
 */
describe('ascending', () => {
  it('sorts any list of thread numbers into a new array and leaves the list it was given alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 12 }), (numbers) => {
        const given = [...numbers];
        const sorted = ascending(numbers);
        expect(sorted).toEqual([...numbers].sort((a, b) => a - b));
        expect(numbers).toEqual(given);
        if (numbers.length > 0) expect(sorted).not.toBe(numbers);
      }),
    );
  });

  it('keeps repeated numbers', () => {
    expect(ascending([4, 2, 4, 1, 2])).toEqual([1, 2, 2, 4, 4]);
  });
});

describe('threadList', () => {
  it('names one thread, two, or several in ascending order with "and" before the last', () => {
    expect(threadList([7])).toBe('thread 7');
    expect(threadList([12, 3])).toBe('threads 3 and 12');
    expect(threadList([9, 2, 30, 4])).toBe('threads 2, 4, 9 and 30');
  });

  it('says so when there is no thread', () => {
    expect(threadList([])).toBe('no thread');
  });
});

describe('quantities', () => {
  it('prints millimetres to a tenth, whole numbers without a decimal, and never "-0"', () => {
    expect(mm(12.34)).toBe('12.3 mm');
    expect(mm(12.36)).toBe('12.4 mm');
    expect(mm(9.96)).toBe('10 mm');
    expect(mm(4)).toBe('4 mm');
    expect(mm(-0.04)).toBe('0 mm');
    expect(mm(-2.25)).toBe('-2.2 mm');
  });

  it('prints newtons to a hundredth, degrees whole, and shares as percentages', () => {
    expect(newtons(0.655)).toBe('0.66 N');
    expect(newtons(1.5)).toBe('1.5 N');
    expect(newtons(2)).toBe('2 N');
    expect(degrees(44.5)).toBe('45°');
    expect(degrees(-12.4)).toBe('-12°');
    expect(percent(0.254)).toBe('25%');
    expect(percent(0.2546, 1)).toBe('25.5%');
    expect(percent(0.3, 1)).toBe('30.0%');
    expect(percent(1)).toBe('100%');
  });
});

describe('places and sides', () => {
  it("names the patient's side, a region in plain words, and a place outside every region", () => {
    expect(sideWords('left')).toBe("the patient's left");
    expect(sideWords('right')).toBe("the patient's right");
    expect(regionWords('submalar')).toBe('mid-cheek below the cheekbone');
    expect(regionWords(null)).toBe('an area outside the mapped face');
    expect(regionWords(undefined)).toBe('an area outside the mapped face');
  });
});
