/**
 * The byte-level half of importing a photo, pure so it is tested under Node: what a chosen file
 * is before anything decodes it, how large the stored copy is made, and the check that the
 * re-encoded copy is clean before it goes into the plan. The pixel half (decode with the EXIF
 * orientation applied, scale, re-encode) needs a browser canvas: renderer/photo/import-photo.ts.
 */
import { MAX_PHOTO_BYTES, MAX_PHOTO_LONG_SIDE_PX } from '../plan/limits';
import { findImageMetadata, isJpeg, isPng, readImageHeader, type ImageHeader } from './image-bytes';

/**
 * Largest file the importer reads, bytes (design choice): a 50-megapixel camera JPEG is about
 * 25 MB; anything larger is not a photo a clinic takes of a face, and reading it would only
 * hold the window up.
 */
export const MAX_IMPORT_FILE_BYTES = 40_000_000;

/** What a chosen file is, from its first bytes; the reason is user-facing text. */
export type ImportSniff =
  | { readonly ok: true; readonly kind: 'jpeg' | 'png' | 'webp' }
  | { readonly ok: false; readonly reason: string };

const isWebp = (b: Uint8Array): boolean =>
  b.length >= 12 && b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50;

const isHeic = (b: Uint8Array): boolean => {
  if (b.length < 12) return false;
  const brand = String.fromCharCode(b[4]!, b[5]!, b[6]!, b[7]!, b[8]!, b[9]!, b[10]!, b[11]!);
  return /^ftyp(heic|heix|mif1|msf1|hevc|avif)/.test(brand);
};

/** The refusal for a file over MAX_IMPORT_FILE_BYTES (checked on its size before it is read). */
export const tooLarge = (size: number): { ok: false; reason: string } => ({
  ok: false,
  reason: `the file is ${(size / 1e6).toFixed(1)} MB; VectorLift imports photos up to ${MAX_IMPORT_FILE_BYTES / 1e6} MB`,
});

/**
 * Whether the file can be imported, before decoding: a JPEG or PNG whose structure is whole (a
 * cut-off download is named as such), or a WebP, which the browser's decoder checks. Anything
 * else is refused with what it seems to be.
 */
export function sniffImportFile(bytes: Uint8Array): ImportSniff {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > MAX_IMPORT_FILE_BYTES) return tooLarge(bytes.length);
  if (isJpeg(bytes)) {
    return readImageHeader(bytes) ? { ok: true, kind: 'jpeg' } : { ok: false, reason: 'the JPEG image is damaged or incomplete (it does not end where a JPEG ends)' };
  }
  if (isPng(bytes)) {
    return readImageHeader(bytes) ? { ok: true, kind: 'png' } : { ok: false, reason: 'the PNG image is damaged or incomplete' };
  }
  if (isWebp(bytes)) return { ok: true, kind: 'webp' };
  if (isHeic(bytes)) return { ok: false, reason: 'HEIC/AVIF photos cannot be read here; export the photo as JPEG first' };
  return { ok: false, reason: 'it is not a JPEG, PNG or WebP image' };
}

/**
 * The stored size for a decoded photo: the same shape, the long side at most
 * MAX_PHOTO_LONG_SIDE_PX (shared/plan/limits.ts explains the cap), never enlarged.
 */
export function storedSize(width: number, height: number, cap = MAX_PHOTO_LONG_SIDE_PX): { width: number; height: number; scaled: boolean } {
  const long = Math.max(width, height);
  if (long <= cap) return { width, height, scaled: false };
  const k = cap / long;
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)), scaled: true };
}

/**
 * JPEG qualities tried in turn until the encoded photo fits MAX_PHOTO_BYTES (design choice: 0.9
 * keeps skin texture; each step down about halves the artefacts' visibility cost in bytes; 0.5
 * is the floor below which blocks show on skin).
 */
export const JPEG_QUALITIES: readonly number[] = [0.9, 0.8, 0.7, 0.6, 0.5];

/** The final check on a re-encoded photo before it enters the plan: a whole JPEG/PNG of the stated size, no metadata, within the byte cap. */
export function checkStoredImage(bytes: Uint8Array, width: number, height: number): { ok: true; header: ImageHeader } | { ok: false; reason: string } {
  const header = readImageHeader(bytes);
  if (!header) return { ok: false, reason: 'the re-encoded image could not be read back' };
  if (header.width !== width || header.height !== height) return { ok: false, reason: `the re-encoded image is ${header.width} x ${header.height} px, not ${width} x ${height}` };
  const meta = findImageMetadata(bytes);
  if (meta.length > 0) return { ok: false, reason: `the re-encoded image still carries metadata (${meta.join(', ')})` };
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: `the photo stays above ${MAX_PHOTO_BYTES / 1e6} MB even at the lowest quality` };
  return { ok: true, header };
}
