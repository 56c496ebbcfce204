import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  encodeBase64,
  findImageMetadata,
  jpegExifOrientation,
  readImageHeader,
} from '../../../../shared/photo/image-bytes';

const PHOTOS = join(__dirname, '../../../fixtures/photos');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PHOTOS, name)));

describe('base64', () => {
  it('round-trips any bytes and matches Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses text that is not strict padded base64', () => {
    for (const bad of ['abc', 'ab=c', '*bcd', 'ab==abcd', 'a===', 'ab\ncd==', 'é123']) expect(decodeBase64(bad)).toBeNull();
    expect(decodeBase64('')).toEqual(new Uint8Array(0));
  });
});

describe('image headers', () => {
  it('reads type and size of JPEG and PNG files', () => {
    expect(readImageHeader(bytesOf('face-small.jpg'))).toEqual({ mediaType: 'image/jpeg', width: 96, height: 96 });
    expect(readImageHeader(bytesOf('face-small.png'))).toEqual({ mediaType: 'image/png', width: 96, height: 96 });
    // stored on its side (400 x 512) with an orientation tag that turns it upright
    expect(readImageHeader(bytesOf('astronaut-exif-gps-rotated.jpg'))).toEqual({ mediaType: 'image/jpeg', width: 400, height: 512 });
    expect(readImageHeader(bytesOf('face-photo-astronaut-public-domain.png'))).toEqual({ mediaType: 'image/png', width: 512, height: 512 });
  });

  it('refuses a cut-off JPEG, text, and a cut-off PNG', () => {
    expect(readImageHeader(bytesOf('truncated.jpg'))).toBeNull();
    expect(readImageHeader(bytesOf('not-an-image.jpg'))).toBeNull();
    const png = bytesOf('face-small.png');
    expect(readImageHeader(png.subarray(0, png.length - 20))).toBeNull();
    expect(readImageHeader(new Uint8Array(0))).toBeNull();
  });
});

describe('metadata', () => {
  it('finds EXIF with GPS, XMP and comments a camera writes, and the orientation', () => {
    const camera = bytesOf('astronaut-exif-gps-rotated.jpg');
    expect(findImageMetadata(camera)).toEqual(['EXIF (with GPS)', 'XMP', 'comment']);
    expect(jpegExifOrientation(camera)).toBe(6);
  });

  it('finds PNG text and time chunks', () => {
    expect(findImageMetadata(bytesOf('face-photo-astronaut-public-domain.png'))).toEqual(['time', 'text (tEXt)']);
  });

  it('finds nothing in a canvas-encoded image', () => {
    expect(findImageMetadata(bytesOf('face-small.jpg'))).toEqual([]);
    expect(findImageMetadata(bytesOf('face-small.png'))).toEqual([]);
    expect(jpegExifOrientation(bytesOf('face-small.jpg'))).toBe(1);
  });
});
