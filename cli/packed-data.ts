/**
 * The file format of the data the bundle ships (the tissue model, the atlas's raster indexes, the
 * views' silhouettes and projected paths): plain objects, arrays, strings, booleans, numbers and
 * typed arrays, with every typed array's bytes laid out at a multiple of 8 so a reader views
 * them in the file's own buffer instead of copying them.
 *
 * Why not Node's v8.serialize: it writes typed arrays wherever the stream happens to be, and its
 * reader copies every one that is not aligned for its element type. For the 5 MB tissue model
 * that copy was about 9 % of a cold `vectorlift analyze` (CPU profile, 6 December).
 *
 * Layout: a 4-byte little-endian length, the JSON description of the value (each typed array
 * replaced by its type, byte offset and length, each number JSON cannot hold by its name),
 * zero padding to a multiple of 8, then the typed arrays' bytes, each at a multiple of 8.
 */

const TYPED = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

/** A typed array in the description: its type, where its bytes start in the data, its length. */
interface TypedRef {
  readonly $typed: TypedName;
  readonly at: number;
  readonly length: number;
}
/** A number JSON cannot write (NaN, the infinities, -0). */
interface NumberRef {
  readonly $number: 'NaN' | 'Infinity' | '-Infinity' | '-0';
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

function typedName(value: ArrayBufferView): TypedName {
  const name = value.constructor.name;
  if (!(name in TYPED)) throw new Error(`packed data: cannot hold a ${name}`);
  return name as TypedName;
}

export function packData(value: unknown): Uint8Array {
  const arrays: { readonly at: number; readonly bytes: Uint8Array }[] = [];
  let dataLength = 0;
  const describe = (v: unknown): unknown => {
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return { $number: 'NaN' } satisfies NumberRef;
      if (v === Infinity || v === -Infinity) return { $number: String(v) } as NumberRef;
      return Object.is(v, -0) ? ({ $number: '-0' } satisfies NumberRef) : v;
    }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (ArrayBuffer.isView(v)) {
      const at = dataLength;
      arrays.push({ at, bytes: new Uint8Array(v.buffer, v.byteOffset, v.byteLength) });
      dataLength = align8(at + v.byteLength);
      return { $typed: typedName(v), at, length: (v as Typed).length } satisfies TypedRef;
    }
    if (Array.isArray(v)) return v.map(describe);
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        if (k === '$typed' || k === '$number') throw new Error(`packed data: the key ${k} is the format's own`);
        if (item !== undefined) out[k] = describe(item);
      }
      return out;
    }
    throw new Error(`packed data: cannot hold ${Object.prototype.toString.call(v)}`);
  };
  const json = new TextEncoder().encode(JSON.stringify(describe(value)));
  const dataStart = align8(4 + json.length);
  const out = new Uint8Array(dataStart + dataLength);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  for (const a of arrays) out.set(a.bytes, dataStart + a.at);
  return out;
}

/**
 * The value packed in `bytes`. Its typed arrays are views of `bytes`' buffer (copied once into an
 * aligned buffer first if `bytes` does not start at a multiple of 8), so `bytes` must not be
 * changed afterwards. Throws on bytes that are not packed data.
 */
export function unpackData(bytes: Uint8Array): unknown {
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  if (aligned.length < 4) throw new Error('packed data: too short');
  const jsonLength = new DataView(aligned.buffer, aligned.byteOffset, 4).getUint32(0, true);
  const dataStart = align8(4 + jsonLength);
  if (dataStart > aligned.length) throw new Error('packed data: shorter than its header says');
  const description: unknown = JSON.parse(new TextDecoder().decode(aligned.subarray(4, 4 + jsonLength)));
  const revive = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(revive);
    const o = v as Record<string, unknown>;
    if (typeof o.$number === 'string') return Number(o.$number);
    if (typeof o.$typed === 'string') {
      const { $typed, at, length } = o as unknown as TypedRef;
      const Type = TYPED[$typed];
      if (Type === undefined || !Number.isInteger(at) || !Number.isInteger(length) || at % 8 !== 0) throw new Error('packed data: a bad typed array');
      if (dataStart + at + length * Type.BYTES_PER_ELEMENT > aligned.length) throw new Error('packed data: a typed array runs past the end');
      return new Type(aligned.buffer as ArrayBuffer, aligned.byteOffset + dataStart + at, length);
    }
    for (const k of Object.keys(o)) o[k] = revive(o[k]);
    return o;
  };
  return revive(description);
}
