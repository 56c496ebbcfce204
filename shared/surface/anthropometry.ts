import { LANDMARKS } from '../atlas/landmarks';
import type { FacePoint } from '../geometry/types';
import { skinDistance } from './measure';
import { smoothHalfWidth } from './outline';
import type { FaceSurface } from './types';

/**
 * Anthropometric checks of the canonical face: each measurement taken on the surface the way
 * anthropometrists take it, against published adult norms. The acceptance range runs from the
 * women's mean minus two standard deviations to the men's mean plus two: the canonical face
 * is one average face for every patient, so it must sit inside the normal range of both.
 * docs/atlas.md prints this table; tests/unit/shared/surface/anthropometry.test.ts holds every
 * check inside its range.
 */

export interface Norm {
  readonly mean: number;
  readonly sd: number;
}

export type CheckKind =
  /** Straight (caliper) distance between the two skin points. */
  | 'straight'
  /** Distance over the skin, as a tape measure laid from one point to the other takes it. */
  | 'arc'
  /** Vertical distance (tape or anthropometer in the standing position). */
  | 'vertical'
  /** Greatest width of the head outline (spreading caliper over the head). */
  | 'head-breadth';

export interface AnthropometricCheck {
  readonly id: string;
  readonly name: string;
  readonly kind: CheckKind;
  /** Atlas landmark names, or 'gnathion' (midway between pogonion and menton on the chin). */
  readonly from: string;
  readonly to: string;
  readonly women: Norm;
  readonly men: Norm;
  readonly source: string;
}

const ANSUR =
  'ANSUR II (Gordon CC et al., 2012 Anthropometric Survey of U.S. Army Personnel, NATICK/TR-15/007, 2014): means and SDs computed from the public data files (4082 men, 1986 women)';
const MPRS =
  'Maxillofacial Plastic and Reconstructive Surgery 2019, doi:10.1186/s40902-019-0191-7, Table 9 (adults, men / women)';
const FARKAS =
  'Farkas LG, Anthropometry of the Head and Face, 2nd ed., Raven Press 1994: North American white adults 19-25 years, figures as cited in the secondary literature (approximate: the primary table was not available when this was written; verify before relying on the exact values)';

export const ANTHROPOMETRIC_CHECKS: readonly AnthropometricCheck[] = [
  { id: 'zy-zy', name: 'Bizygomatic width (zy-zy)', kind: 'straight', from: 'zygion-right', to: 'zygion-left', women: { mean: 133.8, sd: 5.6 }, men: { mean: 142.6, sd: 6.2 }, source: ANSUR },
  { id: 'go-go', name: 'Bigonial width (go-go)', kind: 'straight', from: 'gonion-right', to: 'gonion-left', women: { mean: 96.8, sd: 2.9 }, men: { mean: 106.6, sd: 5.9 }, source: MPRS },
  { id: 'ex-ex', name: 'Biocular width (ex-ex)', kind: 'straight', from: 'lateral-canthus-right', to: 'lateral-canthus-left', women: { mean: 94.4, sd: 4.9 }, men: { mean: 98.2, sd: 3.5 }, source: MPRS },
  { id: 'ch-ch', name: 'Mouth width (ch-ch)', kind: 'straight', from: 'mouth-corner-right', to: 'mouth-corner-left', women: { mean: 52.0, sd: 4.0 }, men: { mean: 55.9, sd: 3.3 }, source: MPRS },
  { id: 'n-me', name: 'Nasion-menton height (n-me; menton-sellion length)', kind: 'straight', from: 'nasion', to: 'menton', women: { mean: 113.1, sd: 6.1 }, men: { mean: 122.6, sd: 6.7 }, source: ANSUR },
  { id: 't-sn', name: 'Tragion-subnasale depth (t-sn, 3-D)', kind: 'straight', from: 'tragus-left', to: 'subnasale', women: { mean: 115, sd: 4.5 }, men: { mean: 123, sd: 4.5 }, source: FARKAS },
  { id: 't-gn', name: 'Tragion-gnathion depth (t-gn, 3-D)', kind: 'straight', from: 'tragus-left', to: 'gnathion', women: { mean: 128, sd: 5.5 }, men: { mean: 140, sd: 6 }, source: FARKAS },
  { id: 't-sn-arc', name: 'Tragion-subnasale surface arc (half the maxillary arc t-sn-t)', kind: 'arc', from: 'tragus-left', to: 'subnasale', women: { mean: 137, sd: 6 }, men: { mean: 146, sd: 6 }, source: FARKAS },
  { id: 't-pg-arc', name: 'Tragion-chin surface arc (half the bitragion chin arc)', kind: 'arc', from: 'tragus-left', to: 'pogonion', women: { mean: 155.5, sd: 7.1 }, men: { mean: 165.9, sd: 7.0 }, source: ANSUR },
  { id: 't-v', name: 'Tragion to top of head (vertical)', kind: 'vertical', from: 'tragus-left', to: 'vertex', women: { mean: 126.5, sd: 6.5 }, men: { mean: 131.1, sd: 6.2 }, source: ANSUR },
  { id: 'eu-eu', name: 'Head breadth (eu-eu)', kind: 'head-breadth', from: 'euryon-right', to: 'euryon-left', women: { mean: 147.8, sd: 5.2 }, men: { mean: 154.3, sd: 5.5 }, source: ANSUR },
];

/** The acceptance range of a check: women's mean - 2 SD to men's mean + 2 SD, one decimal. */
export function checkRange(check: AnthropometricCheck): { readonly min: number; readonly max: number } {
  const round = (v: number): number => Math.round(v * 10) / 10;
  return { min: round(check.women.mean - 2 * check.women.sd), max: round(check.men.mean + 2 * check.men.sd) };
}

function point(name: string): FacePoint {
  if (name === 'gnathion') {
    const pg = LANDMARKS['pogonion']!;
    const me = LANDMARKS['menton']!;
    return { x: 0, y: (pg.y + me.y) / 2 };
  }
  const p = LANDMARKS[name];
  if (!p) throw new Error(`anthropometry: no atlas landmark ${name}`);
  return p;
}

/** The check's measurement on a surface, millimetres. */
export function measureCheck(surface: FaceSurface, check: AnthropometricCheck): number {
  if (check.kind === 'head-breadth') {
    let widest = 0;
    for (let y = -108; y <= 0; y += 0.25) widest = Math.max(widest, smoothHalfWidth(y));
    return 2 * widest;
  }
  const a = point(check.from);
  const b = point(check.to);
  if (check.kind === 'vertical') return Math.abs(a.y - b.y);
  if (check.kind === 'arc') return skinDistance(surface, a, b);
  return Math.hypot(a.x - b.x, a.y - b.y, surface.heightAt(a.x, a.y) - surface.heightAt(b.x, b.y));
}
