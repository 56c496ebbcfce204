import { describe, expect, it } from 'vitest';
import { Flow } from '../../../../shared/report/flow';
import { pageLayout } from '../../../../shared/report/page-layout';
import { ReportDocument } from '../../../../shared/report/pdf-document';
import { LEADING, TYPE } from '../../../../shared/report/report-style';
import { FONT } from './report-fixture';

/**
 * The page flow every section after page 1 is laid out in (flow.ts), on a real document but
 * without writing a PDF: the height a part measures to keep itself together is the height it
 * then takes, a block that fits to the point stays on its page, and the top of a fresh page
 * neither gets a gap nor starts yet another page for a block taller than a page.
 */

/** The running header's height on each new page (any fixed value: this test draws none). */
const HEADER = 40;

const TEXT =
  'The threads run from the temple towards the nasolabial fold, each anchored in the deep fascia above the zygomatic arch, '.repeat(4);

/** A flow on a fresh A4 document, on its first page. Made inside each test (mutants switch on per test). */
async function flowOnNewDocument(): Promise<{ doc: ReportDocument; flow: Flow }> {
  const layout = pageLayout('a4');
  const doc = await ReportDocument.create(FONT, layout, { title: 't', author: 'a', subject: 's', date: new Date(0) });
  const flow = new Flow(doc, () => layout.content.y + HEADER);
  flow.newPage();
  return { doc, flow };
}

describe('the page flow', () => {
  it('starts each new page below the running header, with the whole page below it available', async () => {
    const { doc, flow } = await flowOnNewDocument();
    const content = pageLayout('a4').content;
    expect(doc.pageCount).toBe(1);
    expect(flow.pages).toBe(doc.pageCount);
    expect(flow.y).toBe(content.y + HEADER);
    expect(flow.remaining).toBe(content.y + content.height - flow.y);
    expect(flow.pageCapacity).toBe(content.height - HEADER);
    flow.advance(100);
    expect(flow.remaining).toBe(content.height - HEADER - 100);
    expect(flow.pageCapacity).toBe(content.height - HEADER);
  });

  it('advances a paragraph by the height measureParagraph gave for it, indented or not', async () => {
    const { flow } = await flowOnNewDocument();
    const lines = flow.measureParagraph(TEXT, flow.width) / (TYPE.body * LEADING);
    // Several lines, so a wrong width or line height would change the figure.
    expect(lines).toBeGreaterThan(3);
    // Whole lines of body text.
    expect(lines).toBeCloseTo(Math.round(lines), 6);
    let top = flow.y;
    flow.paragraph(TEXT);
    expect(flow.y - top).toBeCloseTo(flow.measureParagraph(TEXT, flow.width), 6);

    // Indented: the lines wrap in the width left after the indent, so more of them.
    top = flow.y;
    flow.paragraph(TEXT, { indent: 150 });
    const indented = flow.measureParagraph(TEXT, flow.width - 150);
    expect(flow.y - top).toBeCloseTo(indented, 6);
    expect(indented).toBeGreaterThan(flow.measureParagraph(TEXT, flow.width));

    // Smaller type measures smaller.
    top = flow.y;
    flow.paragraph(TEXT, { size: TYPE.small });
    expect(flow.y - top).toBeCloseTo(flow.measureParagraph(TEXT, flow.width, TYPE.small), 6);
  });

  it('keeps a block that fits to the point on its page, and starts a new page for one a point taller', async () => {
    const { doc, flow } = await flowOnNewDocument();
    flow.advance(300);
    flow.ensure(flow.remaining);
    expect(doc.pageCount).toBe(1);
    flow.ensure(flow.remaining + 1);
    expect(doc.pageCount).toBe(2);
    expect(flow.y).toBe(pageLayout('a4').content.y + HEADER);
  });

  it('starts no second page for a block taller than a page, and adds no gap at the top of a fresh page', async () => {
    const { doc, flow } = await flowOnNewDocument();
    const top = flow.y;
    flow.ensure(flow.pageCapacity + 50);
    expect(doc.pageCount).toBe(1);
    flow.gap(20);
    expect(flow.y).toBe(top);
    // Once something is drawn, the page is no longer fresh: the gap and the break apply.
    flow.advance(10);
    flow.gap(20);
    expect(flow.y).toBe(top + 30);
    flow.ensure(flow.pageCapacity + 50);
    expect(doc.pageCount).toBe(2);
  });
});
