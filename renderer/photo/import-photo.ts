/**
 * Importing a photo into the plan: the chosen file's bytes become a clean stored image.
 *
 * 1. The bytes are sniffed (shared/photo/import-checks.ts): a non-image or a cut-off JPEG/PNG is
 *    refused with a clear reason before anything decodes it.
 * 2. The browser decodes it with the EXIF orientation applied (createImageBitmap with
 *    imageOrientation 'from-image'), so a phone photo taken on its side is stored upright.
 * 3. It is drawn at the stored size (the long side capped at MAX_PHOTO_LONG_SIDE_PX) and
 *    re-encoded as JPEG from the pixels alone. A canvas encoder writes no EXIF, GPS, device,
 *    owner, XMP or comment: the metadata is not edited out, it is never copied.
 * 4. The result is checked again at byte level (no metadata, whole, right size, under the cap).
 *
 * Nothing here touches the plan: the caller adds the photo only when this resolves with `ok`.
 */
import { checkStoredImage, JPEG_QUALITIES, MAX_IMPORT_FILE_BYTES, sniffImportFile, storedSize, tooLarge } from '../../shared/photo/import-checks';
import { encodeBase64, imageMetadataBlocks, jpegExifOrientation, type ImageMetadataKind } from '../../shared/photo/image-bytes';
import { MAX_PHOTO_BYTES } from '../../shared/plan/limits';
import type { PhotoImage } from '../../shared/plan/types';

export interface ImportedPhoto {
  readonly ok: true;
  readonly image: PhotoImage;
  /** Size as decoded (after orientation), before scaling. */
  readonly sourceWidth: number;
  readonly sourceHeight: number;
  readonly scaled: boolean;
  /** EXIF orientation found in the file (1 = none). */
  readonly orientation: number;
  /** Metadata blocks the file had and the stored copy does not. */
  /** What the re-encode left out, each kind once, in the order found (the message names them). */
  readonly removedMetadata: readonly ImageMetadataKind[];
}

export type ImportResult = ImportedPhoto | { readonly ok: false; readonly reason: string };

/** Where the pixels are drawn for encoding: an OffscreenCanvas where there is one, else a canvas element. */
async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Uint8Array> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2-D canvas');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer());
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2-D canvas');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new Error('the canvas gave no image');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Read, check, decode, scale and re-encode one chosen file. Never throws: a failure is a reason. */
export async function importPhotoBytes(bytes: Uint8Array): Promise<ImportResult> {
  const sniff = sniffImportFile(bytes);
  if (!sniff.ok) return sniff;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, reason: 'the image could not be decoded (it is damaged or in a format this system cannot read)' };
  }
  try {
    if (bitmap.width < 1 || bitmap.height < 1) return { ok: false, reason: 'the image has no pixels' };
    const size = storedSize(bitmap.width, bitmap.height);
    let encoded: Uint8Array | null = null;
    for (const quality of JPEG_QUALITIES) {
      encoded = await encodeJpeg(bitmap, size.width, size.height, quality);
      if (encoded.length <= MAX_PHOTO_BYTES) break;
    }
    if (!encoded) return { ok: false, reason: 'the image could not be encoded' };
    const check = checkStoredImage(encoded, size.width, size.height);
    if (!check.ok) return check;
    return {
      ok: true,
      image: { mediaType: 'image/jpeg', width: size.width, height: size.height, data: encodeBase64(encoded) },
      sourceWidth: bitmap.width,
      sourceHeight: bitmap.height,
      scaled: size.scaled,
      orientation: sniff.kind === 'jpeg' ? jpegExifOrientation(bytes) : 1,
      removedMetadata: sniff.kind === 'webp' ? [] : [...new Set(imageMetadataBlocks(bytes).map((b) => b.kind))],
    };
  } catch (e) {
    return { ok: false, reason: `the image could not be re-encoded (${e instanceof Error ? e.message : String(e)})` };
  } finally {
    bitmap.close();
  }
}

export async function importPhotoFile(file: Blob): Promise<ImportResult> {
  // Refuse an enormous file by its size before reading it into memory.
  if (file.size > MAX_IMPORT_FILE_BYTES) return tooLarge(file.size);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: 'the file could not be read' };
  }
  return importPhotoBytes(bytes);
}
