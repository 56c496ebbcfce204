import type { ReportOptions, ReportRecord } from '../../shared/report/types';
import { defaultPaper } from '../../shared/report/default-paper';
import type { OverlayLayerId } from '../../shared/scene/types';
import type { EditorSnapshot, PdfExport } from '../editor/api';

/** The export's options as a chooser gives them; `layers` overrides the overlays shown on screen. */
export type ExportChoiceResult = Partial<ReportOptions> & { readonly layers?: Readonly<Record<OverlayLayerId, boolean>> };

/**
 * The `exportPdf` option for createEditor: loads the PDF code (pdf-lib, fontkit, about 1.3 MB)
 * only when the user first exports, then builds the PDF from the snapshot the user sees: the plan,
 * its analysis and the overlays shown on the canvas. `choose` supplies the export options (paper,
 * anonymize, aftercare, signature, consent, overlays), e.g. from the Export PDF dialog, and may
 * answer later; null means the user cancelled, and the export resolves to null (nothing is
 * saved). `record` supplies the clinic's letterhead and texts (from the preferences, read at
 * each export so an edit made a moment ago counts). Unset options fall back to the locale's
 * paper and a plain clinical copy.
 */
export function lazyPdfExporter(
  choose: (snapshot: EditorSnapshot) => ExportChoiceResult | null | Promise<ExportChoiceResult | null> = () => ({}),
  record: () => Promise<ReportRecord | undefined> = async () => undefined,
): (snapshot: EditorSnapshot) => Promise<PdfExport | null> {
  return async (snapshot) => {
    // Start loading the PDF code while the user is still choosing.
    const loading = import('./pdf-export');
    const choice = await choose(snapshot);
    if (choice === null) return null;
    const { exportPlanPdf } = await loading;
    const { layers, ...chosen } = choice;
    const options: ReportOptions = {
      paper: defaultPaper(typeof navigator === 'undefined' ? undefined : navigator.language),
      anonymize: false,
      aftercare: false,
      signature: false,
      consent: false,
      ...chosen,
    };
    const bytes = await exportPlanPdf({ plan: snapshot.plan, analysis: snapshot.analysis, layers: layers ?? snapshot.layers, options, record: await record() });
    return { bytes, anonymize: options.anonymize };
  };
}
