/**
 * The clinic's profile: the PDF's letterhead and the contact lines of the aftercare handout.
 * Kept in the preferences (shared/ipc/preferences.ts), on this machine only. The checks refuse
 * with a sentence saying what is wrong and never throw.
 */
import { base64DecodedLength, decodeBase64, readImageHeader } from '../photo/image-bytes';

export interface ClinicLogo {
  readonly mediaType: 'image/png' | 'image/jpeg';
  /** The image file, standard base64. */
  readonly base64: string;
  readonly width: number;
  readonly height: number;
}

export interface ClinicProfile {
  readonly name: string;
  /** Postal address, one or more lines. */
  readonly address: string;
  readonly telephone: string;
  readonly logo: ClinicLogo | null;
}

export const EMPTY_CLINIC: ClinicProfile = { name: '', address: '', telephone: '', logo: null };

/** Longest clinic name (design choice: two lines of the letterhead at its type size). */
export const MAX_CLINIC_NAME_LENGTH = 120;
/** Longest address (design choice: four lines of a postal address). */
export const MAX_CLINIC_ADDRESS_LENGTH = 300;
export const MAX_CLINIC_ADDRESS_LINES = 4;
/** Longest telephone entry (design choice: two international numbers with labels). */
export const MAX_CLINIC_TELEPHONE_LENGTH = 60;
/**
 * Largest logo file, bytes. DESIGN CHOICE: the letterhead prints the logo at most 40 x 18 mm;
 * at 300 dpi that is about 470 x 210 pixels, which PNG or JPEG stores in far less than 256 KB.
 * The cap keeps the preferences file small (it is read at every start).
 */
export const MAX_LOGO_BYTES = 256 * 1024;
/** Largest logo side, pixels (design choice: four times the print resolution above is ample). */
export const MAX_LOGO_SIDE_PX = 2000;

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// eslint-disable-next-line no-control-regex -- control characters other than line breaks are refused
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;

function checkText(value: unknown, field: string, max: number, multiline: boolean): Checked<string> {
  if (typeof value !== 'string') return { ok: false, error: `clinic ${field} must be text` };
  if (value.length > max) return { ok: false, error: `clinic ${field} is longer than ${max} characters` };
  if (CONTROL.test(value) || (!multiline && /[\r\n]/.test(value))) return { ok: false, error: `clinic ${field} holds control characters` };
  return { ok: true, value };
}

/** A logo as the preferences hold it: a real PNG or JPEG within the caps, its size read from its header. */
export function checkClinicLogo(value: unknown): Checked<ClinicLogo | null> {
  if (value === null) return { ok: true, value: null };
  if (!isRecord(value)) return { ok: false, error: 'clinic logo must be an image or nothing' };
  const { base64 } = value;
  if (typeof base64 !== 'string' || base64.length === 0) return { ok: false, error: 'clinic logo must hold the image as base64' };
  if (base64.length % 4 !== 0 || base64DecodedLength(base64) > MAX_LOGO_BYTES) {
    return { ok: false, error: `clinic logo must be a PNG or JPEG file of at most ${MAX_LOGO_BYTES / 1024} KB` };
  }
  const bytes = decodeBase64(base64);
  const header = bytes ? readImageHeader(bytes) : null;
  if (!header) return { ok: false, error: 'clinic logo is not a complete PNG or JPEG image' };
  if (header.width > MAX_LOGO_SIDE_PX || header.height > MAX_LOGO_SIDE_PX) {
    return { ok: false, error: `clinic logo is ${header.width} x ${header.height} pixels; at most ${MAX_LOGO_SIDE_PX} pixels a side` };
  }
  return { ok: true, value: { mediaType: header.mediaType, base64, width: header.width, height: header.height } };
}

/** Reads a logo file's bytes (as picked by the user) into a ClinicLogo, or says why not. */
export function clinicLogoFromBytes(bytes: Uint8Array, encode: (b: Uint8Array) => string): Checked<ClinicLogo> {
  if (bytes.byteLength > MAX_LOGO_BYTES) {
    return { ok: false, error: `The logo file is ${Math.ceil(bytes.byteLength / 1024)} KB; at most ${MAX_LOGO_BYTES / 1024} KB is kept.` };
  }
  const checked = checkClinicLogo({ base64: encode(bytes) });
  if (!checked.ok) return checked;
  return checked.value ? { ok: true, value: checked.value } : { ok: false, error: 'clinic logo is missing' };
}

/** The whole profile; every field checked, a fresh copy returned. Never throws on plain data. */
export function checkClinicProfile(value: unknown): Checked<ClinicProfile> {
  if (!isRecord(value)) return { ok: false, error: 'clinic must be an object' };
  const extra = Object.keys(value).filter((k) => !['name', 'address', 'telephone', 'logo'].includes(k));
  if (extra.length > 0) return { ok: false, error: `clinic has unexpected field(s): ${extra.join(', ')}` };
  const name = checkText(value.name, 'name', MAX_CLINIC_NAME_LENGTH, false);
  if (!name.ok) return name;
  const address = checkText(value.address, 'address', MAX_CLINIC_ADDRESS_LENGTH, true);
  if (!address.ok) return address;
  if (address.value.split(/\r?\n/).length > MAX_CLINIC_ADDRESS_LINES) {
    return { ok: false, error: `clinic address has more than ${MAX_CLINIC_ADDRESS_LINES} lines` };
  }
  const telephone = checkText(value.telephone, 'telephone', MAX_CLINIC_TELEPHONE_LENGTH, false);
  if (!telephone.ok) return telephone;
  const logo = checkClinicLogo(value.logo ?? null);
  if (!logo.ok) return logo;
  return { ok: true, value: { name: name.value, address: address.value, telephone: telephone.value, logo: logo.value } };
}

/** The address as lines, blank lines dropped. */
export const addressLines = (clinic: ClinicProfile): string[] =>
  clinic.address
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export const hasClinic = (clinic: ClinicProfile): boolean =>
  clinic.name.trim() !== '' || clinic.address.trim() !== '' || clinic.telephone.trim() !== '' || clinic.logo !== null;
