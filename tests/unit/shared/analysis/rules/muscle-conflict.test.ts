import { describe, expect, it } from 'vitest';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run, type ThreadSpec } from '../helpers';

const rule = 'muscle-conflict' as const;
const COG_UNI = 'pdo-cog-uni-19g-100';

/** From the zygomatic arch down, then horizontally across the cheek toward the nose. */
const across = (barbs: readonly [number, number]): ThreadSpec => ({ type: COG_UNI, to: [[60, 46], [31, 46]], depth: 5, barbs, zone: 'zygomatic-arch', tension: 1 });

describe('muscle-conflict', () => {
  it('flags barbs crossing zygomaticus major steeply', () => {
    const found = findingsOf(run(oneSide('left', [64, 20], [across([30, 49])])), rule);
    expect(found.map((f) => f.aspect)).toEqual(['crossing:zygomaticus-major']);
    expect(found[0]!.title).toMatch(/crosses the zygomaticus major at \d+°/);
  });

  it('clears when the barbs stop before the muscle (the smooth part may cross)', () => {
    expect(findingsOf(run(oneSide('left', [64, 20], [across([30, 38])])), rule)).toEqual([]);
  });

  it('accepts vectors laid along zygomaticus major', () => {
    expect(findingsOf(run(oneSide('left', TEMPLE, [midfaceVector(23, 65), midfaceVector(37, 62)])), rule)).toEqual([]);
  });

  it('flags barbs inside the orbicularis oculi ring', () => {
    // From the temple toward the lower eyelid.
    const lid: ThreadSpec = { type: COG_UNI, to: [[28, 12]], depth: 4.5, barbs: [15, 44], zone: 'deep-temporal-fascia', tension: 0.8 };
    const found = findingsOf(run(oneSide('left', TEMPLE, [lid])), rule);
    expect(found.map((f) => f.aspect)).toContain('ring:orbicularis-oculi');
  });

  it('flags a pull against the frontalis and clears when the pull turns with it', () => {
    // A forehead thread laid along the frontalis (vertical) but anchored at its lower end pulls
    // the forehead down, against the muscle that raises the brow.
    const down: ThreadSpec = { type: COG_UNI, to: [[36, -80]], depth: 3.5, barbs: [15, 45], fixationEnd: 'entry', tension: 0.8 };
    const up: ThreadSpec = { ...down, fixationEnd: 'distal' };
    expect(findingsOf(run(oneSide('left', [36, -28], [down])), rule).map((f) => f.aspect)).toEqual(['against:frontalis']);
    expect(findingsOf(run(oneSide('left', [36, -28], [up])), rule)).toEqual([]);
  });
});
