/**
 * Space for the many short runs of numbers the analysis makes on every edit (lifted skin paths,
 * path samples): a new Float64Array costs the allocator and the collector far more than a place
 * in one already made (3-4 % of a full analysis went to it), so runs are cut from slabs of
 * SLAB_LENGTH numbers (64 KB: small, since one long-lived run keeps its whole slab). A slab is
 * freed when nothing using it is left. Single-threaded: nothing interleaves two reservations.
 */
const SLAB_LENGTH = 1 << 13;

let slab = new Float64Array(0);
let used = 0;

/** Where reserved numbers are: array[at .. at + length). One object, rewritten by every reservation. */
export interface FloatReservation {
  array: Float64Array;
  at: number;
}

const reservation: FloatReservation = { array: slab, at: 0 };

/**
 * Reserves `length` numbers (zeros) without making a view of them: in a shared slab, or in an
 * array of their own when they are too many to share one. Read the answer before the next call.
 */
export function reserveFloats(length: number): Readonly<FloatReservation> {
  if (length > SLAB_LENGTH / 4) {
    reservation.array = new Float64Array(length);
    reservation.at = 0;
    return reservation;
  }
  if (used + length > slab.length) {
    slab = new Float64Array(SLAB_LENGTH);
    used = 0;
  }
  reservation.array = slab;
  reservation.at = used;
  used += length;
  return reservation;
}

/**
 * A run of numbers written one after another while their count is not known yet (a lifted path):
 * array[at .. end) is room it holds; openFloats makes one, growFloats moves it when full and
 * closeFloats gives back what it did not use.
 */
export interface FloatRun {
  array: Float64Array;
  at: number;
  end: number;
}

/**
 * Opens `run` with room for at least `length` numbers: the rest of the current slab (a new slab
 * when less than that is left), held by the run until it is closed.
 */
export function openFloats(run: FloatRun, length: number): void {
  if (length > SLAB_LENGTH / 4) {
    run.array = new Float64Array(length);
    run.at = 0;
    run.end = length;
    return;
  }
  if (used + length > slab.length) {
    slab = new Float64Array(SLAB_LENGTH);
    used = 0;
  }
  run.array = slab;
  run.at = used;
  run.end = slab.length;
  used = slab.length;
}

/** Moves an open run whose first `length` numbers are written to a place with room for at least `needed` numbers. */
export function growFloats(run: FloatRun, length: number, needed: number): void {
  const from = run.array;
  const at = run.at;
  openFloats(run, Math.max(needed, 2 * length));
  const to = run.array;
  const base = run.at;
  for (let i = 0; i < length; i++) to[base + i] = from[at + i]!;
}

/** Closes an open run after its first `length` numbers: the room after them is free again. */
export function closeFloats(run: FloatRun, length: number): void {
  if (run.array === slab) used = run.at + length;
}
