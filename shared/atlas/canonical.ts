import { boundsOf } from '../geometry/polyline';
import { DANGER_ZONES } from './danger-zones';
import { DRAWING } from './drawing';
import { FIXATION_ZONES, FIXED_MOBILE_LINE } from './fixation';
import { LANDMARKS } from './landmarks';
import { LIGAMENTS } from './ligaments';
import { MUSCLES } from './muscles';
import { REGIONS, SILHOUETTE } from './regions';
import { CANONICAL_SURFACE } from '../surface/canonical';
import type { Atlas } from './types';

/**
 * The canonical adult face every plan is drawn on. Assembled from the small data files beside
 * it; see docs/atlas.md for the coordinate system, the schematic projection and the sources.
 * Bump `version` when positions change in a way that moves findings on existing plans.
 */
export const CANONICAL_ATLAS: Atlas = {
  id: 'canonical-adult-frontal',
  version: 1,
  description:
    'Schematic frontal view of an average adult face in millimetres. The patient\'s right side is drawn on the viewer\'s left. Positions are averages; people vary.',
  bounds: boundsOf([...SILHOUETTE, ...DRAWING.flatMap((s) => s.points)]),
  landmarks: LANDMARKS,
  drawing: DRAWING,
  regions: REGIONS,
  muscles: MUSCLES,
  dangerZones: DANGER_ZONES,
  fixationZones: FIXATION_ZONES,
  ligaments: LIGAMENTS,
  fixedMobileLine: FIXED_MOBILE_LINE,
  silhouette: SILHOUETTE,
  surface: CANONICAL_SURFACE,
};
