/**
 * Reading a plan file's bytes into text: the one loader the CLI and the desktop share (issue 8),
 * so both accept and refuse the same files with the same words. The file access is injected
 * (node:fs/promises satisfies PlanFileSystem), which keeps this module pure.
 *
 * - Regular files only: a named pipe could block forever and a device (/dev/zero) never ends,
 *   so anything else is refused before a byte is read. The file is opened with O_NONBLOCK where
 *   the OS has it, so even opening a pipe with no writer returns at once.
 * - A size cap that does not trust stat: the file is read in chunks and refused as soon as it
 *   passes MAX_PLAN_FILE_BYTES, so a file that grows, or lies about its size, costs at most the
 *   cap plus one chunk of memory.
 * - Strict UTF-8: a byte that is not UTF-8 is refused with where it is (offset, line, column),
 *   never shown as U+FFFD.
 */
import { planError, type PlanError, type PlanErrorText } from './errors';
import { MAX_PLAN_FILE_BYTES } from './limits';

/** What the loader needs of an open file (a node:fs/promises FileHandle has all of it). */
export interface PlanFileHandle {
  stat(): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** Opens a file (node:fs/promises satisfies this). */
export interface PlanFileSystem {
  open(path: string, flags: number): Promise<PlanFileHandle>;
}

/** The open flags used, from the host (node:fs `constants`); Windows has no O_NONBLOCK. */
export interface OpenFlagConstants {
  readonly O_RDONLY: number;
  readonly O_NONBLOCK?: number;
}

export type PlanFileText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: PlanError };

/** Bytes read per call: small enough that an oversize file is refused after little work. */
const CHUNK_BYTES = 256 * 1024;

/** A size in megabytes with one decimal ("5.0 MB", "5,0 МБ" in the language of the message). */
const mb = (bytes: number) => ({ value: bytes / 1_000_000, decimals: 1 });

/** The size refusal for `bytes` over `limit`, the same words here and in parse.ts. */
export const sizeRefusalText = (bytes: number, limit: number): PlanErrorText => ({ key: 'read.tooLarge', fixed: { size: mb(bytes), max: mb(limit) } });

/**
 * For hosts that know a file's size for sure before reading it (a browser File): the refusal
 * readPlanFileText would give, or null when `size` is within the cap.
 */
export function planFileSizeRefusal(size: number, limit = MAX_PLAN_FILE_BYTES): PlanError | null {
  return size > limit ? planError(sizeRefusalText(size, limit), '') : null;
}

const refusal = (why: PlanErrorText, line: number | null = null, column: number | null = null): PlanFileText => ({
  ok: false,
  error: planError(why, '', line, column),
});

/**
 * Reads `path` as plan text. A refusal (not a regular file, too large, not UTF-8) comes back as
 * a PlanError; an error of the file system itself (missing, no permission) is thrown as it is,
 * with its code, for the caller to put in its own words.
 */
export async function readPlanFileText(
  fs: PlanFileSystem,
  path: string,
  constants: OpenFlagConstants,
  limit = MAX_PLAN_FILE_BYTES,
): Promise<PlanFileText> {
  const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return refusal({ key: 'read.folder' });
    if (!info.isFile()) return refusal({ key: 'read.notRegular' });
    // stat's size only speeds up the common refusal and names the size; the read below enforces the cap.
    const bySize = planFileSizeRefusal(info.size, limit);
    if (bySize) return { ok: false, error: bySize };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(CHUNK_BYTES, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return refusal({ key: 'read.overLimit', fixed: { max: mb(limit) } });
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return decodePlanBytes(bytes);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Strict UTF-8 to text; a bad byte is refused with its offset, line and column. */
export function decodePlanBytes(bytes: Uint8Array): PlanFileText {
  const bad = findInvalidUtf8(bytes);
  if (bad !== null) {
    const { line, column } = lineColumnOfByte(bytes, bad.offset);
    const hex = (bytes[bad.offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return refusal({ key: bad.truncated ? 'read.notUtf8Cut' : 'read.notUtf8Start', params: { hex, offset: bad.offset } }, line, column);
  }
  return { ok: true, text: decodeValidUtf8(bytes) };
}

/**
 * The first byte where `bytes` stops being UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or null. `truncated` when a lead byte's sequence is cut short or
 * broken, as opposed to a byte that can never start a character.
 */
export function findInvalidUtf8(bytes: Uint8Array): { offset: number; truncated: boolean } | null {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlong 3-byte forms
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // no overlong 4-byte forms
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return { offset: i, truncated: false };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return { offset: i, truncated: true };
    }
    i += need + 1;
  }
  return null;
}

/** 1-based line and column (in characters) of byte `offset`. */
function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++; // count characters, not continuation bytes
  }
  return { line, column };
}

/** Decodes bytes already checked by findInvalidUtf8 (shared/ has no TextDecoder in its types). */
function decodeValidUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units: number[] = [];
  const flush = (): void => {
    parts.push(String.fromCharCode(...units));
    units.length = 0;
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b < 0xe0) {
      cp = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      cp = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else {
      cp = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      i += 4;
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    // String.fromCharCode takes its arguments on the stack: flush in bounded runs.
    if (units.length >= 8192) flush();
  }
  flush();
  return parts.join('');
}
