/**
 * Stored photos decoded for drawing: base64 -> ImageBitmap, once per image, shared by the
 * underlay, the alignment and the before/after views. Keyed by the image object (plan data is
 * immutable, so an edited photo with the same image keeps its decoded bitmap).
 */
import { useEffect, useState } from 'react';
import { decodeBase64 } from '../../shared/photo/image-bytes';
import type { PhotoImage } from '../../shared/plan/types';

const decoded = new WeakMap<PhotoImage, Promise<ImageBitmap | null>>();
const ready = new WeakMap<PhotoImage, ImageBitmap | null>();

export function decodePhoto(image: PhotoImage): Promise<ImageBitmap | null> {
  let job = decoded.get(image);
  if (!job) {
    const bytes = decodeBase64(image.data);
    job = bytes
      ? createImageBitmap(new Blob([bytes as BlobPart], { type: image.mediaType })).catch(() => null)
      : Promise.resolve(null);
    void job.then((bitmap) => ready.set(image, bitmap));
    decoded.set(image, job);
  }
  return job;
}

/** The decoded photo, or null while it decodes (and if it cannot be decoded). */
export function usePhotoBitmap(image: PhotoImage | null): ImageBitmap | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!image || ready.has(image)) return;
    let live = true;
    void decodePhoto(image).then(() => live && setTick((n) => n + 1));
    return () => {
      live = false;
    };
  }, [image]);
  return image ? (ready.get(image) ?? null) : null;
}
