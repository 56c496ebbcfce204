// Types for scripts/cli-bundle/pako-node-zlib.mjs (its unit test imports it).
export function deflate(data: Uint8Array, options?: { level?: number }): Uint8Array;
export function inflate(data: Uint8Array): Uint8Array;
declare const pako: { deflate: typeof deflate; inflate: typeof inflate };
export default pako;
