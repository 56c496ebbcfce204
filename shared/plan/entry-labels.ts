import type { EntryPoint, Side } from './types';

/**
 * Entry points are lettered, threads numbered. A practitioner marks the punctures on the skin
 * "A", "B", "C" and reads "thread 3" in the findings, so a new entry point must never be called
 * "1" beside thread 1's number on the diagram (as it once was, next to the lettered entries of
 * the example plans). The letter is stored as the entry's `label`, as any label typed in the
 * inspector is: the file format does not change, and a label already in a file (a letter, a
 * number, a word) is shown as it is.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A, B, ... Z, then AA, AB, ... ZZ: more than the plan's limit of entry points (MAX_ENTRY_POINTS). */
function* letterSequence(): Generator<string> {
  for (const a of ALPHABET) yield a;
  for (const a of ALPHABET) for (const b of ALPHABET) yield a + b;
}

/**
 * The first letter no label in use begins with: with "AR" and "AL" (the example plans' pairs)
 * or "A" in the plan, A is taken and the next entry is "B", so a new letter never reads as part
 * of an existing pair. Labels that are numbers or words in another script take no letter.
 */
export function nextFreeEntryLetter(labels: Iterable<string>): string {
  const used = [...labels].map((l) => l.trim().toUpperCase()).filter((l) => l !== '');
  for (const candidate of letterSequence()) if (!used.some((l) => l.startsWith(candidate))) return candidate;
  // Unreachable within the plan's limits; a label the plan has not used is still better than none.
  return String(used.length + 1);
}

/** The label for a new entry point in `plan` beside the entries in `extra` (added in the same step). */
export function newEntryLabel(entryPoints: readonly EntryPoint[], extra: readonly EntryPoint[] = []): string {
  return nextFreeEntryLetter([...entryPoints, ...extra].map((e) => e.label));
}

const SIDE_LETTER: Readonly<Record<Side, string>> = { right: 'R', left: 'L' };

/**
 * The label of an entry point's mirror image. A label that names its side the way the example
 * plans do ("AR" on the patient's right) gives its pair ("AL") when no entry has it yet; any
 * other label gives the next free letter.
 */
export function mirroredEntryLabel(entry: EntryPoint, entryPoints: readonly EntryPoint[], extra: readonly EntryPoint[] = []): string {
  const label = entry.label.trim();
  const own = SIDE_LETTER[entry.side];
  if (label.length > 1 && label.endsWith(own)) {
    const other = SIDE_LETTER[entry.side === 'right' ? 'left' : 'right'];
    const pair = label.slice(0, -1) + other;
    if (![...entryPoints, ...extra].some((e) => e.label.trim() === pair)) return pair;
  }
  return newEntryLabel(entryPoints, extra);
}
