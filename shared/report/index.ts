/** The marked-up plan as a PDF (pure TypeScript: the caller supplies the font bytes). */
export { buildPlanPdf } from './build-plan-pdf';
export type { ExerciseReport, PaperSize, ReportInput, ReportOptions } from './types';
export { PAPER_PT, MM_TO_PT, pageLayout } from './page-layout';
export { REPORT_TEXT } from './report-strings';
export { REPORT_PALETTE } from './report-style';
/** File name of the embedded font under assets/fonts/. */
export const REPORT_FONT_FILE = 'NotoSansKR-VectorLift.ttf';
export { defaultPaper } from './default-paper';
