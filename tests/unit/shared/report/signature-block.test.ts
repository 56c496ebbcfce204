import { describe, expect, it } from 'vitest';
import { Flow } from '../../../../shared/report/flow';
import { PageCanvas } from '../../../../shared/report/page-canvas';
import { pageLayout } from '../../../../shared/report/page-layout';
import { ReportDocument } from '../../../../shared/report/pdf-document';
import { drawSignatureBlock } from '../../../../shared/report/signature-block';
import { FONT } from './report-fixture';

/**
 * The signature block is kept whole on one page (signature-block.ts): wherever on a page it
 * starts, every line it draws is inside the page's body, and the flow carries on below its last
 * line. Its columns are drawn without further page checks, so the room it asks for up front is
 * all that keeps the date lines out of the footer. Checked on a real document, without writing
 * the PDF: the y of every line and text the block draws is recorded as it draws.
 */

const HEADER = 40;

describe('the signature block', () => {
  it('stays inside the page body wherever it starts, and the flow continues below it', async () => {
    const layout = pageLayout('a4');
    const doc = await ReportDocument.create(FONT, layout, { title: 't', author: 'a', subject: 's', date: new Date(0) });
    const flow = new Flow(doc, () => layout.content.y + HEADER);
    // Record the lowest point drawn on each page while the block draws.
    const lowest = new Map<PageCanvas, number>();
    const note = (canvas: PageCanvas, y: number) => lowest.set(canvas, Math.max(lowest.get(canvas) ?? -Infinity, y));
    const { line, text } = PageCanvas.prototype;
    PageCanvas.prototype.line = function (this: PageCanvas, x1, y1, x2, y2, style) {
      note(this, Math.max(y1, y2));
      return line.call(this, x1, y1, x2, y2, style);
    };
    PageCanvas.prototype.text = function (this: PageCanvas, s, x, y, style) {
      note(this, y);
      return text.call(this, s, x, y, style);
    };
    try {
      for (let offset = 0; offset < flow.bottom - layout.content.y - HEADER; offset += 3) {
        flow.newPage();
        flow.advance(offset);
        lowest.clear();
        drawSignatureBlock(flow, 'Dr Ana Ortiz');
        const page = flow.canvas;
        expect(lowest.get(page), `start ${offset}`).toBeDefined();
        expect(lowest.get(page)!, `start ${offset}`).toBeLessThanOrEqual(flow.bottom);
        expect(flow.y, `start ${offset}`).toBeGreaterThanOrEqual(lowest.get(page)!);
        expect(flow.y, `start ${offset}`).toBeLessThanOrEqual(lowest.get(page)! + 20);
      }
    } finally {
      PageCanvas.prototype.line = line;
      PageCanvas.prototype.text = text;
    }
  });
});
