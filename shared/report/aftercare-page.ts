import { AFTERCARE } from './aftercare-text';
import type { Flow } from './flow';
import { GAP, INK, LEADING, TYPE } from './report-style';
import { wrapText } from './wrap-text';

/**
 * The aftercare handout for the patient, on a page of its own so it can be handed over alone:
 * what to expect, a timeline of what to avoid and for how long, when to call, and lines for
 * the clinic's details. Larger type than the clinical pages: it is read at home.
 */

const BODY = TYPE.body + 1.2;
const WHEN_WIDTH = 92;

export function drawAftercarePage(flow: Flow, planDate: string): void {
  flow.newPage();
  const lh = BODY * LEADING;
  flow.canvas.text(AFTERCARE.title, flow.left, flow.y + TYPE.title, { size: TYPE.title, color: INK.text, bold: true });
  flow.advance(TYPE.title * 1.6);
  if (planDate) {
    flow.paragraph(`Treatment date: ${planDate}`, { size: BODY, color: INK.muted });
    flow.gap(GAP.small);
  }
  flow.paragraph(AFTERCARE.intro, { size: BODY });
  flow.gap(GAP.section - 4);

  flow.heading(AFTERCARE.expectTitle, 40);
  for (const item of AFTERCARE.expect) bullet(flow, item, flow.left, flow.width);
  flow.gap(GAP.section - 4);

  flow.heading(AFTERCARE.stepsTitle, 80);
  AFTERCARE.steps.forEach((step, i) => {
    const itemX = flow.left + WHEN_WIDTH + 10;
    const itemWidth = flow.left + flow.width - itemX;
    const lines = step.items.reduce((n, it) => n + wrapText(it, itemWidth - 12, (s) => flow.canvas.measure(s, BODY)).length, 0);
    const h = Math.max(lines * lh, BODY + 8) + 10;
    flow.ensure(h);
    const top = flow.y;
    if (i % 2 === 0) flow.canvas.rect(flow.left, top, flow.width, h, { fill: INK.panel });
    flow.canvas.rect(flow.left, top, 3, h, { fill: INK.accent });
    flow.canvas.text(step.when, flow.left + 10, top + 5 + BODY, { size: BODY, color: INK.accent, bold: true });
    flow.advance(5);
    for (const item of step.items) bullet(flow, item, itemX, itemWidth);
    flow.advance(top + h - flow.y);
  });
  flow.gap(GAP.section - 4);

  flow.heading(AFTERCARE.contactTitle, 60);
  flow.paragraph(AFTERCARE.contact, { size: BODY });
  flow.gap(GAP.section);
  flow.ensure(AFTERCARE.clinicLines.length * 24);
  for (const label of AFTERCARE.clinicLines) {
    const base = flow.y + 16;
    flow.canvas.text(label, flow.left, base, { size: BODY, color: INK.muted });
    flow.canvas.line(flow.left + 110, base + 2, flow.left + flow.width, base + 2, { stroke: INK.faint, lineWidth: 0.6 });
    flow.advance(24);
  }
}

function bullet(flow: Flow, text: string, x: number, width: number): void {
  const lines = wrapText(text, width - 12, (s) => flow.canvas.measure(s, BODY));
  const lh = BODY * LEADING;
  lines.forEach((line, k) => {
    flow.ensure(lh);
    const base = flow.y + BODY;
    if (k === 0) flow.canvas.circle(x + 3, base - BODY * 0.33, 1.5, { fill: INK.accent });
    flow.canvas.text(line, x + 12, base, { size: BODY, color: INK.text });
    flow.advance(lh);
  });
}
