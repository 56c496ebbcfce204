/**
 * When the working copy is written (crash recovery). Issue 8: a crash may lose at most about
 * 2 s of work, a drag included, and a failed write is retried without waiting for an edit.
 *
 * - A change schedules a write AUTOSAVE_DELAY_MS later; changes meanwhile ride along (a steady
 *   stream of edits, such as a drag, is written once per delay, not once per edit and not never).
 * - One write at a time; when it ends and the plan moved on, the next is scheduled.
 * - A failed write is retried after 2 s, then 4, 8, ... up to 30 s (the disk may be full or
 *   gone for a while; hammering it helps nobody), edits or not.
 * Timers are the global ones, so tests drive them with fake timers.
 */

/** DESIGN CHOICE: 1 s after a change, so a crash loses at most ~1 s plus one write (target: about 2 s). */
export const AUTOSAVE_DELAY_MS = 1000;
/** First retry after a failed write, doubled on each further failure up to the maximum (design choice). */
export const AUTOSAVE_RETRY_FIRST_MS = 2000;
export const AUTOSAVE_RETRY_MAX_MS = 30_000;

export interface AutosaveHost<K> {
  /** What should be kept now: a key that identifies it (the plan object) and its text; null when nothing (clean). */
  current(): { readonly key: K; text(): string } | null;
  write(text: string): Promise<void>;
  /** A write failed; `attempt` counts the failures in a row. */
  failed(error: unknown, attempt: number): void;
  /** A write worked after failures. */
  recovered(): void;
}

export class AutosaveScheduler<K> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing = false;
  private failures = 0;
  private lastWritten: K | null = null;
  private disposed = false;

  constructor(
    private readonly host: AutosaveHost<K>,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  /** Something changed: make sure a write is on its way. */
  changed(): void {
    if (this.disposed || this.timer !== null || this.writing || !this.due()) return;
    this.schedule(this.delayMs);
  }

  /** Write now if there is something new (tests; and before the page goes away). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.run();
  }

  /** The plan is clean again (saved, opened, discarded): nothing to keep, no retry pending. */
  reset(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.failures = 0;
    this.lastWritten = null;
  }

  dispose(): void {
    this.reset();
    this.disposed = true;
  }

  /** The wait before retry number `failures` (1 = first retry). */
  static retryDelay(failures: number): number {
    return Math.min(AUTOSAVE_RETRY_MAX_MS, AUTOSAVE_RETRY_FIRST_MS * 2 ** (failures - 1));
  }

  private due(): boolean {
    const now = this.host.current();
    return now !== null && now.key !== this.lastWritten;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, ms);
  }

  private run(): void {
    if (this.disposed || this.writing) return;
    const now = this.host.current();
    if (now === null || now.key === this.lastWritten) return;
    this.writing = true;
    this.host.write(now.text()).then(
      () => {
        this.writing = false;
        this.lastWritten = now.key;
        if (this.failures > 0) {
          this.failures = 0;
          this.host.recovered();
        }
        this.changed(); // the plan may have moved on while writing
      },
      (error: unknown) => {
        this.writing = false;
        this.failures++;
        this.host.failed(error, this.failures);
        if (!this.disposed && this.timer === null) this.schedule(AutosaveScheduler.retryDelay(this.failures));
      },
    );
  }
}
