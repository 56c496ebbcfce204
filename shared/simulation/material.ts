/**
 * The tissue model's constants. Each says where it comes from; most are the project's own
 * design choices, because no published study gives a whole-face membrane model (see
 * docs/simulation.md for what this model is and is not).
 */
export interface TissueMaterial {
  /**
   * Membrane stiffness E*t of the skin and superficial fat as one layer, newtons per millimetre.
   * Calibrated (calibration.ts) so the bench case reproduces the finite-element figures of
   * Mousavi et al. 2023 (4-cone suture, 2 N -> 4.35 mm, 4 N -> 7.6 mm). Uniform over the face:
   * no published study gives regional membrane stiffness of facial soft tissue.
   */
  readonly membraneStiffnessNPerMm: number;
  /**
   * Poisson's ratio of the membrane. Soft tissue is nearly incompressible (0.45-0.5 is the usual
   * range in facial soft-tissue models); plane stress stays well-posed at these values. Design
   * choice: 0.45.
   */
  readonly poisson: number;
  /**
   * How far the pull of a load spreads in the mobile face, millimetres: the membrane rests on an
   * elastic foundation (the loose sub-SMAS planes of the mobile face) of stiffness
   * E*t / length² per unit area. Design choice: about the width of the lifted zone around one
   * thread in the clinical descriptions, a few centimetres; not a measured value.
   */
  readonly mobileSpreadMm: number;
  /**
   * How many times more firmly the fixed lateral face (behind the vertical line down from the
   * lateral orbital rim) is tethered to the deep fascia than the mobile face. The fixed face is
   * where the SMAS is bound to the parotid-masseteric fascia and the retaining ligaments hold
   * (shared/domain.md); the factor itself is a design choice.
   */
  readonly fixedFaceTetherFactor: number;
  /**
   * How many times more firmly a retaining ligament holds the tissue over its footprint than the
   * mobile face's foundation. Ligaments are fibrous bands from bone to dermis: far firmer than
   * the loose planes around them, yet not rigid (they attenuate and let the tissue descend with
   * age). The factor is a design choice.
   */
  readonly ligamentTetherFactor: number;
  /**
   * Secant stiffening, per millimetre: each node's displacement d from the linear solve becomes
   * d / (1 + k d). Soft tissue stiffens as it stretches (hyperelastic), so a linear model
   * overshoots at larger loads; this one term, fitted to both points of the bench case, keeps
   * the factorisation (it only rescales the solved field). Derived in calibration.ts.
   */
  readonly stiffeningPerMm: number;
}

/**
 * The calibrated values. calibration.ts recomputes the two fitted numbers from the bench case
 * (`npx tsx scripts/calibrate-simulation.ts` prints them); a unit test checks that the bench
 * case still lands within 10% of both published points with these values.
 */
export const TISSUE_MATERIAL: TissueMaterial = {
  membraneStiffnessNPerMm: 0.159,
  poisson: 0.45,
  mobileSpreadMm: 20,
  fixedFaceTetherFactor: 8,
  ligamentTetherFactor: 20,
  stiffeningPerMm: 0.0333,
};
