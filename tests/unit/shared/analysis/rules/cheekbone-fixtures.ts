import type { PlanDocument } from '../../../../../shared/plan/types';
import { PlanBuilder, TEMPLE, meta, midfaceVector } from '../helpers';

/**
 * Two threads whose traction lines cross over the left malar prominence while the side's other
 * two vectors end below the cheekbone: a short bidirectional cog from the temple (t3) and a
 * unidirectional cog from the lateral orbital rim down and inward (t4). Shared by the
 * cheekbone-concentration tests that check the converging finding.
 */
export function convergingOnProminence(): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'test', patientId: 'T-1' }));
  b.side('left', 'A', TEMPLE, [
    midfaceVector(9, 65, { tension: 1.5 }),
    midfaceVector(23, 65, { tension: 1.5 }),
    { type: 'pdo-cog-bi-19g-100', to: [[26, 52]], barbs: [45, 68], zone: 'deep-temporal-fascia', tension: 0.6 },
  ]);
  b.side('left', 'B', [49, 10], [{ type: 'pdo-cog-uni-19g-100', to: [[30, 60]], barbs: [15, 46], zone: 'lateral-orbital-rim', tension: 0.6 }]);
  return b.build();
}
