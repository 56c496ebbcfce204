import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packData, unpackData } from '../../../cli/packed-data';

/** The format of the data the bundle ships (cli/packed-data.ts): exact round trips, views not copies. */

const sample = () => ({
  id: 'canonical-mediapipe-v1 · 얼굴',
  flags: [true, false, null],
  numbers: { pi: Math.PI, tiny: 5e-324, big: Number.MAX_VALUE, nan: NaN, inf: Infinity, ninf: -Infinity, nzero: -0 },
  arrays: {
    f64: Float64Array.from([1.5, -0, NaN, Infinity, 1e-300]),
    f32: Float32Array.from([0.1, -2]),
    i32: Int32Array.from([-1, 2 ** 31 - 1]),
    u32: Uint32Array.from([2 ** 32 - 1]),
    i16: Int16Array.from([-3]),
    u16: Uint16Array.from([65535]),
    i8: Int8Array.from([-128, 127, 1]),
    u8: Uint8Array.from([255, 0, 7]),
    empty: new Float64Array(0),
  },
  list: [{ a: 1 }, { a: Float64Array.from([2]) }],
});

describe('packed data', () => {
  it('gives back the same value, every number bit for bit (NaN, -0, the infinities)', () => {
    const value = sample();
    const back = unpackData(packData(value)) as ReturnType<typeof sample>;
    expect(isDeepStrictEqual(back, value)).toBe(true);
    expect(Object.is(back.numbers.nzero, -0)).toBe(true);
    expect(Object.is(back.arrays.f64[1], -0)).toBe(true);
    expect(back.arrays.f64[2]).toBeNaN();
    expect(back.arrays.u8).toBeInstanceOf(Uint8Array);
  });

  it('reads typed arrays as views of the bytes it was given, each aligned for its type', () => {
    const bytes = packData(sample());
    const back = unpackData(bytes) as ReturnType<typeof sample>;
    for (const a of Object.values(back.arrays)) {
      expect(a.buffer).toBe(bytes.buffer);
      expect(a.byteOffset % 8).toBe(0);
    }
  });

  it('reads bytes that do not start at a multiple of 8 (copied once)', () => {
    const bytes = packData(sample());
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const back = unpackData(shifted.subarray(3)) as ReturnType<typeof sample>;
    expect(isDeepStrictEqual(back, sample())).toBe(true);
    expect(back.arrays.f64.byteOffset % 8).toBe(0);
  });

  it('refuses what it cannot hold, and bytes cut short', () => {
    expect(() => packData({ m: new Map() })).toThrow(/cannot hold/);
    expect(() => packData({ d: new Date(0) })).toThrow(/cannot hold/);
    expect(() => packData({ v: new DataView(new ArrayBuffer(8)) })).toThrow(/cannot hold a DataView/);
    expect(() => packData({ $typed: 'Float64Array' })).toThrow(/format's own/);
    const bytes = packData(sample());
    expect(() => unpackData(bytes.subarray(0, 2))).toThrow(/too short/);
    expect(() => unpackData(bytes.subarray(0, bytes.length - 8))).toThrow(/past the end/);
  });
});
