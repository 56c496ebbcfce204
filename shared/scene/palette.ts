import type { ColorToken } from './types';

/**
 * Colour tokens resolved per theme. The canvas follows the user's theme; the PDF always uses
 * `light` (paper is white).
 *
 * Severity colours come from the Okabe–Ito palette family (chosen to stay apart for the common
 * colour-vision deficiencies) and differ in lightness as well as hue. Colour is never the only
 * cue: the scene also gives warning and critical threads a badge shape (layers/threads.ts).
 * Contrast against the face fill was checked by eye in both themes and by axe for the UI chrome.
 *
 * Danger-zone colours (danger.*) sit in hues no thread uses (magenta arteries, olive-yellow
 * nerves, leaf-green ducts), so an artery beside a red critical thread cannot pass for one:
 * palette.test.ts keeps every danger.* colour at CIE76 ΔE >= 30 from every thread.* colour.
 * They and the muscle colours are muted (CIE LCh chroma capped, OVERLAY_MAX_CHROMA in the test):
 * overlays are background for the threads, and saturated light colours on the dark skin read
 * as neon and outshout the design.
 */
export type Palette = Readonly<Record<ColorToken, string>>;

const light: Palette = {
  'face.skin': '#f6ebe2',
  'face.line': '#6b5a52',
  'face.feature': '#4a3c36',
  'face.iris': '#7a8a96',
  'face.lips': '#d9a59b',
  'face.hair': '#5a4a40',
  'region.fill': '#8fb3d9',
  'region.line': '#5b7fa6',
  'region.label': '#2f4a66',
  'muscle.fill': '#e8b4a0',
  'muscle.line': '#c08066',
  'muscle.arrow': '#8a5a44',
  'danger.nerve': '#80791f',
  'danger.duct': '#467f35',
  'danger.artery': '#9f4a97',
  'fixation.fill': '#8fc9a8',
  'fixation.line': '#2e7d5b',
  ligament: '#6a5acd',
  'fixed-mobile-line': '#55606b',
  'thread.ok': '#0868ac',
  'thread.info': '#00806a',
  'thread.warning': '#c26a00',
  'thread.critical': '#c8102e',
  'thread.smooth': '#5c6b7a',
  'entry.fill': '#ffffff',
  'entry.line': '#1f2933',
  'entry.text': '#1f2933',
  'badge.text': '#ffffff',
  highlight: '#7b2cbf',
  'label.text': '#1f2933',
  'label.halo': '#ffffff',
  // viridis samples (scene/tissue-scale.ts), light to dark: more gathering is darker on pale skin
  'tissue.1': '#b5de2b',
  'tissue.2': '#35b779',
  'tissue.3': '#26828e',
  'tissue.4': '#3e4989',
  'tissue.5': '#440154',
  'tissue.arrow': '#1f2933',
};

const dark: Palette = {
  'face.skin': '#3b332f',
  'face.line': '#c9b8ae',
  'face.feature': '#e2d4cb',
  'face.iris': '#9fb0bd',
  'face.lips': '#a8706a',
  'face.hair': '#d8c7bb',
  'region.fill': '#4f7fb3',
  'region.line': '#8fb3d9',
  'region.label': '#cfe0f2',
  'muscle.fill': '#a8705c',
  'muscle.line': '#d9a08a',
  'muscle.arrow': '#e8c0a8',
  'danger.nerve': '#bcb26b',
  'danger.duct': '#81ac72',
  'danger.artery': '#cd8ac5',
  'fixation.fill': '#3f8f66',
  'fixation.line': '#8fdcb3',
  ligament: '#b3a8ff',
  'fixed-mobile-line': '#b8c2cc',
  'thread.ok': '#56b4e9',
  'thread.info': '#3ddbb5',
  'thread.warning': '#f0a030',
  'thread.critical': '#ff5c6c',
  'thread.smooth': '#a9b6c2',
  'entry.fill': '#1c2127',
  'entry.line': '#e6edf3',
  'entry.text': '#f2f5f8',
  'badge.text': '#10141a',
  highlight: '#d7a6ff',
  'label.text': '#e6edf3',
  'label.halo': '#1c2127',
  // the same viridis samples, dark to light: more gathering is lighter on dark skin
  'tissue.1': '#31688e',
  'tissue.2': '#1f9e89',
  'tissue.3': '#35b779',
  'tissue.4': '#b5de2b',
  'tissue.5': '#fde725',
  'tissue.arrow': '#f2f5f8',
};

export const PALETTES: { readonly light: Palette; readonly dark: Palette } = { light, dark };

export type PaletteName = keyof typeof PALETTES;

/**
 * The presenter view's palette: the diagram on black with white lines and saturated severity
 * colours, for a projector in a lit room (design choice: maximum contrast, since projectors wash
 * out mid-tones). Every thread colour keeps at least 4.5:1 against the skin (palette.test.ts).
 */
export const PRESENTER_PALETTE: Palette = {
  ...dark,
  'face.skin': '#000000',
  'face.line': '#ffffff',
  'face.feature': '#ffffff',
  'face.iris': '#c8d4de',
  'face.lips': '#d68c80',
  'face.hair': '#e8e8e8',
  'region.label': '#ffffff',
  'thread.ok': '#5cc8ff',
  'thread.info': '#2de8bd',
  'thread.warning': '#ffb22e',
  'thread.critical': '#ff5a6a',
  'thread.smooth': '#d5dde5',
  'entry.fill': '#000000',
  'entry.line': '#ffffff',
  'entry.text': '#ffffff',
  'badge.text': '#000000',
  highlight: '#e2b8ff',
  'label.text': '#ffffff',
  'label.halo': '#000000',
};
