import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';
import { ACROSS_ENTRY, FOREHEAD_ENTRY, across, down, lid } from './muscle-conflict-fixtures';

const rule = 'muscle-conflict' as const;

describe('muscle-conflict', () => {
  it('flags barbs crossing zygomaticus major steeply', () => {
    const found = findingsOf(run(oneSide('left', ACROSS_ENTRY, [across([30, 49])])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['crossing:zygomaticus-major']);
    expect(found[0]!.title).toMatch(/crosses the zygomaticus major at \d+°/);
  });

  it('clears when the barbs stop before the muscle (the smooth part may cross)', () => {
    expect(findingsOf(run(oneSide('left', ACROSS_ENTRY, [across([30, 38])])), rule)).toEqual([]);
  });

  it('accepts vectors laid along zygomaticus major', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65), midfaceVector(37, 62)])), rule)).toEqual([]);
  });

  it('flags barbs inside the orbicularis oculi ring', () => {
    const found = findingsOf(run(oneSide('left', TEMPLE, [lid()])), rule);
    expect(found.map((f) => f.aspect)).toContain('ring:orbicularis-oculi');
  });

  it('flags a pull against the frontalis and clears when the pull turns with it', () => {
    expect(findingsOf(run(oneSide('left', FOREHEAD_ENTRY, [down()])), rule).map((f) => f.aspect)).toEqual(['against:frontalis']);
    expect(findingsOf(run(oneSide('left', FOREHEAD_ENTRY, [down({ fixationEnd: 'distal' })])), rule)).toEqual([]);
  });
});
