// Types for scripts/cli-bundle/fontkit-patches.mjs (its unit test imports it).
export const FONTKIT_PATCHES: readonly { why: string; find: string; through?: string; replace: string }[];
export const FONTKIT_PATCH_IMPORTS: string;
export function patchFontkit(source: string): string;
export function applyTextPatches(source: string, patches: readonly { why: string; find: string; through?: string; replace: string }[], library: string): string;
