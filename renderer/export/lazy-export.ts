import type { ReportOptions } from '../../shared/report/types';
import { defaultPaper } from '../../shared/report/default-paper';
import type { EditorSnapshot } from '../editor/api';

/**
 * The `exportPdf` option for createEditor: loads the PDF code (pdf-lib, fontkit, about 1.3 MB)
 * only when the user first exports, then builds the PDF from the snapshot the user sees: the plan,
 * its analysis and the overlays shown on the canvas. `choose` supplies the export options (paper,
 * anonymise, aftercare, signature), e.g. from an export dialog; unset ones fall back to the
 * locale's paper and a plain clinical copy.
 */
export function lazyPdfExporter(
  choose: () => Partial<ReportOptions> = () => ({}),
): (snapshot: EditorSnapshot) => Promise<Uint8Array> {
  return async (snapshot) => {
    const { exportPlanPdf } = await import('./pdf-export');
    const options: ReportOptions = {
      paper: defaultPaper(typeof navigator === 'undefined' ? undefined : navigator.language),
      anonymize: false,
      aftercare: false,
      signature: false,
      ...choose(),
    };
    return exportPlanPdf({ plan: snapshot.plan, analysis: snapshot.analysis, layers: snapshot.layers, options });
  };
}
