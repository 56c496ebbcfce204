import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { wordsOf } from '../../../../shared/analysis/finding-text';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pageLayout } from '../../../../shared/report/page-layout';
import { pdfInfo, pdfPages, pdfText, pdfWords, qpdfCheck, textObjects, type PdfWord } from './pdf-tools';
import { buildReport, squeeze } from './report-fixture';

/** The optional training-exercise page: present only when asked, last, with the trainee's name. */

const plan = makeLargePlan(4, { title: 'Exercise plan', patientId: 'TC-M01' });
const exercise = {
  traineeName: 'Dr Zofia Łukasiewicz',
  caseTitle: 'Cheek threads in the dermis of thin skin',
  findingsAtStart: 4,
  resolved: 3,
  introduced: 1,
  edits: 7,
  passed: false,
  // The problems still in the design, as the exercise hands them over: the findings themselves.
  remaining: analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE })
    .findings.filter((f) => f.severity !== 'info')
    .slice(0, 2),
};

describe('buildPlanPdf: exercise page', () => {
  it('adds a last page with the trainee, the case, the counts and the remaining problems', async () => {
    const without = await buildReport(plan);
    const pdf = await buildReport(plan, { options: { exercise } });
    expect(qpdfCheck(pdf).status).toBe(0);
    const pages = pdfInfo(pdf).pages;
    expect(pages).toBe(pdfInfo(without).pages + 1);
    // Layout mode keeps each label on the line of its value.
    const last = pdfPages(pdf, { layout: true })[pages - 1]!;
    expect(last).toContain('Training exercise');
    expect(last).toContain('Dr Zofia Łukasiewicz');
    expect(squeeze(last)).toContain(squeeze(exercise.caseTitle));
    expect(last).toMatch(/Trainee\s+Dr Zofia Łukasiewicz/);
    expect(last).toMatch(/Problems at the start\s+4/);
    expect(last).toMatch(/Problems resolved\s+3/);
    expect(last).toMatch(/New problems introduced\s+1/);
    expect(last).toMatch(/Edits made\s+7/);
    expect(last).toContain('Not yet passed');
    expect(exercise.remaining.length).toBe(2);
    for (const f of exercise.remaining) expect(squeeze(last)).toContain(squeeze(`${f.severity === 'critical' ? 'Critical' : 'Warning'}: ${f.title}`));
  });

  it('titles the plan as the trainee\'s design of the case, not with the poor design\'s own title', async () => {
    // The exercise starts from the poor design, whose title names the mistake ("Jawline lift at
    // high tension"); the trainee's PDF must not present their work under it.
    const poorTitled = { ...plan, meta: { ...plan.meta, title: 'Jawline lift at high tension' } };
    const pdf = await buildReport(poorTitled, { options: { exercise } });
    const text = squeeze(pdfText(pdf));
    expect(text).not.toContain(squeeze('Jawline lift at high tension'));
    expect(text).toContain(squeeze(`${exercise.caseTitle}: the trainee's plan`));
    expect(pdfInfo(pdf).fields.Title).toBe(`${exercise.caseTitle}: the trainee's plan`);
    const ru = squeeze(pdfText(await buildReport(poorTitled, { options: { exercise, language: 'ru' } })));
    expect(ru).toContain(squeeze(`${exercise.caseTitle}: план слушателя`));
    const ko = squeeze(pdfText(await buildReport(poorTitled, { options: { exercise, language: 'ko' } })));
    expect(ko).toContain(squeeze(`${exercise.caseTitle}: 교육생 설계`));
    // Without an exercise the plan keeps its own title.
    expect(squeeze(pdfText(await buildReport(poorTitled)))).toContain(squeeze('Jawline lift at high tension'));
  });

  it('writes the remaining problems\' headlines in the report\'s language', async () => {
    const pdf = await buildReport(plan, { options: { exercise, language: 'ru' } });
    const pages = pdfInfo(pdf).pages;
    const last = squeeze(pdfPages(pdf)[pages - 1]!);
    for (const f of exercise.remaining) {
      expect(last).toContain(squeeze(wordsOf(f, 'ru').title));
      expect(last).not.toContain(squeeze(f.title));
    }
  });

  it('says when the design passed and nothing remains', async () => {
    const pdf = await buildReport(plan, { options: { exercise: { ...exercise, passed: true, remaining: [] } } });
    const text = pdfText(pdf);
    expect(text).toContain('Passed: no warning or critical finding is left.');
    // Nothing remains: the heading, then "None." instead of a list.
    expect(squeeze(text)).toContain(squeeze('Problems still in the design None.'));
  });

  it('says the trainee was not recorded when the name is blank, and prints a given name trimmed', async () => {
    const blank = pdfPages(await buildReport(plan, { options: { exercise: { ...exercise, traineeName: '   ' } } }), { layout: true }).at(-1)!;
    expect(blank).toMatch(/Trainee\s+not recorded/);
    const padded = pdfPages(await buildReport(plan, { options: { exercise: { ...exercise, traineeName: '  Dr Kim  ' } } }), { layout: true }).at(-1)!;
    expect(padded).toMatch(/Trainee\s+Dr Kim\n/);
  });

  it('leaves the plain report unchanged when no exercise is given', async () => {
    const a = await buildReport(plan);
    const b = await buildReport(plan, { options: { exercise: undefined } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(pdfText(a)).not.toContain('Training exercise');
  });

  it('sets each value 150 pt right of its label, the trainee bold, and a row with an empty value one line high', async () => {
    const layout = pageLayout('a4');
    const pdf = await buildReport(plan, { options: { exercise: { ...exercise, caseTitle: '' } } });
    const pages = pdfWords(pdf);
    const last = pages.length - 1;
    const words = pages[last]!;
    const at = (text: string, after?: PdfWord): PdfWord => {
      const found = words.find((w) => w.text === text && (!after || w.yMin > after.yMin));
      expect(found, text).toBeDefined();
      return found!;
    };
    const trainee = at('Trainee');
    const name = at('Dr');
    const caseLabel = at('Case', trainee);
    const start = at('Problems', caseLabel);
    const edits = at('Edits');
    const editsValue = words.find((w) => w.text === '7' && Math.abs(w.yMax - edits.yMax) < 1)!;
    expect(name.xMin - trainee.xMin).toBeCloseTo(150, 0);
    expect(editsValue.xMin - edits.xMin).toBeCloseTo(150, 0);
    // The empty case title still takes its line: the next label is one line lower, as the
    // case's label is below the trainee's.
    expect(start.yMin - caseLabel.yMin).toBeCloseTo(caseLabel.yMin - trainee.yMin, 0);
    // Bold (fill-and-stroke text) for the trainee's name only.
    const objects = textObjects(pdf, layout.height)[last]!;
    const modeAt = (w: PdfWord) => objects.find((o) => Math.abs(o.x - w.xMin) < 1 && o.y > w.yMin && o.y <= w.yMax + 1)!.mode;
    expect(modeAt(name)).toBe(2);
    expect(modeAt(trainee)).toBe(0);
    expect(modeAt(editsValue)).toBe(0);
    expect(modeAt(words.find((w) => w.text === '4' && Math.abs(w.yMax - start.yMax) < 1)!)).toBe(0);
  });
});
