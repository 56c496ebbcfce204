import type { AnalysisResult } from '../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { THREAD_CATALOGUE } from '../../shared/catalogue';
import type { PlanDocument } from '../../shared/plan/types';
import { buildPlanPdf } from '../../shared/report/build-plan-pdf';
import type { ReportOptions, ReportRecord } from '../../shared/report/types';
import type { OverlayLayerId } from '../../shared/scene/types';
import fontUrl from '../../assets/fonts/NotoSansKR-VectorLift.ttf?url';

/**
 * File → Export PDF in the app: builds the report in the renderer (shared/report is pure
 * TypeScript) with the font bundled as a Vite asset. The bridge then saves the bytes (Electron:
 * save dialog, browser: download). Nothing leaves the machine: the font is a local asset.
 */

export interface ExportPdfArgs {
  readonly plan: PlanDocument;
  readonly analysis: AnalysisResult;
  /** The overlays visible on screen, so the PDF shows what the user sees. */
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  readonly options: ReportOptions;
  /** The clinic's letterhead and texts; omitted gives no letterhead and the default texts. */
  readonly record?: ReportRecord;
}

let fontBytes: Promise<Uint8Array> | null = null;

/** The font, loaded once per session (about 2 MB; the PDF embeds only the glyphs it uses). */
export function loadReportFont(url: string = fontUrl): Promise<Uint8Array> {
  fontBytes ??= readAsset(new URL(url, document.baseURI).href).catch((e: unknown) => {
    fontBytes = null; // let a later export try again
    throw e;
  });
  return fontBytes;
}

/**
 * The desktop app is served from app://vectorlift/ and the browser edition over http, where fetch
 * works. A file:// page (a build opened straight from disk) refuses fetch ("URL scheme file is
 * not supported") but allows XMLHttpRequest, so that case still reads the font.
 */
async function readAsset(href: string): Promise<Uint8Array> {
  if (href.startsWith('file:')) return readWithXhr(href);
  const response = await fetch(href);
  if (!response.ok) throw new Error(`Could not load the report font (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

function readWithXhr(href: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', href);
    xhr.responseType = 'arraybuffer';
    xhr.onload = () =>
      xhr.response instanceof ArrayBuffer && xhr.response.byteLength > 0
        ? resolve(new Uint8Array(xhr.response))
        : reject(new Error('Could not load the report font'));
    xhr.onerror = () => reject(new Error('Could not load the report font'));
    xhr.send();
  });
}

export async function exportPlanPdf(args: ExportPdfArgs): Promise<Uint8Array> {
  const font = await loadReportFont();
  return buildPlanPdf({
    plan: args.plan,
    atlas: CANONICAL_ATLAS,
    catalogue: THREAD_CATALOGUE,
    analysis: args.analysis,
    layers: args.layers,
    font,
    options: args.options,
    record: args.record,
  });
}
