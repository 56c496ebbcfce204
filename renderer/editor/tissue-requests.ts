/**
 * When the editor asks the tissue simulation for a plan (issue 15).
 *
 * Outside a gesture every new plan is asked for at once. During a drag the map takes a new
 * answer at most once per TISSUE_MAP_DRAG_INTERVAL_MS (SnapshotBuilder.tissueShown), yet the
 * plan of every pointer move went to the Worker whenever it was idle, so it answered about once
 * per move. Each request cost the main thread a postMessage of the plan (1-5 ms a move in the
 * drag bench's Chromium at load 10, far more than cloning the 17 KB plan), each answer a message
 * and a snapshot rebuild, and the Worker's own work took one of the machine's two cores from the
 * page, for answers the map mostly passed over.
 *
 * So during a gesture the latest plan is sent once per map turn, timed to come back when the map
 * may take it: a round trip (the last answer's) before the turn, and never sooner than an
 * interval after the last request. The map then shows a plan from one round trip before its
 * turn, as it did when the Worker answered every move. The end of a gesture sends the last plan
 * at once, so the map and the simulated figures settle on it as before.
 */
import type { PlanDocument } from '../../shared/plan/types';
import { TISSUE_MAP_DRAG_INTERVAL_MS } from './editor-state';

export class TissueRequests {
  /** The latest plan not yet sent (null: nothing waiting). */
  private held: PlanDocument | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sent: PlanDocument | null = null;
  private sentAt = Number.NEGATIVE_INFINITY;
  private roundTripMs = 0;

  constructor(
    private readonly send: (plan: PlanDocument) => void,
    /** Monotonic milliseconds (performance.now in the app; a fake in tests). */
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /**
   * `plan` is the editor's new plan. `gesture`: a drag is in progress; `mapWaitMs`: how long until
   * the map may take a newer answer (SnapshotBuilder.mapWaitMs).
   */
  request(plan: PlanDocument, gesture: boolean, mapWaitMs: number): void {
    this.held = plan;
    if (!gesture) {
      this.flush();
      return;
    }
    if (this.timer !== null) return;
    const wait = Math.max(mapWaitMs - this.roundTripMs, this.sentAt + TISSUE_MAP_DRAG_INTERVAL_MS - this.clock());
    if (wait <= 0) this.flush();
    else
      this.timer = setTimeout(() => {
        this.timer = null;
        this.flush();
      }, wait);
  }

  /** Sends the plan waiting, if any, now (a gesture ended, or its turn came). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const plan = this.held;
    if (plan === null) return;
    this.held = null;
    this.sent = plan;
    this.sentAt = this.clock();
    this.send(plan);
  }

  /** An answer came for `plan`: the round trip of the last request times the next of a gesture. */
  answered(plan: PlanDocument): void {
    if (plan === this.sent) this.roundTripMs = this.clock() - this.sentAt;
  }
}
