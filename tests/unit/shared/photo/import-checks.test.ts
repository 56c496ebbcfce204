import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStoredImage, MAX_IMPORT_FILE_BYTES, sniffImportFile, storedSize } from '../../../../shared/photo/import-checks';
import { MAX_PHOTO_LONG_SIDE_PX } from '../../../../shared/plan/limits';

const PHOTOS = join(__dirname, '../../../fixtures/photos');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PHOTOS, name)));

describe('what a chosen file is, before decoding', () => {
  it('accepts whole JPEG and PNG files', () => {
    expect(sniffImportFile(bytesOf('astronaut-exif-gps-rotated.jpg'))).toEqual({ ok: true, kind: 'jpeg' });
    expect(sniffImportFile(bytesOf('face-photo-astronaut-public-domain.png'))).toEqual({ ok: true, kind: 'png' });
  });

  it('refuses text, a cut-off JPEG, an empty file, HEIC and a huge file, each with its reason', () => {
    expect(sniffImportFile(bytesOf('not-an-image.jpg'))).toEqual({ ok: false, reason: 'it is not a JPEG, PNG or WebP image' });
    expect(sniffImportFile(bytesOf('truncated.jpg'))).toEqual({ ok: false, reason: 'the JPEG image is damaged or incomplete (it does not end where a JPEG ends)' });
    expect(sniffImportFile(new Uint8Array(0))).toEqual({ ok: false, reason: 'the file is empty' });
    const heic = new Uint8Array([0, 0, 0, 24, ...[...'ftypheic'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0]);
    expect(sniffImportFile(heic)).toMatchObject({ ok: false, reason: expect.stringContaining('HEIC') });
    const png = bytesOf('face-small.png');
    expect(sniffImportFile(png.subarray(0, png.length - 30))).toEqual({ ok: false, reason: 'the PNG image is damaged or incomplete' });
    expect(sniffImportFile(new Uint8Array(MAX_IMPORT_FILE_BYTES + 1))).toMatchObject({ ok: false, reason: expect.stringContaining('MB') });
  });
});

describe('the stored size', () => {
  it('caps the long side, keeps the shape and never enlarges', () => {
    expect(storedSize(4032, 3024)).toEqual({ width: MAX_PHOTO_LONG_SIDE_PX, height: 1536, scaled: true });
    expect(storedSize(3000, 4000)).toEqual({ width: 1536, height: MAX_PHOTO_LONG_SIDE_PX, scaled: true });
    expect(storedSize(512, 400)).toEqual({ width: 512, height: 400, scaled: false });
  });
});

describe('the check on a re-encoded photo', () => {
  it('passes a clean image of the stated size', () => {
    expect(checkStoredImage(bytesOf('face-small.jpg'), 96, 96)).toMatchObject({ ok: true });
  });

  it('refuses metadata, a wrong size and garbage', () => {
    expect(checkStoredImage(bytesOf('face-small-exif.jpg'), 96, 96)).toMatchObject({ ok: false, reason: expect.stringContaining('EXIF (with GPS)') });
    expect(checkStoredImage(bytesOf('face-small.jpg'), 100, 96)).toMatchObject({ ok: false, reason: expect.stringContaining('96 x 96') });
    expect(checkStoredImage(bytesOf('not-an-image.jpg'), 96, 96)).toMatchObject({ ok: false });
  });
});
