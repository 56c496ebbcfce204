/**
 * Latest-wins request coalescing for a worker that answers one request at a time: at most one
 * request is in flight; a request made while one is in flight waits, and a newer one replaces it
 * (the worker never computes a plan that is already out of date). So a drag never queues work:
 * the answers follow at the rate the worker can hold, and the last edit is always answered.
 *
 * No Worker here: the channel takes a post function, so the logic is tested under Node.
 */
export class LatestWins<Request, Answer> {
  private nextId = 1;
  private inFlight: number | null = null;
  private waiting: Request | null = null;
  private hasWaiting = false;

  constructor(
    private readonly post: (id: number, request: Request) => void,
    private readonly deliver: (answer: Answer, request: Request) => void,
  ) {}

  /** Requests in flight keyed by id, so an answer is delivered with the request it answers. */
  private readonly requests = new Map<number, Request>();

  /** Ask for `request`: sent now when the worker is idle, otherwise held (replacing any held one). */
  request(request: Request): void {
    if (this.inFlight === null) this.send(request);
    else {
      this.waiting = request;
      this.hasWaiting = true;
    }
  }

  /** The worker answered request `id`. Answers to anything but the request in flight are ignored. */
  answer(id: number, answer: Answer): void {
    if (id !== this.inFlight) return;
    const request = this.requests.get(id)!;
    this.requests.delete(id);
    this.inFlight = null;
    this.deliver(answer, request);
    this.sendWaiting();
  }

  /** The worker failed on request `id` (or died): drop it and go on with the held request, if any. */
  fail(id: number | null): void {
    if (id !== null && id !== this.inFlight) return;
    if (this.inFlight !== null) this.requests.delete(this.inFlight);
    this.inFlight = null;
    this.sendWaiting();
  }

  /** True while a request is being computed. */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  private sendWaiting(): void {
    if (!this.hasWaiting) return;
    const next = this.waiting as Request;
    this.waiting = null;
    this.hasWaiting = false;
    this.send(next);
  }

  private send(request: Request): void {
    const id = this.nextId++;
    this.inFlight = id;
    this.requests.set(id, request);
    this.post(id, request);
  }
}
