import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { FACE_SPACING_MM, PUBLISHED_POINTS, fitCalibration, runBench } from '../../../../shared/simulation/calibration';
import { TISSUE_MATERIAL } from '../../../../shared/simulation/material';
import { spacingForNodeCount } from '../../../../shared/simulation/mesh';
import { DEFAULT_TARGET_NODES } from '../../../../shared/simulation/model';

/**
 * The calibration against Mousavi et al. 2023 (4-cone suture, fixed anchor): 2 N moves the tissue
 * about 4.35 mm and 4 N about 7.6 mm. Both points must hold within 10% with the constants in
 * material.ts; and, as in the paper, more cones at the same force lower the peak strain and stress.
 */
describe('calibration bench', () => {
  it.each(PUBLISHED_POINTS)('$forceN N moves the tissue about $displacementMm mm (within 10%)', ({ forceN, displacementMm }) => {
    const { peakDisplacementMm } = runBench(4, forceN);
    expect(Math.abs(peakDisplacementMm - displacementMm) / displacementMm).toBeLessThan(0.1);
  });

  it('is a nonlinear response: twice the force moves the tissue less than twice as far', () => {
    expect(runBench(4, 4).peakDisplacementMm).toBeLessThan(2 * runBench(4, 2).peakDisplacementMm * 0.95);
  });

  it.each([2, 4])('at %d N, more cones lower the peak strain and stress', (forceN) => {
    const four = runBench(4, forceN);
    const eight = runBench(8, forceN);
    expect(eight.peakEquivalentStrain).toBeLessThan(four.peakEquivalentStrain);
    expect(eight.peakMembraneStress).toBeLessThan(four.peakMembraneStress);
    const twelve = runBench(12, forceN);
    expect(twelve.peakEquivalentStrain).toBeLessThan(four.peakEquivalentStrain);
  });

  it('keeps the constants in material.ts equal to what the fit gives', () => {
    const fit = fitCalibration();
    expect(TISSUE_MATERIAL.membraneStiffnessNPerMm).toBeCloseTo(fit.membraneStiffnessNPerMm, 3);
    expect(TISSUE_MATERIAL.stiffeningPerMm).toBeCloseTo(fit.stiffeningPerMm, 4);
  });

  it('runs the bench at the face mesh spacing', () => {
    expect(FACE_SPACING_MM).toBeCloseTo(spacingForNodeCount(CANONICAL_ATLAS.silhouette!, DEFAULT_TARGET_NODES), 2);
  });
});
