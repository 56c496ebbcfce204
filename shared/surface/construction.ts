/**
 * The numbers that shape the parts of the head the MediaPipe face does not cover: the scalp and
 * temples above it, the skin under the jaw and the neck below it, and the ears beside it. Each is
 * a design choice with its reason; docs/atlas.md ("The face as a surface") explains the whole
 * construction and tests/unit/shared/surface/anthropometry.test.ts holds the result to published
 * head and face dimensions.
 */

/** Grid spacing of the stored surface, millimetres (design choice: half a millimetre keeps the
 * steep skin in front of the ear within a few grid cells, and the grid under 4 MB). */
export const GRID_STEP_MM = 0.5;

/** Frontal box the surface is stored over: the head outline and both ears with room to spare. */
export const GRID_BOX = { minX: -92, maxX: 92, minY: -112, maxY: 180 } as const;

/**
 * Depth of the head's widest coronal section (where the side of the head is seen edge-on from the
 * front, and the top of the head), millimetres in front of the tragion plane (negative: behind).
 * Design choice: the vertex and the greatest head breadth lie about 1 cm behind the ear canal, the
 * middle of a head about 190-200 mm long whose forehead is about 95 mm in front of the tragion.
 */
export const CRANIUM_CENTRE_Z = -10;

/**
 * The neck as elliptic sections: its widest point (the outline seen from the front) 15 mm behind
 * the tragion plane and its front 40 mm in front of it, i.e. a neck about 110 mm deep whose front
 * lies some 30 mm behind the chin. Design choice from average adult proportions.
 */
export const NECK_CENTRE_Z = -15;
export const NECK_FRONT_Z = 40;
/** Height at which the neck's front depth is measured (about halfway down the drawn neck). */
export const NECK_REFERENCE_Y = 140;

/** The cranium's proportions hold down to the eyes (y = 0), the neck's from the jaw angle (y = 90) down; smoothly in between. */
export const CRANIUM_UNTIL_Y = 0;
export const NECK_FROM_Y = 90;

/**
 * Width of the band beyond the MediaPipe face over which its border blends into the head shape,
 * millimetres. Design choice: about the forehead-to-hairline and chin-to-neck distances, so the
 * blend neither leaves a ridge at the face's border nor reaches far into the scalp or neck.
 */
export const BLEND_MM = 20;

/** The slope change carried across the face's border is limited to this (mm of z per mm). */
export const MAX_BORDER_SLOPE = 2;

/**
 * The ears are flaps hinged at the head outline, sloping back this many millimetres per
 * millimetre outward. Design choice: the drawn helix stands about 12 mm out from the outline,
 * and its rim lies about 20 mm behind the attachment (ear protrusion is 20-23 mm on average,
 * ANSUR II 2012; the ear is about 35 mm from front to back).
 */
export const EAR_SLOPE = 1.7;

/**
 * Beyond the head outline the stored heights continue as a steep skirt, so that a point drawn a
 * little off the face still gets a finite, sensible length. It is not skin: onSurface is false.
 */
export const SKIRT_SLOPE = 3;
export const SKIRT_MAX_MM = 10;

/**
 * Depth of the fitted face relative to its width. The model is scaled to the atlas by the eye
 * corners (90 mm apart), but the atlas face is otherwise drawn at about the men's average size
 * (bizygomatic 140 mm, nasion-menton 130 mm, docs/atlas.md). Scaling depth by 1.1 more puts the
 * tragion-subnasale depth at the men's mean (about 124 mm against 123, Farkas 1994); the skin
 * arcs, the tragion-gnathion depth and the rest are then checked independently against their norms.
 */
export const DEPTH_SCALE = 1.1;
