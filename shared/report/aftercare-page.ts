import { parseHandoutText, type HandoutBlock } from '../record/handout-text';
import { addressLines, type ClinicProfile } from '../record/clinic';
import type { Flow } from './flow';
import { drawLetterhead } from './letterhead';
import { GAP, INK, LEADING, TYPE } from './report-style';

import { wrapText } from './wrap-text';

/**
 * The patient handout, on a page of its own so it can be handed over alone: the clinic's
 * letterhead, the advice before treatment, then the aftercare (the clinic's own texts or the
 * defaults, shared/record/record-texts.ts), and the clinic's contact lines filled in from its
 * profile. Larger type than the clinical pages: it is read at home.
 */

const BODY = TYPE.body + 1.2;
/** Width of a bullet's bold lead ("First 2 weeks"), points; longer leads wrap above the text. */
const LEAD_WIDTH = 92;

export interface HandoutInput {
  readonly planDate: string;
  readonly clinic: ClinicProfile;
  /** The logo's resource name on the handout's first page, set by the caller once the page exists. */
  readonly logoOnPage: () => string | null;
  readonly beforeTreatment: string;
  readonly aftercare: string;
}

export function drawAftercarePage(flow: Flow, input: HandoutInput): void {
  const T = flow.language.text;
  flow.newPage();
  flow.advance(drawLetterhead(flow.canvas, { x: flow.left, y: flow.y, width: flow.width, height: 0 }, { clinic: input.clinic, logoName: input.logoOnPage() }) - flow.y);
  flow.canvas.text(T.handoutTitle, flow.left, flow.y + TYPE.title, { size: TYPE.title, color: INK.text, bold: true });
  flow.advance(TYPE.title * 1.6);
  if (input.planDate) {
    flow.paragraph(T.handoutTreatmentDate(flow.language.day(input.planDate)), { size: BODY, color: INK.muted });
    flow.gap(GAP.small);
  }
  flow.paragraph(T.handoutIntro, { size: BODY });

  const before = parseHandoutText(input.beforeTreatment);
  if (before.length > 0) {
    flow.gap(GAP.section);
    flow.heading(T.handoutBeforeTitle, 40);
    drawBlocks(flow, before);
  }
  flow.gap(GAP.section);
  flow.heading(T.handoutAfterTitle, 40);
  drawBlocks(flow, parseHandoutText(input.aftercare));

  flow.gap(GAP.section);
  const lines: [string, string][] = [
    [T.handoutClinic, [input.clinic.name.trim(), ...addressLines(input.clinic)].filter(Boolean).join(', ')],
    [T.handoutTelephone, input.clinic.telephone.trim()],
    [T.handoutNextAppointment, ''],
  ];
  flow.heading(T.handoutContactTitle, lines.length * 24);
  const valueX = flow.left + 110;
  for (const [label, value] of lines) {
    const wrapped = value ? wrapText(value, flow.left + flow.width - valueX - 2, (s) => flow.canvas.measure(s, BODY)) : [''];
    const h = 24 + (wrapped.length - 1) * BODY * LEADING;
    flow.ensure(h);
    const base = flow.y + 16;
    flow.canvas.text(label, flow.left, base, { size: BODY, color: INK.muted });
    wrapped.forEach((line, k) => flow.canvas.text(line, valueX + 2, base - 2 + k * BODY * LEADING, { size: BODY, color: INK.text }));
    const ruleY = base + 2 + (wrapped.length - 1) * BODY * LEADING;
    flow.canvas.line(valueX, ruleY, flow.left + flow.width, ruleY, { stroke: INK.faint, lineWidth: 0.6 });
    flow.advance(h);
  }
}

function drawBlocks(flow: Flow, blocks: readonly HandoutBlock[]): void {
  const hasLeads = blocks.some((b) => b.kind === 'bullet' && b.lead !== '');
  let stripe = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      if (i > 0) flow.gap(GAP.paragraph + 2);
      flow.ensure(BODY * LEADING * 3);
      flow.paragraph(block.text, { size: BODY + 0.6, bold: true });
      flow.gap(GAP.small);
      stripe = 0;
    } else if (block.kind === 'paragraph') {
      flow.paragraph(block.text, { size: BODY });
      flow.gap(GAP.small);
    } else if (hasLeads && block.lead) {
      leadRow(flow, block.lead, block.text, stripe++ % 2 === 0);
    } else {
      bullet(flow, block.text, flow.left, flow.width);
    }
  });
}

/** "First week | Sleep on your back. ...": the period in the accent colour, a pale band every other row. */
function leadRow(flow: Flow, lead: string, text: string, shaded: boolean): void {
  const lh = BODY * LEADING;
  const itemX = flow.left + LEAD_WIDTH + 10;
  const itemWidth = flow.left + flow.width - itemX;
  const leadLines = wrapText(lead, LEAD_WIDTH - 12, (s) => flow.canvas.measure(s, BODY));
  const textLines = wrapText(text, itemWidth - 4, (s) => flow.canvas.measure(s, BODY));
  const h = Math.max(leadLines.length, textLines.length) * lh + 10;
  flow.ensure(h);
  const top = flow.y;
  if (shaded) flow.canvas.rect(flow.left, top, flow.width, h, { fill: INK.panel });
  flow.canvas.rect(flow.left, top, 3, h, { fill: INK.accent });
  leadLines.forEach((line, k) => flow.canvas.text(line, flow.left + 10, top + 5 + BODY + k * lh, { size: BODY, color: INK.accent, bold: true }));
  textLines.forEach((line, k) => flow.canvas.text(line, itemX, top + 5 + BODY + k * lh, { size: BODY, color: INK.text }));
  flow.advance(h);
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
