import type { Rule } from '../context';
import { isSmoothType, type ThreadGeometry } from '../thread-geometry';
import { makeFinding } from '../findings';
import type { Finding, Threshold } from '../types';

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
    const thread = { threads: [g.number], start: true };
    const pathMm = { mm: g.lengthMm };
    const type = g.type;
    if (type !== null && g.lengthMm > type.lengthMm + tol) {
      out.push(
        makeFinding('length-mismatch', 'warning', {
          threads: [g.thread.id],
          side: g.side,
          text: {
            id: 'length-mismatch.too-long',
            params: {
              thread,
              pathMm,
              typeMm: { mm: type.lengthMm },
              // A smooth thread lifts nothing: what the missing stretch loses is its treatment.
              lost: { text: isSmoothType(type) ? 'length-mismatch.lost.smooth' : 'length-mismatch.lost.lift' },
            },
          },
          location: g.distal,
          aspect: 'too-long',
        }),
      );
    }
    if (type !== null && type.minPathMm > 0 && g.lengthMm < type.minPathMm - tol) {
      out.push(
        makeFinding('length-mismatch', 'warning', {
          threads: [g.thread.id],
          side: g.side,
          text: {
            id: 'length-mismatch.too-short',
            params: {
              thread,
              pathMm,
              minMm: { mm: type.minPathMm },
              seat: type.coneCount ? { text: 'length-mismatch.seatCones', params: { cones: type.coneCount } } : '',
              // Fewer cones need less room; for a cog the remedy is a shorter thread.
              instead: { text: type.coneCount ? 'length-mismatch.instead.cones' : 'length-mismatch.instead.shorter' },
            },
          },
          location: g.distal,
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
          text: { id: 'length-mismatch.barbs-past-end', params: { thread: { threads: [g.number] }, pathMm, barbsMm: { mm: barbsEnd } } },
          location: g.distal,
          aspect: 'barbs-past-end',
        }),
      );
    }
    return out;
  },
};
