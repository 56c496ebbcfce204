import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_POINTS } from '../../../../shared/plan/limits';
import { mirroredEntryLabel, newEntryLabel, nextFreeEntryLetter } from '../../../../shared/plan/entry-labels';
import type { EntryPoint } from '../../../../shared/plan/types';
import { entryPointCaptions } from '../../../../shared/scene/numbering';
import { createEmptyPlan } from '../../../../shared/plan';

const entry = (id: string, label: string, side: EntryPoint['side'] = 'right'): EntryPoint => ({ id, label, position: { x: side === 'right' ? -50 : 50, y: 0 }, side });

/** Entry points are lettered, threads numbered: a new entry never shows "1" beside thread 1. */
describe('entry point letters', () => {
  it('give the first letter no label begins with', () => {
    expect(nextFreeEntryLetter([])).toBe('A');
    expect(nextFreeEntryLetter(['A', 'B'])).toBe('C');
    // The example plans' pairs take their letter: a new entry is not "A" beside "AR" and "AL".
    expect(nextFreeEntryLetter(['AR', 'AL', 'BR', 'BL'])).toBe('C');
    expect(nextFreeEntryLetter(['J1R', 'J2L'])).toBe('A');
    // A gap is filled, case and spaces do not matter, numbers and other scripts take no letter.
    expect(nextFreeEntryLetter(['A', 'c', ' b '])).toBe('D');
    expect(nextFreeEntryLetter(['B'])).toBe('A');
    expect(nextFreeEntryLetter(['1', '2', 'Вход'])).toBe('A');
  });

  it('go on to two letters after Z, and never run out within the plan limit', () => {
    const single = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    expect(nextFreeEntryLetter(single)).toBe('AA');
    const labels: string[] = [];
    for (let i = 0; i < MAX_ENTRY_POINTS; i++) labels.push(nextFreeEntryLetter(labels));
    expect(new Set(labels).size).toBe(MAX_ENTRY_POINTS);
    for (const l of labels) expect(l).toMatch(/^[A-Z]{1,2}$/);
  });

  it("take the added entries of the same step into account", () => {
    expect(newEntryLabel([entry('e1', 'A')], [entry('e2', 'B')])).toBe('C');
  });

  it("mirror a side-named label to its pair, and anything else to the next free letter", () => {
    expect(mirroredEntryLabel(entry('e1', 'AR', 'right'), [entry('e1', 'AR', 'right')])).toBe('AL');
    expect(mirroredEntryLabel(entry('e1', 'BL', 'left'), [entry('e1', 'BL', 'left')])).toBe('BR');
    // The pair already exists: the next free letter instead of a second "AL".
    expect(mirroredEntryLabel(entry('e1', 'AR', 'right'), [entry('e1', 'AR', 'right'), entry('e2', 'AL', 'left')])).toBe('B');
    // "R" alone, or an R on the left side, is not a side suffix.
    expect(mirroredEntryLabel(entry('e1', 'R', 'right'), [entry('e1', 'R', 'right')])).toBe('A');
    expect(mirroredEntryLabel(entry('e1', 'AR', 'left'), [entry('e1', 'AR', 'left')])).toBe('B');
    expect(mirroredEntryLabel(entry('e1', 'A', 'right'), [entry('e1', 'A', 'right')])).toBe('B');
  });

  it('caption an unlabelled entry with a free letter, distinct from every label, in plan order', () => {
    const plan = { ...createEmptyPlan(), entryPoints: [entry('e1', ''), entry('e2', 'A'), entry('e3', '  '), entry('e4', 'CR')] };
    expect([...entryPointCaptions(plan).values()]).toEqual(['B', 'A', 'D', 'CR']);
  });
});
