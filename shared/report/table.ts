import type { Rgb } from './color';
import type { Flow } from './flow';
import { INK, LEADING, TYPE } from './report-style';
import { wrapText } from './wrap-text';

/**
 * A table that wraps its cells and breaks across pages between rows, repeating the header row
 * on each new page. Used for the thread table and the metrics.
 */

export interface TableColumn {
  readonly header: string;
  /** Relative width; the columns share the table width in these proportions. */
  readonly weight: number;
  readonly align?: 'left' | 'right';
}

export interface TableRow {
  readonly cells: readonly string[];
  /** Draw the first cell as a filled badge in this colour (thread number in its severity colour). */
  readonly badge?: Rgb;
  readonly bold?: boolean;
}

const PAD_X = 4;
const PAD_Y = 3.2;

export function drawTable(flow: Flow, columns: readonly TableColumn[], rows: readonly TableRow[], size: number = TYPE.table): void {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * flow.width);
  const lineHeight = size * LEADING;
  const measure = (s: string) => flow.canvas.measure(s, size);

  const layoutRow = (cells: readonly string[]) =>
    cells.map((text, i) => wrapText(text, widths[i]! - 2 * PAD_X, measure));

  const headerLines = layoutRow(columns.map((c) => c.header));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * lineHeight + 2 * PAD_Y;

  const drawHeader = () => {
    const top = flow.y;
    flow.canvas.rect(flow.left, top, flow.width, headerHeight, { fill: INK.panel });
    drawCells(headerLines, top, true, INK.muted);
    flow.canvas.line(flow.left, top + headerHeight, flow.left + flow.width, top + headerHeight, {
      stroke: INK.faint,
      lineWidth: 0.7,
    });
    flow.advance(headerHeight);
  };

  const drawCells = (lines: string[][], top: number, bold: boolean, color: Rgb) => {
    let x = flow.left;
    lines.forEach((cellLines, i) => {
      const col = columns[i]!;
      cellLines.forEach((line, k) => {
        const base = top + PAD_Y + k * lineHeight + size * 0.95;
        const right = col.align === 'right';
        flow.canvas.text(line, right ? x + widths[i]! - PAD_X : x + PAD_X, base, {
          size,
          color,
          bold,
          align: right ? 'right' : 'left',
        });
      });
      x += widths[i]!;
    });
  };

  flow.ensure(headerHeight + lineHeight + 2 * PAD_Y);
  drawHeader();
  rows.forEach((row, index) => {
    const lines = layoutRow(row.cells);
    const height = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 2 * PAD_Y;
    if (flow.y + height > flow.bottom) {
      flow.newPage();
      drawHeader();
    }
    const top = flow.y;
    if (index % 2 === 1) flow.canvas.rect(flow.left, top, flow.width, height, { fill: INK.panel, opacity: 0.55 });
    if (row.badge) {
      const label = lines[0]!.join(' ');
      lines[0] = [];
      const w = Math.max(flow.canvas.measure(label, size) + 6, 14);
      const bh = size + 4;
      const bx = flow.left + PAD_X - 1;
      const by = top + PAD_Y - 1;
      flow.canvas.rect(bx, by, w, bh, { fill: row.badge, radius: 2.5 });
      flow.canvas.text(label, bx + w / 2, by + bh / 2 + size * 0.36, { size, color: INK.white, bold: true, align: 'center' });
    }
    drawCells(lines, top, row.bold ?? false, INK.text);
    flow.canvas.line(flow.left, top + height, flow.left + flow.width, top + height, { stroke: INK.rule, lineWidth: 0.4 });
    flow.advance(height);
  });
}
