import { describe, expect, it } from 'vitest';
import { describeValueIn, renderWhere, valueDescription } from '../../../../shared/plan/error-text/render';

/**
 * How a refusal quotes the value it got, in each language: numbers, booleans and short text as
 * written, long text cut after 37 characters with its length, lists by length, objects and
 * nothing by name, anything else by its type; and the place as line alone or line and column.
 */

describe('valueDescription and describeValueIn', () => {
  it('quotes null, numbers, booleans and text up to 40 characters as written', () => {
    expect(valueDescription(null)).toEqual({ kind: 'quoted', text: 'null' });
    expect(valueDescription(2.5)).toEqual({ kind: 'quoted', text: '2.5' });
    expect(valueDescription(true)).toEqual({ kind: 'quoted', text: 'true' });
    const forty = 'x'.repeat(40);
    expect(valueDescription(forty)).toEqual({ kind: 'quoted', text: JSON.stringify(forty) });
    expect(describeValueIn(valueDescription(false), 'ru')).toBe('false');
  });

  it('cuts text of 41 characters or more after 37, with its length', () => {
    const long = 'abcdefghij'.repeat(4) + 'k';
    expect(valueDescription(long)).toEqual({ kind: 'longText', head: JSON.stringify(long.slice(0, 37)), length: 41 });
    expect(describeValueIn(valueDescription(long), 'en')).toBe(`${JSON.stringify(long.slice(0, 37))}... (41 characters)`);
  });

  it('names a list by its length, an object, nothing, and any other value by its type', () => {
    expect(valueDescription([1, 2])).toEqual({ kind: 'list', length: 2 });
    expect(valueDescription({})).toEqual({ kind: 'object' });
    expect(valueDescription(undefined)).toEqual({ kind: 'nothing' });
    expect(valueDescription(10n)).toEqual({ kind: 'type', type: 'bigint' });
    expect(describeValueIn({ kind: 'object' }, 'en')).toBe('an object');
    expect(describeValueIn({ kind: 'nothing' }, 'en')).toBe('nothing');
    expect(describeValueIn({ kind: 'type', type: 'bigint' }, 'en')).toBe('a bigint');
    expect(describeValueIn({ kind: 'type', type: 'number' }, 'en')).toBe('a number');
    expect(describeValueIn({ kind: 'list', length: 3 }, 'en')).toBe('a list of 3');
    for (const locale of ['ru', 'ko'] as const) {
      expect(describeValueIn({ kind: 'object' }, locale)).not.toBe('an object');
      expect(describeValueIn({ kind: 'nothing' }, locale)).not.toBe('nothing');
    }
  });
});

describe('renderWhere', () => {
  it('gives the line alone without a column, line and column with one, nothing without a line', () => {
    expect(renderWhere(4, null, 'en')).toBe(' (line 4)');
    expect(renderWhere(4, 9, 'en')).toBe(' (line 4, column 9)');
    expect(renderWhere(null, 9, 'en')).toBe('');
  });
});
