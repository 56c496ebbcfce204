import { CANONICAL_ATLAS } from '../../shared/atlas';
import { surfaceLandmarks, surfaceOf } from '../../shared/surface';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo } from '../command';

/**
 * `vectorlift atlas [--json]`: the canonical face's landmarks by their atlas names, each with its
 * frontal position (what plans store) and its point on the skin surface, millimetres.
 */
export const help = `Usage: vectorlift atlas [--json]

Prints every landmark of the canonical face by its atlas name (e.g. tragus-left, subnasale,
zygion-left, gonion-left, lateral-canthus-left, mouth-corner-left, nasion, menton) with
  frontal  {x, y}     the position in the frontal diagram, as plans store it;
  surface  {x, y, z}  the point on the skin: z is millimetres in front of the tragion plane.
Axes: millimetres, origin on the midline at the pupils, +x = patient's left, +y = down,
+z = toward the viewer. See docs/atlas.md, "The face as a surface".`;

const round = (v: number): number => Math.round(v * 100) / 100;

export function atlasReport(): {
  format: 'vectorlift-atlas';
  atlas: string;
  surface: string;
  units: 'mm';
  axes: string;
  landmarks: Record<string, { frontal: { x: number; y: number }; surface: { x: number; y: number; z: number }; onSurface: boolean }>;
} {
  const surface = surfaceOf(CANONICAL_ATLAS);
  const landmarks: Record<string, { frontal: { x: number; y: number }; surface: { x: number; y: number; z: number }; onSurface: boolean }> = {};
  for (const l of surfaceLandmarks(surface, CANONICAL_ATLAS.landmarks)) {
    landmarks[l.name] = {
      frontal: { x: round(l.frontal.x), y: round(l.frontal.y) },
      surface: { x: round(l.surface.x), y: round(l.surface.y), z: round(l.surface.z) },
      onSurface: l.onSurface,
    };
  }
  return {
    format: 'vectorlift-atlas',
    atlas: CANONICAL_ATLAS.id,
    surface: surface.id,
    units: 'mm',
    axes: "origin on the midline at the pupils; +x patient's left, +y down, +z toward the viewer (z = 0 on the tragion plane)",
    landmarks,
  };
}

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseCommandArgs(args, { flags: ['json'], positionals: [] });
  const report = atlasReport();
  if (flags.json) {
    io.out(JSON.stringify(report, null, 2) + '\n');
    return EXIT.ok;
  }
  const names = Object.keys(report.landmarks);
  const width = Math.max(...names.map((n) => n.length));
  const num = (v: number): string => v.toFixed(1).padStart(7);
  const lines = [`${'landmark'.padEnd(width)}  frontal x       y   skin z`];
  for (const name of names) {
    const l = report.landmarks[name]!;
    lines.push(`${name.padEnd(width)}  ${num(l.frontal.x)} ${num(l.frontal.y)} ${num(l.surface.z)}${l.onSurface ? '' : '  (off the modelled skin)'}`);
  }
  io.out(`${lines.join('\n')}\n\nMillimetres; z is height in front of the tragion plane. vectorlift atlas --json for the full points.\n`);
  return EXIT.ok;
}
