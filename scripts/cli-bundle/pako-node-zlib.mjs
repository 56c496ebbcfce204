/**
 * pako's API on Node's own zlib, for the CLI bundle only (scripts/cli-bundle/build.mjs aliases
 * `pako` to this file). pdf-lib deflates every content stream and the embedded font with pako,
 * and fontkit inflates its Unicode tables with it when it loads: in a fresh process that is
 * JavaScript running cold, about 60 ms of a 50-thread export on the 2-core machine, where
 * native zlib takes a few. The app and the tests keep pako (shared/ runs in the browser too);
 * the streams are standard zlib either way, so the PDF reads the same (the bytes may differ).
 *
 * Only what pdf-lib, its fonts and fontkit call is here: deflate(data[, { level }]) and
 * inflate(data). Anything else fails loudly when it is called.
 */
import { deflateSync, inflateSync } from 'node:zlib';

const view = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

export function deflate(data, options) {
  return view(deflateSync(data, options?.level === undefined ? undefined : { level: options.level }));
}

export function inflate(data, options) {
  if (options !== undefined) throw new Error('pako.inflate options are not available in the VectorLift CLI bundle (scripts/cli-bundle/pako-node-zlib.mjs)');
  return view(inflateSync(data));
}

const unsupported = (name) => () => {
  throw new Error(`pako.${name} is not available in the VectorLift CLI bundle (scripts/cli-bundle/pako-node-zlib.mjs)`);
};

export default {
  deflate,
  inflate,
  deflateRaw: unsupported('deflateRaw'),
  inflateRaw: unsupported('inflateRaw'),
  gzip: unsupported('gzip'),
  ungzip: unsupported('ungzip'),
  Deflate: unsupported('Deflate'),
  Inflate: unsupported('Inflate'),
};
