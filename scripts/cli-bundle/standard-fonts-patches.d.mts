// Types for scripts/cli-bundle/standard-fonts-patches.mjs (its unit test imports it).
export const STANDARD_FONTS_PATCHES: readonly { why: string; find: string; replace: string }[];
export function patchStandardFontEncodings(source: string): string;
