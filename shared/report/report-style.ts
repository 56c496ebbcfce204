import type { Severity } from '../analysis/types';
import { PALETTES } from '../scene/palette';
import type { ColorToken } from '../scene/types';
import type { Rgb } from './color';
import { rgbOf, tintOnWhite } from './color';

/**
 * The report's look: always the light palette (paper is white, whatever the app's theme), so
 * severity colours on the page are the ones the diagram uses. The chrome colours (ink, rules,
 * panels) are a design choice: dark slate ink for contrast well above WCAG AA on white, and
 * quiet greys so the diagram and the severity colours carry the attention.
 */

export const REPORT_PALETTE = PALETTES.light;

const token = (t: ColorToken): Rgb => rgbOf(REPORT_PALETTE[t]);

export const INK = {
  text: token('label.text'),
  muted: rgbOf('#52606d'),
  faint: rgbOf('#7b8794'),
  rule: rgbOf('#cbd2d9'),
  panel: rgbOf('#f3f5f8'),
  panelLine: rgbOf('#d9e0e7'),
  accent: token('thread.ok'),
  white: rgbOf('#ffffff'),
} as const;

export const SEVERITY_TOKEN: Readonly<Record<Severity, ColorToken>> = {
  critical: 'thread.critical',
  warning: 'thread.warning',
  info: 'thread.info',
};

export const severityColor = (s: Severity): Rgb => token(SEVERITY_TOKEN[s]);
/** A pale wash of the severity colour for panel backgrounds. */
export const severityTint = (s: Severity): Rgb => tintOnWhite(REPORT_PALETTE[SEVERITY_TOKEN[s]], 0.06);

/** Type sizes in points. */
export const TYPE = {
  title: 17,
  overline: 7.5,
  h2: 12,
  h3: 9.5,
  body: 8.8,
  table: 7.8,
  small: 7.2,
  footer: 7,
} as const;

/** Line height as a multiple of the type size. */
export const LEADING = 1.35;

/** Standard vertical gaps in points. */
export const GAP = {
  section: 16,
  paragraph: 6,
  small: 3,
} as const;
