import fontkit from '@pdf-lib/fontkit';
import type { PDFImage, PDFPage, PDFRef } from 'pdf-lib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PageCanvas } from './page-canvas';
import type { PageLayout } from './page-layout';
import { ReportFont } from './report-font';
import { ENGLISH_REPORT, type ReportLanguage } from './report-language';

/**
 * The PDF file: pdf-lib holds the object graph and writes the file; the report draws through
 * PageCanvas. Everything here is chosen for byte-identical output from identical input:
 * - metadata dates come from the caller, and Producer/Creator are fixed strings;
 * - the font's subset tag and resource names are fixed, not random;
 * - pages, fonts and graphics states are created in drawing order, which is deterministic;
 * - pdf-lib writes no /ID and no XMP unless asked.
 */

/** PDF subset fonts are named TAG+PostScriptName; the tag is ours and constant (ISO 32000 9.6.4). */
const FONT_NAME = 'VLIFTS+NotoSansCJKkr-Regular';
const FONT_RESOURCE = 'F1';
export const PRODUCER = 'VectorLift report generator';

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly date: Date;
}

export class ReportDocument {
  private readonly pages: { page: PDFPage; canvas: PageCanvas }[] = [];
  private readonly opacityStates = new Map<number, { name: string; ref: PDFRef }>();
  private readonly images: PDFImage[] = [];

  private constructor(
    private readonly doc: PDFDocument,
    readonly font: ReportFont,
    readonly layout: PageLayout,
    /** The language the whole document is written in; every page carries it. */
    readonly language: ReportLanguage,
  ) {}

  static async create(fontBytes: Uint8Array, layout: PageLayout, info: DocumentInfo, language: ReportLanguage = ENGLISH_REPORT): Promise<ReportDocument> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fontkit);
    const pdfFont = await doc.embedFont(fontBytes, { subset: true, customName: FONT_NAME });
    doc.setTitle(info.title);
    doc.setAuthor(info.author);
    doc.setSubject(info.subject);
    doc.setCreator('VectorLift');
    doc.setProducer(PRODUCER);
    doc.setCreationDate(info.date);
    doc.setModificationDate(info.date);
    doc.setLanguage(language.locale);
    return new ReportDocument(doc, new ReportFont(pdfFont), layout, language);
  }

  get pageCount(): number {
    return this.pages.length;
  }

  addPage(): PageCanvas {
    const { width, height } = this.layout;
    const page = this.doc.addPage([width, height]);
    page.node.setFontDictionary(PDFName.of(FONT_RESOURCE), this.font.pdfFont.ref);
    const canvas = new PageCanvas(width, height, this.font, {
      fontName: FONT_RESOURCE,
      opacityState: (alpha) => this.opacityState(page, alpha),
    });
    canvas.language = this.language;
    this.pages.push({ page, canvas });
    return canvas;
  }

  /**
   * Embeds a PNG or JPEG; null when pdf-lib cannot read it (the caller then leaves it out: a
   * logo must never stop a report). Draw it with `imageOnPage`.
   */
  async embedImage(mediaType: 'image/png' | 'image/jpeg', bytes: Uint8Array): Promise<PDFImage | null> {
    try {
      const image = mediaType === 'image/png' ? await this.doc.embedPng(bytes) : await this.doc.embedJpg(bytes);
      this.images.push(image);
      return image;
    } catch {
      return null;
    }
  }

  /** Makes an embedded image drawable on page `index`; returns its resource name for PageCanvas.image. */
  imageOnPage(image: PDFImage, index: number): string {
    const entry = this.pages[index];
    if (!entry) throw new Error(`report: no page ${index + 1}`);
    const name = `Im${this.images.indexOf(image) + 1}`;
    entry.page.node.setXObject(PDFName.of(name), image.ref);
    return name;
  }

  canvas(index: number): PageCanvas {
    const entry = this.pages[index];
    if (!entry) throw new Error(`report: no page ${index + 1}`);
    return entry.canvas;
  }

  /** Writes every page's content stream and serializes the file. */
  async save(): Promise<Uint8Array> {
    for (const { page, canvas } of this.pages) {
      const stream = this.doc.context.flateStream(canvas.content());
      page.node.addContentStream(this.doc.context.register(stream));
    }
    return this.doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  }

  /** An ExtGState with fill and stroke opacity `alpha`, shared by all pages that use it. */
  private opacityState(page: PDFPage, alpha: number): string {
    const key = Math.round(Math.min(1, Math.max(0, alpha)) * 100);
    let state = this.opacityStates.get(key);
    if (!state) {
      const dict = this.doc.context.obj({ Type: 'ExtGState', ca: key / 100, CA: key / 100 });
      state = { name: `GA${key}`, ref: this.doc.context.register(dict) };
      this.opacityStates.set(key, state);
    }
    page.node.setExtGState(PDFName.of(state.name), state.ref);
    return state.name;
  }
}
