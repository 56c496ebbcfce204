import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { wordsOf } from '../../../../shared/analysis/finding-text';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfInfo, pdfPages, pdfText, qpdfCheck } from './pdf-tools';
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
});
