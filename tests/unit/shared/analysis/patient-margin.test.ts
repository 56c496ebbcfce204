/**
 * The patient margin of the depth rules (shared/analysis/patient-margin.ts): how the plan's skin
 * thickness and age band move the minimum depth, and the reason the findings state for it.
 * The rules' own tests reach it only through their findings (a partial Stryker run of the file
 * with the superficial-path and entry-dimpling tests: 55.6%); this states it directly, for every
 * skin thickness and age band, each margin computed inside its test.
 */
import { describe, expect, it } from 'vitest';
import { OLDER_PATIENT_EXTRA, OLDER_PATIENT_FROM_AGE, isOlderPatient, marginNoteText, patientDepthMargin } from '../../../../shared/analysis/patient-margin';
import { THICK_SKIN_RELIEF, THIN_SKIN_EXTRA } from '../../../../shared/analysis/skin';
import type { AgeBand, PlanMeta } from '../../../../shared/plan/types';

const BANDS: readonly AgeBand[] = ['under-30', '30-39', '40-49', '50-59', '60-69', '70-plus'];
const SKINS: readonly PlanMeta['skinThickness'][] = ['thin', 'normal', 'thick'];
/** The bands whose lowest age is at or over the older-patient age (50), read from their names. */
const olderByName = (band: AgeBand): boolean => Number.parseInt(band, 10) >= OLDER_PATIENT_FROM_AGE.value;

describe('isOlderPatient', () => {
  it('is true from the band that starts at the older-patient age on, false below it and with no band', () => {
    expect(BANDS.map(isOlderPatient)).toEqual([false, false, false, true, true, true]);
    expect(BANDS.map(isOlderPatient)).toEqual(BANDS.map(olderByName));
    expect(isOlderPatient(null)).toBe(false);
  });
});

describe('patientDepthMargin', () => {
  it('adds the thin-skin step, takes off the thick-skin relief and adds the age step, each alone and together', () => {
    const skinStep = { thin: THIN_SKIN_EXTRA.value, normal: 0, thick: -THICK_SKIN_RELIEF.value };
    for (const skinThickness of SKINS) {
      for (const ageBand of [...BANDS, null]) {
        const margin = patientDepthMargin({ skinThickness, ageBand });
        const older = ageBand !== null && olderByName(ageBand);
        expect(margin.adjustMm).toBeCloseTo(skinStep[skinThickness] + (older ? OLDER_PATIENT_EXTRA.value : 0), 12);
        expect({ thinSkin: margin.thinSkin, thickSkin: margin.thickSkin, older: margin.older }).toEqual({
          thinSkin: skinThickness === 'thin',
          thickSkin: skinThickness === 'thick',
          older,
        });
      }
    }
  });

  it('raises the margin for thin skin over 50 by both steps, and for thick skin over 50 by the age step less the relief', () => {
    expect(patientDepthMargin({ skinThickness: 'thin', ageBand: '60-69' }).adjustMm).toBe(THIN_SKIN_EXTRA.value + OLDER_PATIENT_EXTRA.value);
    expect(patientDepthMargin({ skinThickness: 'thick', ageBand: '50-59' }).adjustMm).toBe(OLDER_PATIENT_EXTRA.value - THICK_SKIN_RELIEF.value);
    expect(patientDepthMargin({ skinThickness: 'normal', ageBand: '40-49' }).adjustMm).toBe(0);
  });

  it('gives one frozen answer per skin thickness and age band, whatever was asked before', () => {
    const first = patientDepthMargin({ skinThickness: 'thick', ageBand: '30-39' });
    // Another age band of the same skin, then the first again: the same answer, not a remade one.
    const other = patientDepthMargin({ skinThickness: 'thick', ageBand: '70-plus' });
    expect(patientDepthMargin({ skinThickness: 'thick', ageBand: '30-39' })).toBe(first);
    expect(patientDepthMargin({ skinThickness: 'thick', ageBand: '70-plus' })).toBe(other);
    expect(other).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('marginNoteText: the reason a finding states, as text data', () => {
  const note = (skinThickness: PlanMeta['skinThickness'], ageBand: AgeBand | null) => marginNoteText(patientDepthMargin({ skinThickness, ageBand }));
  const age = OLDER_PATIENT_FROM_AGE.value;

  it('names thin skin and age together or alone, age with thick skin, and thick skin alone', () => {
    expect(note('thin', '50-59')).toEqual({ text: 'margin.thinOlder', params: { age } });
    expect(note('thin', '40-49')).toEqual({ text: 'margin.thin', params: { age } });
    expect(note('normal', '70-plus')).toEqual({ text: 'margin.older', params: { age } });
    expect(note('thick', '60-69')).toEqual({ text: 'margin.olderThick', params: { age } });
    expect(note('thick', 'under-30')).toEqual({ text: 'margin.thick' });
  });

  it('states nothing for a patient whose margin nothing moves', () => {
    expect(note('normal', '40-49')).toBe('');
    expect(note('normal', null)).toBe('');
  });
});
