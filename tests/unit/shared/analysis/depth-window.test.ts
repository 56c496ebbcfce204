import { describe, expect, it } from 'vitest';
import { DEEP_TOLERANCE, SMAS_TOLERANCE, SUBCUTANEOUS_MARGIN, deepLimitMm, nerveFromMm, shallowLimitMm } from '../../../../shared/analysis/depth-window';
import type { TissueLayers } from '../../../../shared/atlas/types';

/**
 * The depth window at one place (depth-window.ts): the limits both depth rules and the depth
 * profile use, from the tissue layers there and the patient's margin (`adjustMm`: positive for
 * thin skin or an older patient, negative for thick skin; patient-margin.ts). The layers below
 * are made up, with every layer a different thickness, so each limit can only come out right
 * from the layers it is meant to add.
 */
const tissue: TissueLayers = { skinMm: 1.5, fatMm: 4, smasMm: 2.5 };
const fatBottom = tissue.skinMm + tissue.fatMm;
const smasBottom = fatBottom + tissue.smasMm;

describe('shallowLimitMm', () => {
  it('for a subdermal thread is the skin itself, deepened by a positive patient margin', () => {
    expect(shallowLimitMm('subdermal', tissue, 0)).toBe(tissue.skinMm);
    expect(shallowLimitMm('subdermal', tissue, 0.7)).toBeCloseTo(tissue.skinMm + 0.7, 9);
  });

  it('for a subdermal thread never rises above the skin, whatever the margin (thick skin lowers no limit into the dermis)', () => {
    expect(shallowLimitMm('subdermal', tissue, -0.6)).toBe(tissue.skinMm);
  });

  it('for a subcutaneous thread is the skin plus its margin, moved by the patient margin both ways but never above the skin', () => {
    expect(shallowLimitMm('subcutaneous', tissue, 0)).toBeCloseTo(tissue.skinMm + SUBCUTANEOUS_MARGIN.value, 9);
    expect(shallowLimitMm('subcutaneous', tissue, 0.4)).toBeCloseTo(tissue.skinMm + SUBCUTANEOUS_MARGIN.value + 0.4, 9);
    expect(shallowLimitMm('subcutaneous', tissue, -0.3)).toBeCloseTo(tissue.skinMm + SUBCUTANEOUS_MARGIN.value - 0.3, 9);
    expect(shallowLimitMm('subcutaneous', tissue, -5)).toBe(tissue.skinMm);
  });

  it('for an SMAS thread is the top of the SMAS less its tolerance, moved by the patient margin both ways', () => {
    expect(shallowLimitMm('smas', tissue, 0)).toBeCloseTo(fatBottom - SMAS_TOLERANCE.value, 9);
    expect(shallowLimitMm('smas', tissue, 0.5)).toBeCloseTo(fatBottom - SMAS_TOLERANCE.value + 0.5, 9);
    expect(shallowLimitMm('smas', tissue, -0.5)).toBeCloseTo(fatBottom - SMAS_TOLERANCE.value - 0.5, 9);
    // Where the fat is thinner than the tolerance, the limit stays at the skin.
    expect(shallowLimitMm('smas', { ...tissue, fatMm: 0.5 }, 0)).toBe(tissue.skinMm);
  });
});

describe('deepLimitMm', () => {
  it('is the bottom of the fat plus the tolerance for threads made for the fat, of the SMAS for SMAS threads', () => {
    expect(deepLimitMm('subcutaneous', tissue, null)).toBeCloseTo(fatBottom + DEEP_TOLERANCE.value, 9);
    expect(deepLimitMm('subdermal', tissue, null)).toBeCloseTo(fatBottom + DEEP_TOLERANCE.value, 9);
    expect(deepLimitMm('smas', tissue, null)).toBeCloseTo(smasBottom + DEEP_TOLERANCE.value, 9);
  });

  it('inside an SMAS or galea anchor zone reaches the bottom of the SMAS', () => {
    for (const anchor of ['smas', 'galea'] as const) expect(deepLimitMm('subcutaneous', tissue, anchor), anchor).toBeCloseTo(smasBottom + DEEP_TOLERANCE.value, 9);
  });

  it('inside a deep fascia or periosteum anchor zone has no limit: the bite goes down to the anchor', () => {
    for (const anchor of ['deep-fascia', 'periosteum'] as const) expect(deepLimitMm('subcutaneous', tissue, anchor), anchor).toBe(Infinity);
  });
});

describe('nerveFromMm', () => {
  it('is the top of the SMAS where a branch runs in it (the temple), its bottom where branches run under it (the cheek)', () => {
    expect(nerveFromMm('temple', tissue)).toBeCloseTo(fatBottom, 9);
    expect(nerveFromMm('malar', tissue)).toBeCloseTo(smasBottom, 9);
  });

  it('is null where no branch runs within reach, and off every region', () => {
    expect(nerveFromMm('nose', tissue)).toBeNull();
    expect(nerveFromMm('preauricular', tissue)).toBeNull();
    expect(nerveFromMm(null, tissue)).toBeNull();
  });
});
