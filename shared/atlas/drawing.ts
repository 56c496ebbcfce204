import type { FacePoint } from '../geometry/types';
import { mirrorId, mirrorPoints, symmetricFromHalf, symmetricOpen } from './mirror';
import { ellipse } from './shapes';
import type { FaceStroke } from './types';

/**
 * The face drawing: a schematic frontal line drawing of an average adult face in atlas
 * millimetres. Paired features are drawn on the patient's left (positive x) and mirrored; midline
 * features are built symmetric from their left half. Source: design choice, average adult
 * proportions (landmarks.ts).
 */

const p = (x: number, y: number): FacePoint => ({ x, y });
type Part = FaceStroke['part'];

const stroke = (id: string, part: Part, points: readonly FacePoint[], opts: { closed?: boolean; smooth?: boolean; filled?: boolean } = {}): FaceStroke => ({
  id,
  part,
  points,
  closed: opts.closed ?? false,
  smooth: opts.smooth ?? true,
  filled: opts.filled ?? false,
});

/** Midline strokes: built from the left half, symmetric about x = 0. */
const MIDLINE: readonly FaceStroke[] = [
  // cranium from one ear top over the vertex to the other
  stroke('head', 'outline', symmetricOpen([p(0, -108), p(20, -106.5), p(38, -101), p(53, -91), p(64, -78), p(71, -62), p(75, -44), p(76.5, -26), p(76, -12)])),
  // jaw from one ear lobe round the chin to the other
  stroke('jaw', 'jaw', symmetricOpen([p(0, 124), p(9, 123.6), p(18, 122), p(28, 118.5), p(38, 113.5), p(47, 107), p(53, 100.5), p(57, 93), p(62, 84), p(67, 72), p(71, 60), p(73.5, 50)])),
  stroke('hairline', 'hairline', symmetricOpen([p(0, -70), p(12, -69.5), p(24, -68), p(36, -64.5), p(46, -59), p(53, -51), p(57.5, -41), p(60, -30), p(62, -19), p(64.5, -8), p(66.5, 3), p(68.5, 6)])),
  stroke('upper-lip', 'lips', symmetricFromHalf([p(0, 65.8), p(2.5, 64.8), p(5.5, 64.2), p(9, 64.9), p(14, 66.6), p(19, 68.9), p(23, 71), p(25.5, 72.2), p(20, 72.2), p(13, 72.5), p(6, 72.9), p(0, 72.7)]), { closed: true, filled: true }),
  stroke('lower-lip', 'lips', symmetricFromHalf([p(0, 72.9), p(6, 73.1), p(13, 72.9), p(20, 72.6), p(25.5, 72.4), p(22, 75.4), p(16, 78.6), p(8, 80.4), p(0, 80.9)]), { closed: true, filled: true }),
  stroke('stomion', 'lips', symmetricOpen([p(0, 72.8), p(7, 73), p(14, 72.7), p(20, 72.4), p(25.5, 72.3)])),
  stroke('nose-tip', 'nose', symmetricOpen([p(0, 42.6), p(3.5, 42.2), p(6.5, 41), p(8.8, 39.2)])),
  stroke('columella', 'nose', symmetricOpen([p(0, 49.6), p(2.5, 49.2), p(4.5, 48)])),
  stroke('labiomental', 'crease', symmetricOpen([p(0, 88.6), p(4, 88.4), p(9, 87.4), p(13, 86.2)])),
  stroke('chin-crease', 'crease', symmetricOpen([p(0, 117), p(5, 116.6), p(10, 115.4)])),
  stroke('neck-notch', 'neck', symmetricOpen([p(0, 171), p(4, 169.5), p(8, 166.5)])),
];

/** Paired strokes of the patient's left side; ids end in '-left'. */
const LEFT: readonly FaceStroke[] = [
  stroke('brow-left', 'brow', [p(13, -13.5), p(17, -16.8), p(24, -19.6), p(31, -21.8), p(38, -23), p(44, -22.1), p(49, -19.6), p(53, -16.2), p(55.5, -12.8), p(52, -14.1), p(47, -16.8), p(41, -19), p(34, -18.8), p(27, -17.3), p(20, -15.2), p(15.5, -12.2)], { closed: true, filled: true }),
  stroke('eye-left', 'eye', [p(16, 1), p(18.5, -2), p(22, -4.6), p(27, -6.2), p(32, -6.6), p(37, -5.8), p(41.5, -3.6), p(45, 1), p(41, 3.8), p(36, 5.6), p(30, 6), p(24, 5.3), p(19.5, 3.6)], { closed: true }),
  stroke('lid-crease-left', 'eye', [p(18, -4.5), p(23, -8.6), p(30, -10.6), p(37, -10.2), p(42.5, -7.6), p(46, -3.5)]),
  stroke('lower-lid-left', 'crease', [p(22, 9.5), p(28, 11), p(35, 10.8), p(41, 9)]),
  stroke('iris-left', 'iris', ellipse(31, 0, 5.6, 5.6, 20), { closed: true, filled: true }),
  stroke('nose-bridge-left', 'nose', [p(10.5, -7), p(10, 2), p(10.5, 12), p(12, 22), p(13.2, 30)]),
  stroke('ala-left', 'nose', [p(12.5, 38.2), p(15.2, 37), p(18, 38.2), p(19.8, 41.2), p(19.6, 44.6), p(17.4, 47), p(13.8, 47.9), p(10.5, 47.2)]),
  stroke('nostril-left', 'nose', [p(4.5, 47.9), p(6.5, 45.9), p(9.5, 45.3), p(12.3, 46.4), p(11.4, 47.9), p(7.5, 48.7)], { closed: true, filled: true }),
  stroke('philtrum-left', 'crease', [p(2.8, 51), p(3.4, 57), p(5.2, 64)]),
  stroke('nasolabial-left', 'crease', [p(20.5, 46), p(23, 53), p(27, 61), p(31, 68), p(33.5, 76)]),
  stroke('ear-left', 'ear', [p(76, -9), p(77.5, -14.5), p(81.5, -17), p(85.5, -14.5), p(87.5, -6), p(87.8, 5), p(86.8, 17), p(85, 28), p(82.5, 37), p(80.5, 44), p(78, 49.5), p(75.2, 51), p(73.5, 48.5)]),
  stroke('antihelix-left', 'ear', [p(79.5, -10), p(83, -9.5), p(84.3, -2), p(83.8, 10), p(82.2, 22), p(80.6, 31), p(78.8, 37)]),
  stroke('tragus-left', 'ear', [p(75.5, 17), p(77.8, 19.5), p(78, 23.5), p(75.8, 26.5)]),
  stroke('neck-left', 'neck', [p(53, 106), p(51.5, 120), p(51, 135), p(51.5, 150), p(54, 163), p(58, 175)]),
  stroke('sternocleidomastoid-left', 'neck', [p(56, 112), p(44, 134), p(30, 154), p(16, 168)]),
  stroke('clavicle-left', 'neck', [p(12, 172), p(28, 170.5), p(44, 172), p(58, 175.5)]),
];

const mirrorStroke = (s: FaceStroke): FaceStroke => ({ ...s, id: mirrorId(s.id), points: mirrorPoints(s.points) });

export const DRAWING: readonly FaceStroke[] = [...MIDLINE, ...LEFT, ...LEFT.map(mirrorStroke)];
