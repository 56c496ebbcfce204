/**
 * Prints the tissue model's calibration: the two fitted constants (membrane stiffness and secant
 * stiffening) recomputed from the bench case of Mousavi et al. 2023, and the bench figures with
 * the constants in shared/simulation/material.ts. Run: npx tsx scripts/calibrate-simulation.ts
 * (docs/simulation.md quotes its output).
 */
import { PUBLISHED_POINTS, fitCalibration, runBench } from '../shared/simulation/calibration';
import { TISSUE_MATERIAL } from '../shared/simulation/material';

const fit = fitCalibration();
console.log('Fitted from the bench (material.ts should hold these, rounded):');
console.log(`  membraneStiffnessNPerMm = ${fit.membraneStiffnessNPerMm.toFixed(4)}   (material.ts: ${TISSUE_MATERIAL.membraneStiffnessNPerMm})`);
console.log(`  stiffeningPerMm         = ${fit.stiffeningPerMm.toFixed(4)}   (material.ts: ${TISSUE_MATERIAL.stiffeningPerMm})`);
console.log('\nBench, 4-cone suture with a fixed anchor (published -> model):');
for (const { forceN, displacementMm } of PUBLISHED_POINTS) {
  const r = runBench(4, forceN);
  const error = ((r.peakDisplacementMm - displacementMm) / displacementMm) * 100;
  console.log(`  ${forceN} N: ${displacementMm} mm -> ${r.peakDisplacementMm.toFixed(2)} mm (${error >= 0 ? '+' : ''}${error.toFixed(1)}%)`);
}
console.log('\nMore cones at the same force (peak equivalent strain, peak membrane stress N/mm):');
for (const forceN of [2, 4]) {
  const rows = [4, 8, 12].map((cones) => runBench(cones, forceN));
  const base = rows[0]!;
  for (const r of rows) {
    const ds = ((r.peakEquivalentStrain / base.peakEquivalentStrain - 1) * 100).toFixed(0);
    const dt = ((r.peakMembraneStress / base.peakMembraneStress - 1) * 100).toFixed(0);
    console.log(`  ${forceN} N, ${String(r.cones).padStart(2)} cones: strain ${r.peakEquivalentStrain.toFixed(3)} (${ds}%), stress ${r.peakMembraneStress.toFixed(4)} (${dt}%), displacement ${r.peakDisplacementMm.toFixed(2)} mm`);
  }
}
