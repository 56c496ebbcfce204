/**
 * Three costs of @pdf-lib/fontkit, removed from the CLI bundle by rewriting its ES build as
 * esbuild loads it (scripts/cli-bundle/build.mjs). The first two run when the module loads,
 * before any font is touched, and together cost about 50 ms of a cold `vectorlift export` on the
 * 2-core machine; the third runs once per PDF:
 *
 * 1. The Brotli decoder (used only for WOFF2 fonts) decompresses its 120 KB static dictionary at
 *    load. VectorLift embeds TrueType fonts, so the dictionary is now built on the first Brotli
 *    decode instead, the same work done only when a WOFF2 font ever needs it.
 * 2. The Unicode property tables are inflated with tiny-inflate, a JavaScript inflater, cold.
 *    Node's zlib inflates the same raw deflate streams natively.
 * 3. `fontkit.create` copies the font's bytes into fontkit's own Buffer (a browser polyfill) one
 *    byte at a time, `array[i] & 255`: about 30 ms of a cold export for the 2 MB report font. For
 *    a Uint8Array every byte is already 0-255, so one `set` copies the same bytes.
 * 4. fontkit carries a copy of iconv-lite with every legacy code page (Shift JIS, GBK, Big5...,
 *    200 KB of source, 470 KB once esbuild escapes it), compiled and built into tables at load,
 *    only to read a font's names or cmap in a legacy encoding. fontkit treats iconv-lite as
 *    optional (`try { iconv = lib }`, `if (!this.cmap && lib)`): without it a legacy name is
 *    left as bytes and a font without a Unicode cmap is refused. The CLI embeds one font, the
 *    report font, whose names and cmap are all Unicode (bundle.test.ts checks it), so it is
 *    left out.
 *
 * Each patch names the exact text it replaces (for a longer piece, the text it starts with and
 * the text it ends with) and the build fails if that text is not found exactly once, so a fontkit update cannot silently drop a patch or patch the wrong place.
 */

/** @type {readonly { why: string; find: string; through?: string; replace: string }[]} */
export const FONTKIT_PATCHES = [
  {
    why: 'build the Brotli dictionary on the first WOFF2 decode, not at load',
    find: 'dictionary.init(BrotliDecompressBuffer);',
    replace: '/* dictionary built on first use: see BrotliDecompressBuffer */',
  },
  {
    why: 'the Brotli decoder builds its dictionary on first use',
    find: 'function BrotliDecompressBuffer(buffer, output_size) {',
    replace: [
      'var __vlBrotliDictionaryReady = false;',
      'function BrotliDecompressBuffer(buffer, output_size) {',
      '  if (!__vlBrotliDictionaryReady) { __vlBrotliDictionaryReady = true; dictionary.init(BrotliDecompressBuffer); }',
    ].join('\n'),
  },
  {
    why: "inflate the Unicode property tables with Node's zlib",
    find: 'inflate = tinyInflate;',
    replace: [
      'inflate = function (source, dest) {',
      '  var out = __vlInflateRawSync(source);',
      '  dest.set(out.subarray(0, dest.length));',
      '  return out.length < dest.length ? dest.subarray(0, out.length) : dest;',
      '};',
    ].join('\n'),
  },
  {
    why: 'leave the copy of iconv-lite out (every legacy code page)',
    // From iconv-lite's first module to the end of its main one, `lib`; nothing else in fontkit
    // names anything declared in between.
    find: 'var BOMChar = "\\uFEFF";',
    through: ['    extendNode(iconv);', '  }', '});', ''].join('\n'),
    replace: 'var lib = null; /* iconv-lite left out: see fontkit-patches.mjs */\n',
  },
  {
    why: 'copy a byte array into a Buffer in one call, not byte by byte',
    find: [
      '    var buf = createBuffer(length);',
      '',
      '    for (var i = 0; i < length; i += 1) {',
      '      buf[i] = array[i] & 255;',
      '    }',
    ].join('\n'),
    replace: [
      '    var buf = createBuffer(length);',
      '',
      '    if (array instanceof Uint8Array) {',
      '      buf.set(array);',
      '      return buf;',
      '    }',
      '',
      '    for (var i = 0; i < length; i += 1) {',
      '      buf[i] = array[i] & 255;',
      '    }',
    ].join('\n'),
  },
];

/** Added at the top of the patched module: what the patches call. */
export const FONTKIT_PATCH_IMPORTS = "import { inflateRawSync as __vlInflateRawSync } from 'node:zlib';\n";

/** The patched source, or an error naming the patch whose text was not found exactly once. */
export function patchFontkit(source) {
  return FONTKIT_PATCH_IMPORTS + applyTextPatches(source, FONTKIT_PATCHES, '@pdf-lib/fontkit');
}

/**
 * `source` with each patch applied in turn (its `find` text, or from `find` through `through`,
 * replaced), or an error naming the patch whose text is not in `library`'s source exactly once.
 */
export function applyTextPatches(source, patches, library) {
  let text = source;
  for (const patch of patches) {
    const start = onlyPlace(text, patch.find, patch.why, library);
    const end = patch.through === undefined ? start + patch.find.length : onlyPlace(text, patch.through, patch.why, library) + patch.through.length;
    if (end < start + patch.find.length) throw new Error(`${library} patch "${patch.why}": its end comes before its start (did ${library} change?)`);
    text = text.slice(0, start) + patch.replace + text.slice(end);
  }
  return text;
}

/** Where `find` is in `text`, or an error if it is not there exactly once. */
function onlyPlace(text, find, why, library) {
  const count = text.split(find).length - 1;
  if (count !== 1) {
    throw new Error(`${library} patch "${why}": expected ${JSON.stringify(find)} once, found it ${count} times (did ${library} change?)`);
  }
  return text.indexOf(find);
}
