import type { Rule } from '../context';
import type { ThreadGeometry } from '../thread-geometry';
import { makeFinding } from '../findings';
import type { Finding, Threshold } from '../types';
import { ThreadList, mm } from '../words';

/**
 * A path longer than the thread cannot be covered by it; a cone thread needs a minimum
 * entry-to-exit length for its cones (domain.md: 8/12/16 cones need at least 6/9/11 cm); and a
 * barbed section must lie on the path.
 *
 * Lengths are the path's length ON THE SKIN (thread-geometry.ts), the length of thread it takes:
 * the frontal drawing foreshortens the side of the face (near the ear to about 0.4x).
 */

const LENGTH_TOLERANCE: Threshold = {
  name: 'lengthToleranceMm',
  value: 2,
  unit: 'mm',
  description: 'Length differences up to this are accepted (drawing precision).',
  source: 'design choice: about the precision of drawing a path end on the diagram at normal zoom.',
};

export const lengthMismatch: Rule = {
  description: {
    id: 'length-mismatch',
    title: 'Path length does not fit the thread',
    description:
      "Flags a path longer than the thread type, shorter than the type's minimum path (cone threads need room for their cones), or a barbed section that runs past the end of the path.",
    thresholds: [LENGTH_TOLERANCE],
  },
  checkThread(g: ThreadGeometry): Finding[] {
    const out: Finding[] = [];
    const tol = LENGTH_TOLERANCE.value;
    const n = ThreadList([g.number]);
    const type = g.type;
    if (type !== null && g.lengthMm > type.lengthMm + tol) {
      out.push(
        makeFinding('length-mismatch', 'warning', {
          threads: [g.thread.id],
          side: g.side,
          title: `${n} is drawn longer than the thread`,
          message: `The path is ${mm(g.lengthMm)} but this thread type is ${mm(type.lengthMm)} long. The far part of the path will have no thread in it, so the lift planned there will not happen.`,
          fix: `Shorten the path to ${mm(type.lengthMm)} or choose a longer thread type.`,
          location: g.exit,
          aspect: 'too-long',
        }),
      );
    }
    if (type !== null && type.minPathMm > 0 && g.lengthMm < type.minPathMm - tol) {
      out.push(
        makeFinding('length-mismatch', 'warning', {
          threads: [g.thread.id],
          side: g.side,
          title: `${n} is too short for its thread type`,
          message: `The path is ${mm(g.lengthMm)} but this type needs at least ${mm(type.minPathMm)} from entry to exit${type.coneCount ? ` to seat its ${type.coneCount} cones` : ''}. Cones or barbs left bunched together hold unevenly and can be felt or seen.`,
          fix: `Lengthen the path to at least ${mm(type.minPathMm)}, or choose a type with fewer cones.`,
          location: g.exit,
          aspect: 'too-short',
        }),
      );
    }
    const barbsEnd = g.declaredBarbedEndMm;
    if (barbsEnd !== null && g.barbed !== null && barbsEnd > g.lengthMm + tol) {
      out.push(
        makeFinding('length-mismatch', 'warning', {
          threads: [g.thread.id],
          side: g.side,
          title: `The barbed section of ${n.toLowerCase()} runs past the end of its path`,
          message: `The barbs are planned up to ${mm(barbsEnd)} from the entry but the path is only ${mm(g.lengthMm)} long, so part of the barbed section would lie outside the planned path.`,
          fix: `End the barbed section at or before ${mm(g.lengthMm)}, or lengthen the path.`,
          location: g.exit,
          aspect: 'barbs-past-end',
        }),
      );
    }
    return out;
  },
};
