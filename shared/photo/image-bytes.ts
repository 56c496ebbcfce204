/**
 * Reading the bytes of a stored photo without a browser: base64, the image's type and size from
 * its header, and whether it still carries metadata. Pure (no DOM, no Node), so the plan loader,
 * the PDF writer and the CLI use the same checks the app does.
 *
 * Why parse headers by hand: the loader must tell a real JPEG/PNG from garbage, and know its
 * pixel size and metadata, before anything decodes it; a full decoder is neither needed nor
 * available in shared/.
 */

export type PhotoMediaType = 'image/jpeg' | 'image/png';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) table[B64.charCodeAt(i)] = i;
  return table;
})();

/** Standard base64 (RFC 4648 section 4, with padding), as JSON carries binary. */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    chunk +=
      B64[(n >> 18) & 63]! +
      B64[(n >> 12) & 63]! +
      (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') +
      (i + 2 < bytes.length ? B64[n & 63]! : '=');
    // Joining pieces keeps string building linear on large photos.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decoded length of a well-formed base64 string (without decoding it). */
export function base64DecodedLength(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/**
 * Decode standard padded base64; null when the text is not exactly that (wrong alphabet, bad
 * length, misplaced padding). Strict on purpose: a stored photo is written by VectorLift, and
 * anything looser is more likely damage than a different encoder.
 */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const length = base64DecodedLength(text);
  const out = new Uint8Array(length);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const c0 = B64_INDEX[text.charCodeAt(i)] ?? -1;
    const c1 = B64_INDEX[text.charCodeAt(i + 1)] ?? -1;
    const ch2 = text.charCodeAt(i + 2);
    const ch3 = text.charCodeAt(i + 3);
    if (c0 < 0 || c1 < 0) return null;
    const pad2 = ch2 === 61;
    const pad3 = ch3 === 61;
    if ((pad2 || pad3) && !last) return null;
    if (pad2 && !pad3) return null;
    const c2 = pad2 ? 0 : (B64_INDEX[ch2] ?? -1);
    const c3 = pad3 ? 0 : (B64_INDEX[ch3] ?? -1);
    if (c2 < 0 || c3 < 0 || (ch2 > 127 && !pad2) || (ch3 > 127 && !pad3)) return null;
    const n = (c0 << 18) | (c1 << 12) | (c2 << 6) | c3;
    out[o++] = (n >> 16) & 255;
    if (!pad2) out[o++] = (n >> 8) & 255;
    if (!pad3) out[o++] = n & 255;
  }
  return out;
}

export interface ImageHeader {
  readonly mediaType: PhotoMediaType;
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16be = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32be = (b: Uint8Array, i: number): number => (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;
const ascii = (b: Uint8Array, from: number, length: number): string => {
  let s = '';
  for (let i = from; i < from + length && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
};

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((v, i) => bytes[i] === v);
}

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** One JPEG marker segment before the image data: marker byte and where its payload lies. */
interface JpegSegment {
  readonly marker: number;
  readonly start: number;
  readonly length: number;
}

/** The marker segments of a JPEG up to its first scan, or null when the structure is broken. */
function jpegSegments(bytes: Uint8Array): JpegSegment[] | null {
  if (!isJpeg(bytes)) return null;
  const out: JpegSegment[] = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    let marker = bytes[i + 1]!;
    // Fill bytes: any number of 0xFF may precede a marker.
    while (marker === 0xff && i + 2 < bytes.length) {
      i++;
      marker = bytes[i + 1]!;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    if (marker === 0xd9) return out; // end of image before any scan
    const length = u16be(bytes, i + 2);
    if (length < 2 || i + 2 + length > bytes.length) return null;
    out.push({ marker, start: i + 4, length: length - 2 });
    if (marker === 0xda) return out; // start of scan: entropy-coded data follows
    i += 2 + length;
  }
  return null;
}

/** Frame headers that carry the image size (every SOFn except DHT 0xC4, JPG 0xC8, DAC 0xCC). */
const isStartOfFrame = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** PNG chunks in order, or null when the structure is broken. Checks lengths, not CRCs. */
function pngChunks(bytes: Uint8Array): { type: string; start: number; length: number }[] | null {
  if (!isPng(bytes)) return null;
  const out: { type: string; start: number; length: number }[] = [];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = u32be(bytes, i);
    const type = ascii(bytes, i + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type) || i + 12 + length > bytes.length) return null;
    out.push({ type, start: i + 8, length });
    i += 12 + length;
    if (type === 'IEND') return out;
  }
  return null;
}

/** Type and pixel size from the header; null when the bytes are not a well-formed JPEG or PNG. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const segments = jpegSegments(bytes);
  if (segments) {
    const sof = segments.find((s) => isStartOfFrame(s.marker));
    if (!sof || sof.length < 5 || segments[segments.length - 1]?.marker !== 0xda) return null;
    // A complete JPEG ends with the end-of-image marker; a cut-off download does not.
    if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return null;
    const height = u16be(bytes, sof.start + 1);
    const width = u16be(bytes, sof.start + 3);
    return width > 0 && height > 0 ? { mediaType: 'image/jpeg', width, height } : null;
  }
  const chunks = pngChunks(bytes);
  if (chunks) {
    const ihdr = chunks[0];
    if (!ihdr || ihdr.type !== 'IHDR' || ihdr.length !== 13 || !chunks.some((c) => c.type === 'IDAT')) return null;
    if (chunks[chunks.length - 1]?.type !== 'IEND') return null;
    const width = u32be(bytes, ihdr.start);
    const height = u32be(bytes, ihdr.start + 4);
    return width > 0 && height > 0 ? { mediaType: 'image/png', width, height } : null;
  }
  return null;
}

/** What a metadata block is, for words in the reader's language (the photo import's message). */
export type ImageMetadataKind = 'exif' | 'exif-gps' | 'xmp' | 'iptc' | 'comment' | 'other' | 'text' | 'time';

export interface ImageMetadataBlock {
  readonly kind: ImageMetadataKind;
  /** Its short technical name ("EXIF (with GPS)", "APP3", "text (tEXt)"): plan-file messages and logs. */
  readonly name: string;
}

/**
 * Metadata blocks that could identify the patient, the device or the place: EXIF (which holds
 * GPS), XMP, IPTC/Photoshop, comments, and PNG text chunks, each found; empty when the image is
 * clean. A canvas re-encode (renderer/photo/import-photo.ts) writes none of these; tests parse
 * saved files with this to prove it.
 */
export function imageMetadataBlocks(bytes: Uint8Array): ImageMetadataBlock[] {
  const found: ImageMetadataBlock[] = [];
  const add = (kind: ImageMetadataKind, name: string) => found.push({ kind, name });
  const segments = jpegSegments(bytes);
  if (segments) {
    for (const s of segments) {
      if (s.marker === 0xe1) {
        const head = ascii(bytes, s.start, 29);
        if (head.startsWith('Exif\0')) {
          if (hasGpsTag(bytes, s.start + 6, s.length - 6)) add('exif-gps', 'EXIF (with GPS)');
          else add('exif', 'EXIF');
        } else if (head.startsWith('http://ns.adobe.com/xap/1.0/')) add('xmp', 'XMP');
        else add('other', 'APP1');
      } else if (s.marker === 0xed) add('iptc', 'IPTC/Photoshop');
      else if (s.marker === 0xfe) add('comment', 'comment');
      else if (s.marker >= 0xe3 && s.marker <= 0xef) add('other', `APP${s.marker - 0xe0}`);
    }
    return found;
  }
  const chunks = pngChunks(bytes);
  if (chunks) {
    for (const c of chunks) {
      if (c.type === 'eXIf') add('exif', 'EXIF');
      else if (c.type === 'iTXt' && ascii(bytes, c.start, 17) === 'XML:com.adobe.xmp') add('xmp', 'XMP');
      else if (c.type === 'tEXt' || c.type === 'iTXt' || c.type === 'zTXt') add('text', `text (${c.type})`);
      else if (c.type === 'tIME') add('time', 'time');
    }
  }
  return found;
}

/** The short technical names of imageMetadataBlocks (plan-file messages, tests). */
export const findImageMetadata = (bytes: Uint8Array): string[] => imageMetadataBlocks(bytes).map((b) => b.name);

/** True when a TIFF-structured EXIF block's first directory points at a GPS directory (tag 0x8825). */
function hasGpsTag(bytes: Uint8Array, tiff: number, length: number): boolean {
  if (length < 8) return false;
  const little = bytes[tiff] === 0x49;
  const u16 = (i: number) => (little ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : u16be(bytes, i));
  const u32 = (i: number) => (little ? ((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24)) >>> 0 : u32be(bytes, i));
  const ifd = u32(tiff + 4);
  if (ifd + 2 > length) return false;
  const count = u16(tiff + ifd);
  for (let k = 0; k < count; k++) {
    const entry = tiff + ifd + 2 + k * 12;
    if (entry + 12 > tiff + length) return false;
    if (u16(entry) === 0x8825) return true;
  }
  return false;
}

/**
 * The EXIF orientation (1-8) of a JPEG, or 1 when it has none. Browsers apply it themselves when
 * decoding (createImageBitmap's default imageOrientation 'from-image'), so the app needs it only
 * to report what was done; tests use it to build their fixtures' expectations.
 */
export function jpegExifOrientation(bytes: Uint8Array): number {
  const segments = jpegSegments(bytes) ?? [];
  for (const s of segments) {
    if (s.marker !== 0xe1 || ascii(bytes, s.start, 6) !== 'Exif\0\0') continue;
    const tiff = s.start + 6;
    const little = bytes[tiff] === 0x49;
    const u16 = (i: number) => (little ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : u16be(bytes, i));
    const ifd = little
      ? ((bytes[tiff + 4] ?? 0) | ((bytes[tiff + 5] ?? 0) << 8) | ((bytes[tiff + 6] ?? 0) << 16) | ((bytes[tiff + 7] ?? 0) << 24)) >>> 0
      : u32be(bytes, tiff + 4);
    const count = u16(tiff + ifd);
    for (let k = 0; k < count; k++) {
      const entry = tiff + ifd + 2 + k * 12;
      if (entry + 12 > s.start + s.length) break;
      if (u16(entry) === 0x0112) {
        const v = u16(entry + 8);
        return v >= 1 && v <= 8 ? v : 1;
      }
    }
  }
  return 1;
}
