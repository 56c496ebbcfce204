import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { createEmptyPlan } from '../../../../shared/plan/factory';
import type { PlanDocument } from '../../../../shared/plan/types';
import { PAPER_PT, pageLayout } from '../../../../shared/report';
import { REPORT_TEXT } from '../../../../shared/report/report-strings';
import { diagramColumn } from '../../../../shared/report/page-one';
import { PALETTES } from '../../../../shared/scene/palette';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { countColour, pdfFonts, pdfInfo, pdfPages, pdfText, qpdfCheck, rasterImages, renderPage } from './pdf-tools';
import { NO_OVERLAYS, buildReport, finding, squeeze, withFindings } from './report-fixture';

const plan = makeLargePlan(8, { title: 'Midface and jawline plan', patientId: 'P-0042', notes: 'Prefers a natural result.' });

describe('buildPlanPdf: content', () => {
  it('is a valid PDF (qpdf --check) with no raster image', async () => {
    const pdf = await buildReport(plan, { options: { aftercare: true, signature: true } });
    const check = qpdfCheck(pdf);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
    expect(rasterImages(pdf)).toEqual([]);
  });

  it('has the title, every thread number and every finding title as text', async () => {
    const findings = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).findings;
    expect(findings.length).toBeGreaterThan(0);
    const pdf = await buildReport(plan);
    const text = pdfText(pdf);
    expect(text).toContain('Midface and jawline plan');
    for (const f of findings) expect(squeeze(text)).toContain(squeeze(f.title));

    // Thread numbers: on the diagram (page 1) and as the first cell of each table row (the
    // table starts on page 2 below the oblique views and may go on to page 3).
    const pageOneTokens = new Set(pdfText(pdf, 1).split(/\s+/));
    const tableLayout = pdfText(pdf, 2, { layout: true }) + pdfText(pdf, 3, { layout: true });
    plan.threads.forEach((t, i) => {
      expect(pageOneTokens, `thread ${i + 1} on the diagram`).toContain(String(i + 1));
      expect(tableLayout, `thread ${i + 1} in the table`).toMatch(new RegExp(`^\\s*${i + 1}\\s+${t.side === 'right' ? 'Right' : 'Left'}\\s`, 'm'));
    });
  });

  it('prints Korean and Russian names as text, with one embedded subset font', async () => {
    const korean = await buildReport({ ...plan, meta: { ...plan.meta, patientId: '김민준', practitioner: 'Dr Сергей Иванов', notes: 'Łukasz Wałęsa, Dvořák' } });
    const russian = await buildReport({ ...plan, meta: { ...plan.meta, patientId: 'Мария Петрова', title: '리프팅 계획' } });
    expect(pdfText(korean)).toContain('김민준');
    expect(pdfText(korean)).toContain('Dr Сергей Иванов');
    expect(pdfText(korean)).toContain('Łukasz Wałęsa, Dvořák');
    expect(pdfText(russian)).toContain('Мария Петрова');
    expect(pdfText(russian)).toContain('리프팅 계획');
    const fonts = pdfFonts(korean);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatchObject({ embedded: true, subset: true });
    expect(fonts[0]!.name).toMatch(/^[A-Z]{6}\+/);
  });

  it('puts the footer with "Page x of y" on every page, and the disclaimer on every page but the patient handout', async () => {
    const large = makeLargePlan(50);
    const pdf = await buildReport(large, { options: { aftercare: true, signature: true } });
    const { pages } = pdfInfo(pdf);
    expect(pages).toBeGreaterThan(3);
    const byPage = pdfPages(pdf);
    expect(byPage).toHaveLength(pages);
    const handout = byPage.findIndex((text) => text.includes(REPORT_TEXT.handoutIntro.slice(0, 40)));
    expect(handout).toBeGreaterThan(0);
    for (let p = 1; p <= pages; p++) {
      const text = byPage[p - 1]!;
      expect(text, `page ${p}`).toContain(`Page ${p} of ${pages}`);
      expect(text, `page ${p}`).toContain('Patient: BENCH-0001');
      // The handout is the patient's: no planning-aid line, and its own title where the plan's stands.
      const patients = p - 1 >= handout;
      expect(text.includes('Planning aid only, not a clinical guarantee'), `page ${p}`).toBe(!patients);
      expect(text.includes(large.meta.title), `page ${p}`).toBe(!patients);
    }
  });

  it('breaks a long thread table across pages and repeats its header', async () => {
    const big = makeLargePlan(50);
    const pdf = await buildReport(big, { analysis: withFindings(big, []) });
    const tablePages: number[] = [];
    let rows = 0;
    pdfPages(pdf, { layout: true }).forEach((layout, i) => {
      const p = i + 1;
      if (p === 1) return;
      if (layout.includes('Thread type')) tablePages.push(p);
      rows += [...layout.matchAll(/^\s*\d+\s+(Right|Left)\s/gm)].length;
    });
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    expect(rows).toBe(50);
  });

  it('uses A4 or Letter paper on every page', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const info = pdfInfo(await buildReport(plan, { options: { paper, aftercare: true } }));
      expect(info.sizes).toHaveLength(info.pages);
      for (const size of info.sizes) {
        expect(size.width).toBeCloseTo(PAPER_PT[paper].width, 1);
        expect(size.height).toBeCloseTo(PAPER_PT[paper].height, 1);
      }
    }
    expect(PAPER_PT.a4.width).toBeCloseTo(595.28, 1);
    expect(PAPER_PT.letter).toEqual({ width: 612, height: 792 });
  });

  it('anonymizes: no patient identifier or notes anywhere, and says so', async () => {
    const named = { ...plan, meta: { ...plan.meta, patientId: 'Иванова Мария', notes: 'Lives near the clinic.' } };
    const pdf = await buildReport(named, { options: { anonymize: true, aftercare: true, signature: true } });
    const text = pdfText(pdf);
    expect(text).not.toContain('Иванова');
    expect(text).not.toContain('Lives near the clinic');
    expect(text).toContain('Anonymized copy');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('Patient: anonymized'));
    // The same plan without the option does print them (so the test above means something).
    const plain = pdfText(await buildReport(named));
    expect(plain).toContain('Иванова Мария');
    expect(plain).toContain('Lives near the clinic');
  });

  it('an anonymized PDF has no private free text: not the plan notes, no thread notes, not the patient id, nor those of kept revisions', async () => {
    // Entry points carry no notes in the plan format (only a short label drawn on the diagram).
    const secret = (what: string) => `Privatenote${what}Zq`;
    const threads = plan.threads.map((t, i) => ({ ...t, notes: `${secret(`Thread${i + 1}`)} lives at 12 Elm Road` }));
    const meta = { ...plan.meta, patientId: secret('Patientid'), notes: `${secret('Plan')} husband is a surgeon` };
    const noted: PlanDocument = {
      ...plan,
      meta,
      threads,
      revision: 2,
      finalRevisions: [
        {
          revision: 1,
          signOff: { by: 'Dr Lee', on: '2025-05-01' },
          meta: { ...meta, patientId: secret('Revisionpatientid'), notes: secret('Revisionplan') },
          entryPoints: plan.entryPoints,
          threads: threads.map((t, i) => ({ ...t, notes: secret(`Revisionthread${i + 1}`) })),
        },
      ],
    };
    const secrets = [secret('Patientid'), secret('Plan'), secret('Revisionpatientid'), secret('Revisionplan'), ...threads.map((_, i) => secret(`Thread${i + 1}`)), ...threads.map((_, i) => secret(`Revisionthread${i + 1}`))];
    const everything = { aftercare: true, signature: true, consent: true };
    // squeezed: a note wrapped over two lines is still found
    const anonymized = squeeze(pdfText(await buildReport(noted, { options: { ...everything, anonymize: true } })));
    for (const s of secrets) expect(anonymized, s).not.toContain(s);
    expect(anonymized).not.toContain('ElmRoad');
    expect(anonymized).not.toContain(squeeze(REPORT_TEXT.threadNotes));
    // The same plan printed plainly does carry the current notes and id: the test can see them.
    const plain = squeeze(pdfText(await buildReport(noted, { options: everything })));
    for (const s of [secret('Patientid'), secret('Plan'), ...threads.map((_, i) => secret(`Thread${i + 1}`))]) expect(plain, s).toContain(s);
  });

  it('adds the aftercare handout and the signature block only when asked', async () => {
    const without = pdfText(await buildReport(plan));
    const withBoth = pdfText(await buildReport(plan, { options: { aftercare: true, signature: true } }));
    expect(without).not.toContain('Before and after your thread lift');
    expect(without).not.toContain('Consent and signatures');
    expect(withBoth).toContain('Before and after your thread lift');
    expect(withBoth).toContain('Sleep on your back');
    expect(withBoth).toContain('Consent and signatures');
  });

  it('lists metrics: traction per side, malar share and symmetry', async () => {
    const text = pdfText(await buildReport(plan));
    for (const words of ['Total traction', 'Midface pull ending or converging on the cheekbone', 'Symmetry', 'Traction by region']) {
      expect(squeeze(text)).toContain(squeeze(words));
    }
  });
});

describe('buildPlanPdf: the diagram', () => {
  const light = PALETTES.light;
  const layout = pageLayout('a4');
  const column = diagramColumn(layout);
  /** The diagram column between the header and the findings box (generous margins). */
  const diagramArea = {
    x: column.x,
    width: column.width,
    y: layout.content.y + 130,
    height: layout.content.height - 130 - 180,
  };

  async function pageOne(p: PlanDocument, findings: ReturnType<typeof finding>[]) {
    const pdf = await buildReport(p, { analysis: withFindings(p, findings), layers: NO_OVERLAYS });
    return renderPage(pdf, 1, 50);
  }

  it('draws threads in the severity colours of their findings, and in the "no finding" colour otherwise', async () => {
    const [t1, t2, t3] = plan.threads;
    const flagged = await pageOne(plan, [
      finding('critical', [t1!.id], 'Critical thing'),
      finding('warning', [t2!.id], 'Warning thing'),
      finding('info', [t3!.id], 'Info thing'),
    ]);
    const clean = await pageOne(plan, []);
    for (const token of ['thread.critical', 'thread.warning', 'thread.info'] as const) {
      expect(countColour(flagged, diagramArea, light[token], 30), token).toBeGreaterThan(20);
      expect(countColour(clean, diagramArea, light[token], 30), `${token} without findings`).toBe(0);
    }
    expect(countColour(clean, diagramArea, light['thread.ok'], 30)).toBeGreaterThan(20);
  });

  it('draws the face itself (not an empty frame) even for a plan without threads', async () => {
    const empty = await pageOne(createEmptyPlan({ title: 'Empty' }, '2025-01-01'), []);
    expect(countColour(empty, diagramArea, light['face.lips'], 30)).toBeGreaterThan(20);
    expect(countColour(empty, diagramArea, light['thread.critical'], 30)).toBe(0);
  });
});


describe('buildPlanPdf: awkward input', () => {
  it('copes with long texts, characters outside the font and a plan without threads', async () => {
    const long = 'Very long plan title that goes on and on about the midface, the jawline and the neck '.repeat(4);
    const odd = makeLargePlan(3, {
      title: long,
      patientId: 'X'.repeat(100),
      practitioner: '醫師 🙂 Dr Ölçer',
      notes: 'Line one\nLine two. '.repeat(300),
    });
    const withLot = {
      ...odd,
      threads: odd.threads.map((t) => ({ ...t, lot: { number: 'LOT-'.padEnd(64, '9'), expiry: '2027-01-31' }, notes: 'n '.repeat(500) })),
    };
    for (const p of [withLot, createEmptyPlan({ title: '' }, '2025-01-01')]) {
      const pdf = await buildReport(p, { options: { aftercare: true, signature: true, paper: 'letter' } });
      expect(qpdfCheck(pdf).status).toBe(0);
      const pages = pdfPages(pdf);
      pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`));
    }
    const text = pdfText(await buildReport(withLot));
    expect(text).toContain('Dr Ölçer');
    expect(text).toContain('Very long plan title');
    expect(pdfText(await buildReport(createEmptyPlan({ title: '' }, '2025-01-01')))).toContain('Untitled plan');
  });
});

describe('buildPlanPdf: the oblique views', () => {
  it('draws both obliques on page 2 with every thread number the views can see, and leaves them out without a surface', async () => {
    const pdf = await buildReport(plan);
    const pageTwo = pdfText(pdf, 2);
    expect(pageTwo).toContain('Oblique views');
    expect(pageTwo).toContain('Right oblique (45°)');
    expect(pageTwo).toContain('Left oblique (45°)');
    // Every thread of this plan is on the cheek or the jaw, which both obliques see on their side.
    const tokens = pageTwo.split(/\s+/);
    plan.threads.forEach((_, i) => expect(tokens, `thread ${i + 1} in an oblique`).toContain(String(i + 1)));
    const flat = await buildReport(plan, { atlas: { ...CANONICAL_ATLAS, surface: undefined } });
    expect(pdfText(flat)).not.toContain('Oblique views');
  });
});
