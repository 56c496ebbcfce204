/**
 * Words the scene writes on the diagram. Passed in by each back-end from its own string table
 * (the renderer's i18n, the PDF's), so shared/ holds no user-facing English of its own.
 */
export interface SceneLabels {
  /** Shown top-left: the patient's right is drawn on the viewer's left. */
  readonly patientRight: string;
  readonly patientLeft: string;
  /** Either side of the fixed/mobile line. */
  readonly fixed: string;
  readonly mobile: string;
}
