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

/**
 * The handout's type and spacing. Design choice: it is set a little larger than the clinical
 * pages (read at home), and gives that up step by step, down to the report's own body size and
 * tighter gaps, before it takes a second page: a handout is handed over as one sheet, and a
 * second page holding only the clinic's contact lines (Russian on US Letter) is easily lost.
 * A clinic's own texts too long for one page at the smallest style still take two.
 */
interface HandoutStyle {
  readonly body: number;
  /** Multiplies the gaps between blocks. */
  readonly gaps: number;
}

const STYLES: readonly HandoutStyle[] = [
  { body: TYPE.body + 1.2, gaps: 1 },
  { body: TYPE.body + 0.6, gaps: 0.7 },
  { body: TYPE.body, gaps: 0.5 },
];

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
  // The first style whose trial layout takes one page (the letterhead's logo, if any, counted at its size).
  const trialLogo = (): string | null => (input.clinic.logo ? 'Trial' : null);
  const style =
    STYLES.find((candidate) => {
      const trial = flow.trial();
      layOut(trial, { ...input, logoOnPage: trialLogo }, candidate);
      return trial.pages === 1;
    }) ?? STYLES[0]!;
  layOut(flow, input, style);
}

function layOut(flow: Flow, input: HandoutInput, style: HandoutStyle): void {
  const T = flow.language.text;
  const body = style.body;
  const gap = (points: number) => flow.gap(points * style.gaps);
  flow.newPage();
  flow.advance(drawLetterhead(flow.canvas, { x: flow.left, y: flow.y, width: flow.width, height: 0 }, { clinic: input.clinic, logoName: input.logoOnPage() }) - flow.y);
  flow.canvas.text(T.handoutTitle, flow.left, flow.y + TYPE.title, { size: TYPE.title, color: INK.text, bold: true });
  flow.advance(TYPE.title * 1.6);
  if (input.planDate) {
    flow.paragraph(T.handoutTreatmentDate(flow.language.day(input.planDate)), { size: body, color: INK.muted });
    gap(GAP.small);
  }
  flow.paragraph(T.handoutIntro, { size: body });

  const before = parseHandoutText(input.beforeTreatment);
  if (before.length > 0) {
    gap(GAP.section);
    flow.heading(T.handoutBeforeTitle, 40);
    drawBlocks(flow, before, style);
  }
  gap(GAP.section);
  flow.heading(T.handoutAfterTitle, 40);
  drawBlocks(flow, parseHandoutText(input.aftercare), style);

  gap(GAP.section);
  const lines: [string, string][] = [
    [T.handoutClinic, [input.clinic.name.trim(), ...addressLines(input.clinic)].filter(Boolean).join(', ')],
    [T.handoutTelephone, input.clinic.telephone.trim()],
    [T.handoutNextAppointment, ''],
  ];
  flow.heading(T.handoutContactTitle, lines.length * 24);
  const valueX = flow.left + 110;
  for (const [label, value] of lines) {
    const wrapped = value ? wrapText(value, flow.left + flow.width - valueX - 2, (s) => flow.canvas.measure(s, body)) : [''];
    const h = 24 + (wrapped.length - 1) * body * LEADING;
    flow.ensure(h);
    const base = flow.y + 16;
    flow.canvas.text(label, flow.left, base, { size: body, color: INK.muted });
    wrapped.forEach((line, k) => flow.canvas.text(line, valueX + 2, base - 2 + k * body * LEADING, { size: body, color: INK.text }));
    const ruleY = base + 2 + (wrapped.length - 1) * body * LEADING;
    flow.canvas.line(valueX, ruleY, flow.left + flow.width, ruleY, { stroke: INK.faint, lineWidth: 0.6 });
    flow.advance(h);
  }
}

function drawBlocks(flow: Flow, blocks: readonly HandoutBlock[], style: HandoutStyle): void {
  const body = style.body;
  const gap = (points: number) => flow.gap(points * style.gaps);
  const hasLeads = blocks.some((b) => b.kind === 'bullet' && b.lead !== '');
  let stripe = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      if (i > 0) gap(GAP.paragraph + 2);
      flow.ensure(body * LEADING * 3);
      flow.paragraph(block.text, { size: body + 0.6, bold: true });
      gap(GAP.small);
      stripe = 0;
    } else if (block.kind === 'paragraph') {
      flow.paragraph(block.text, { size: body });
      gap(GAP.small);
    } else if (hasLeads && block.lead) {
      leadRow(flow, block.lead, block.text, stripe++ % 2 === 0, body);
    } else {
      bullet(flow, block.text, flow.left, flow.width, body);
    }
  });
}

/** "First week | Sleep on your back. ...": the period in the accent colour, a pale band every other row. */
function leadRow(flow: Flow, lead: string, text: string, shaded: boolean, body: number): void {
  const lh = body * LEADING;
  const itemX = flow.left + LEAD_WIDTH + 10;
  const itemWidth = flow.left + flow.width - itemX;
  const leadLines = wrapText(lead, LEAD_WIDTH - 12, (s) => flow.canvas.measure(s, body));
  const textLines = wrapText(text, itemWidth - 4, (s) => flow.canvas.measure(s, body));
  const h = Math.max(leadLines.length, textLines.length) * lh + 10;
  flow.ensure(h);
  const top = flow.y;
  if (shaded) flow.canvas.rect(flow.left, top, flow.width, h, { fill: INK.panel });
  flow.canvas.rect(flow.left, top, 3, h, { fill: INK.accent });
  leadLines.forEach((line, k) => flow.canvas.text(line, flow.left + 10, top + 5 + body + k * lh, { size: body, color: INK.accent, bold: true }));
  textLines.forEach((line, k) => flow.canvas.text(line, itemX, top + 5 + body + k * lh, { size: body, color: INK.text }));
  flow.advance(h);
}

function bullet(flow: Flow, text: string, x: number, width: number, body: number): void {
  const lines = wrapText(text, width - 12, (s) => flow.canvas.measure(s, body));
  const lh = body * LEADING;
  lines.forEach((line, k) => {
    flow.ensure(lh);
    const base = flow.y + body;
    if (k === 0) flow.canvas.circle(x + 3, base - body * 0.33, 1.5, { fill: INK.accent });
    flow.canvas.text(line, x + 12, base, { size: body, color: INK.text });
    flow.advance(lh);
  });
}
