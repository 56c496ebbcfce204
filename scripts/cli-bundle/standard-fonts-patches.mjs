import { applyTextPatches } from './fontkit-patches.mjs';

/**
 * A cost of @pdf-lib/standard-fonts removed from the CLI bundle by rewriting its Encoding.js as
 * esbuild loads it (scripts/cli-bundle/build.mjs), like fontkit-patches.mjs does for fontkit.
 *
 * When pdf-lib loads, Encoding.js inflates and parses the character tables of the Symbol,
 * ZapfDingbats and WinAnsi encodings and builds all three, sorting each one's code points: the
 * tables only the standard 14 PDF fonts use. VectorLift's PDFs use the embedded report font
 * alone, so in the CLI each encoding is built the first time it is asked for, the same object
 * every time after (pdf-lib compares them by identity: `this.encoding === Encodings.WinAnsi`).
 */

/** @type {readonly { why: string; find: string; replace: string }[]} */
export const STANDARD_FONTS_PATCHES = [
  {
    why: 'inflate and parse the encodings on first use, not at load',
    find: ['var decompressedEncodings = decompressJson(AllEncodingsCompressed);', 'var allUnicodeMappings = JSON.parse(decompressedEncodings);'].join('\n'),
    replace: [
      'var __vlMappings = null;',
      'var allUnicodeMappings = function () { return __vlMappings || (__vlMappings = JSON.parse(decompressJson(AllEncodingsCompressed))); };',
    ].join('\n'),
  },
  {
    why: 'build each encoding on first use, once',
    find: [
      'export var Encodings = {',
      "    Symbol: new Encoding('Symbol', allUnicodeMappings.symbol),",
      "    ZapfDingbats: new Encoding('ZapfDingbats', allUnicodeMappings.zapfdingbats),",
      "    WinAnsi: new Encoding('WinAnsi', allUnicodeMappings.win1252),",
      '};',
    ].join('\n'),
    replace: [
      'var __vlEncodings = {};',
      'var __vlEncoding = function (name, table) { return __vlEncodings[name] || (__vlEncodings[name] = new Encoding(name, allUnicodeMappings()[table])); };',
      'export var Encodings = {',
      "    get Symbol() { return __vlEncoding('Symbol', 'symbol'); },",
      "    get ZapfDingbats() { return __vlEncoding('ZapfDingbats', 'zapfdingbats'); },",
      "    get WinAnsi() { return __vlEncoding('WinAnsi', 'win1252'); },",
      '};',
    ].join('\n'),
  },
];

/** The patched Encoding.js, or an error naming the patch whose text was not found exactly once. */
export function patchStandardFontEncodings(source) {
  return applyTextPatches(source, STANDARD_FONTS_PATCHES, '@pdf-lib/standard-fonts');
}
