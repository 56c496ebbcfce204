/**
 * Generic thread types (no brands). The catalogue is data so users can add their own types;
 * a user type must satisfy the same validator as the built-in ones (catalogue/validate.ts).
 */

export type ThreadMaterial = 'PDO' | 'PLLA' | 'PLLA-PLGA' | 'PCL';

export type ThreadConfiguration = 'mono' | 'screw' | 'cog-uni' | 'cog-bi' | 'cone';

/** The tissue layer a thread type is made to lie in. */
export type IntendedLayer = 'subdermal' | 'subcutaneous' | 'smas';

export type ThreadPurpose = 'lifting' | 'tightening';

export interface ThreadType {
  readonly id: string;
  readonly name: string;
  readonly material: ThreadMaterial;
  readonly configuration: ThreadConfiguration;
  /** cut or moulded barbs; null for smooth and cone threads */
  readonly barbStyle: 'cut' | 'moulded' | null;
  /** Number of cones for cone threads, else null. */
  readonly coneCount: number | null;
  /** Thread length that can lie in tissue, millimetres. */
  readonly lengthMm: number;
  /** Shortest entry-to-exit path the type needs (cones, barb run), millimetres; 0 if none. */
  readonly minPathMm: number;
  /** Needle/cannula gauge, e.g. '19G'. */
  readonly gauge: string;
  /** USP suture size, e.g. '1-0'; '' when not applicable. */
  readonly usp: string;
  /** Typical time to absorption, months. */
  readonly absorptionMonths: number;
  readonly layer: IntendedLayer;
  readonly purpose: ThreadPurpose;
  /** Nominal holding force in tissue, newtons (cadaver data where it exists). */
  readonly holdingForceN: number;
  /** Depth the editor suggests for a new thread of this type, millimetres. */
  readonly defaultDepthMm: number;
  readonly source: string;
}
