import type { Rgb } from './color';
import { PageCanvas } from './page-canvas';
import type { ReportDocument } from './pdf-document';
import type { ReportLanguage } from './report-language';
import { GAP, INK, LEADING, TYPE } from './report-style';
import { wrapText } from './wrap-text';

/**
 * Top-to-bottom layout over as many pages as the content needs. Parts ask for the height they
 * are about to draw (`ensure`); when it does not fit, the flow starts a new page, draws the
 * running header on it and carries on below. Page 1 is laid out separately (page-one.ts).
 */
/** What a flow lays its pages out on: the report's document, or a trial's loose pages (Flow.trial). */
type FlowTarget = Pick<ReportDocument, 'layout' | 'language' | 'font' | 'pageCount' | 'addPage'>;

/**
 * Pages that belong to no document: a trial flow lays a part out on them to learn how many pages
 * it takes, and nothing it draws reaches the PDF.
 */
class TrialPages implements FlowTarget {
  pageCount = 0;

  constructor(private readonly of: FlowTarget) {}

  get layout(): FlowTarget['layout'] {
    return this.of.layout;
  }

  get language(): FlowTarget['language'] {
    return this.of.language;
  }

  get font(): FlowTarget['font'] {
    return this.of.font;
  }

  addPage(): PageCanvas {
    this.pageCount++;
    const canvas = new PageCanvas(this.layout.width, this.layout.height, this.font, { fontName: 'Trial', opacityState: () => 'Trial' });
    canvas.language = this.language;
    return canvas;
  }
}

export class Flow {
  canvas!: PageCanvas;
  y = 0;
  private freshPage = false;
  private pageTop = 0;

  constructor(
    private readonly doc: FlowTarget,
    /** Draws the running header on a new page and returns the y where content starts. */
    private readonly runningHeader: (canvas: PageCanvas) => number,
  ) {}

  /**
   * A flow with this one's layout, language and running header over loose pages: lay a part out
   * on it to learn how many pages it takes (`pages`), then draw it for real on this one.
   */
  trial(): Flow {
    return new Flow(new TrialPages(this.doc), this.runningHeader);
  }

  /** Pages the flow's target holds (a trial's: the pages laid out on it). */
  get pages(): number {
    return this.doc.pageCount;
  }

  /** The language the document is written in. */
  get language(): ReportLanguage {
    return this.doc.language;
  }

  get left(): number {
    return this.doc.layout.content.x;
  }

  get width(): number {
    return this.doc.layout.content.width;
  }

  get bottom(): number {
    const c = this.doc.layout.content;
    return c.y + c.height;
  }

  /** Height available on a page below the running header. */
  get pageCapacity(): number {
    return this.bottom - this.pageTop;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    this.canvas = this.doc.addPage();
    this.y = this.runningHeader(this.canvas);
    this.pageTop = this.y;
    this.freshPage = true;
  }

  /** Makes room for `height` points, starting a new page when needed. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.freshPage) this.newPage();
  }

  /** Moves down; content after this point is no longer at the top of a fresh page. */
  advance(height: number): void {
    this.y += height;
    this.freshPage = false;
  }

  gap(height: number): void {
    if (!this.freshPage) this.y = Math.min(this.y + height, this.bottom);
  }

  /** A section heading with a rule under it; keeps at least `keepWithNext` points after it on the page. */
  heading(text: string, keepWithNext = 60): void {
    const h = TYPE.h2 * LEADING + 6;
    this.ensure(h + keepWithNext);
    const base = this.y + TYPE.h2;
    this.canvas.text(text, this.left, base, { size: TYPE.h2, color: INK.text, bold: true });
    this.canvas.line(this.left, base + 4, this.left + this.width, base + 4, { stroke: INK.rule, lineWidth: 0.6 });
    this.advance(h + 2);
  }

  /** A wrapped paragraph; lines that do not fit move to the next page one by one. */
  paragraph(
    text: string,
    opts: { size?: number; color?: Rgb; bold?: boolean; indent?: number; width?: number } = {},
  ): void {
    const size = opts.size ?? TYPE.body;
    const indent = opts.indent ?? 0;
    const width = (opts.width ?? this.width) - indent;
    const lineHeight = size * LEADING;
    for (const line of wrapText(text, width, (s) => this.doc.font.widthOf(s, size))) {
      this.ensure(lineHeight);
      this.canvas.text(line, this.left + indent, this.y + size, { size, color: opts.color ?? INK.text, bold: opts.bold });
      this.advance(lineHeight);
    }
  }

  /** Height a wrapped paragraph will take, for keeping blocks together. */
  measureParagraph(text: string, width: number, size: number = TYPE.body): number {
    return wrapText(text, width, (s) => this.doc.font.widthOf(s, size)).length * size * LEADING;
  }

  sectionGap(): void {
    this.gap(GAP.section);
  }
}
