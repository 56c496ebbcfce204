import { describe, expect, it } from 'vitest';
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
  remaining: [
    { severity: 'critical' as const, title: 'Thread 2 runs through a danger zone' },
    { severity: 'warning' as const, title: 'Thread 1 lies too shallow' },
  ],
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
    expect(last).toMatch(/Problems resolved\s+3/);
    expect(last).toMatch(/New problems introduced\s+1/);
    expect(last).toMatch(/Edits made\s+7/);
    expect(last).toContain('Not yet passed');
    expect(squeeze(last)).toContain(squeeze('Critical: Thread 2 runs through a danger zone'));
    expect(squeeze(last)).toContain(squeeze('Warning: Thread 1 lies too shallow'));
  });

  it('says when the design passed and nothing remains', async () => {
    const pdf = await buildReport(plan, { options: { exercise: { ...exercise, passed: true, remaining: [] } } });
    const text = pdfText(pdf);
    expect(text).toContain('Passed: no warning or critical finding is left.');
  });

  it('leaves the plain report unchanged when no exercise is given', async () => {
    const a = await buildReport(plan);
    const b = await buildReport(plan, { options: { exercise: undefined } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(pdfText(a)).not.toContain('Training exercise');
  });
});
