/**
 * One way to say which way a pull points, used by findings, the CLI, the app and the PDF.
 *
 * Metrics give a resultant's elevation from the patient's LATERAL horizontal (positive upward),
 * so 96° means "up and slightly medial" and -96° "down and slightly medial". Findings speak of
 * the angle above or below the horizontal (0-90°) plus the side it leans to, which is how a
 * practitioner reads a vector; this turns the first into the second.
 */
export interface PullDirection {
  /** Angle from the horizontal, 0-90 degrees. */
  readonly degrees: number;
  readonly vertical: 'above' | 'below';
  readonly horizontal: 'laterally' | 'medially' | 'straight';
}

export function pullDirection(elevationDeg: number): PullDirection {
  const vertical = elevationDeg >= 0 ? 'above' : 'below';
  const fromLateral = Math.abs(elevationDeg);
  const degrees = fromLateral <= 90 ? fromLateral : 180 - fromLateral;
  const horizontal = fromLateral === 90 ? 'straight' : fromLateral < 90 ? 'laterally' : 'medially';
  return { degrees, vertical, horizontal };
}

/** e.g. "84° below the horizontal, pointing medially"; "90° above the horizontal (straight up)". */
export function pullDirectionText(elevationDeg: number): string {
  const d = pullDirection(elevationDeg);
  const angle = `${Math.round(d.degrees)}° ${d.vertical} the horizontal`;
  if (d.horizontal === 'straight') return `${angle} (straight ${d.vertical === 'above' ? 'up' : 'down'})`;
  return `${angle}, pointing ${d.horizontal}`;
}
