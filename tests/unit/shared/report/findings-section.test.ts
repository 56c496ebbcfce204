/**
 * The findings section of the PDF (findings-section.ts): each finding's card (number, headline,
 * severity tag, which threads and side, why it matters, what to change), the line for a plan
 * without findings, and the cap: exactly PDF_LISTED_FINDINGS findings are all described, one more
 * is counted by rule and severity instead. Findings are set by hand (withFindings) so each
 * card's words are known; the plan is a real one with six threads.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/analysis/types';
import { ruleTitle } from '../../../../shared/analysis/rule-text';
import { PDF_LISTED_FINDINGS } from '../../../../shared/report/findings-section';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { loadLanguage } from '../../../../shared/i18n/language-tables';
import { reportLanguage } from '../../../../shared/report/report-language';
import { pdfPages, pdfWords } from './pdf-tools';
import { buildReport, finding, squeeze, withFindings } from './report-fixture';

const plan = makeLargePlan(6, { title: 'Findings plan', patientId: 'P-0040', date: '2025-03-14' });
const id = (n: number) => plan.threads[n - 1]!.id;

/** The text of the pages after page 1 (page 1 has its own findings summary), squeezed. */
async function findingsText(findings: readonly Finding[]): Promise<string> {
  const pdf = await buildReport(plan, { analysis: withFindings(plan, findings) });
  const later = pdfPages(pdf).slice(1).join('\n');
  const from = later.indexOf(T.findingsTitle);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = later.indexOf(T.metricsTitle, from);
  return squeeze(later.slice(from, to));
}

const numbered = (n: number): Finding[] => Array.from({ length: n }, (_, i) => finding('warning', [id(1)], `Headline ${i + 1}`));

describe('a finding card', () => {
  it('wraps its title clear of its severity tag, however long the tag is in the language', async () => {
    // Russian tags are long ("ПРЕДУПРЕЖДЕНИЕ"), and a long title fills its lines to the edge.
    const long = 'Only one lifting thread for the lower face (jowl and jawline) on the patient\'s right side where several are usual';
    const cards = [finding('critical', [id(1)], long), finding('warning', [id(2)], long), finding('info', [id(3)], long)];
    for (const locale of ['en', 'ru', 'ko'] as const) {
      await loadLanguage(locale);
      const pdf = await buildReport(plan, { analysis: withFindings(plan, cards), options: { language: locale } });
      const tags = Object.values(reportLanguage(locale).text.severity).map((s) => s.toUpperCase());
      let seen = 0;
      for (const page of pdfWords(pdf).slice(1)) {
        for (const tag of page.filter((w) => tags.includes(w.text))) {
          seen++;
          const beside = page.filter((w) => w !== tag && w.yMin < tag.yMax && w.yMax > tag.yMin && w.xMax > tag.xMin - 4);
          expect(beside.map((w) => `${locale}: ${w.text}`)).toEqual([]);
        }
      }
      // Every card's tag was found (and no other text uses those words as a whole word).
      expect(seen).toBeGreaterThanOrEqual(cards.length);
    }
  });

  it('numbers the cards, tags each severity in capitals, and prints why and what to change', async () => {
    const text = await findingsText([finding('critical', [id(2)], 'First problem'), finding('info', [id(5)], 'Second problem')]);
    expect(text).toContain(squeeze('1. First problem'));
    expect(text).toContain(squeeze('2. Second problem'));
    expect(text).toContain('CRITICAL');
    expect(text).toContain('NOTE');
    for (const words of ['Explanation for First problem.', 'Fix for First problem.', 'Explanation for Second problem.', 'Fix for Second problem.']) {
      expect(text).toContain(squeeze(words));
    }
    for (const label of [T.concerns, T.whyItMatters, T.suggestedFix]) expect(text).toContain(squeeze(label));
    // In order: the first card's words all come before the second card's.
    expect(text.indexOf(squeeze('Fix for First problem.'))).toBeLessThan(text.indexOf(squeeze('2. Second problem')));
  });

  it('names the threads by their numbers in the plan, in order, then the side and the folded repeats', async () => {
    const many: Finding = { ...finding('warning', [id(5), id(2), 'not-a-thread'], 'Several'), side: 'left', folded: { count: 3 } };
    const one: Finding = finding('warning', [id(4)], 'One');
    const none: Finding = finding('info', [], 'Whole');
    const sideOnly: Finding = { ...finding('info', [], 'Side only'), side: 'right' };
    const text = await findingsText([many, one, none, sideOnly]);
    expect(text).toContain(squeeze(`${T.concerns} Threads 2, 5 · patient's left side · this and 3 more like it`));
    expect(text).toContain(squeeze(`${T.concerns} Thread 4 ${T.whyItMatters}`));
    expect(text).toContain(squeeze(`${T.concerns} ${T.wholePlan} ${T.whyItMatters}`));
    expect(text).toContain(squeeze(`${T.concerns} patient's right side ${T.whyItMatters}`));
  });

  it('says so when there are no findings', async () => {
    const text = await findingsText([]);
    expect(text).toContain(squeeze(T.findingsNone));
    expect(text).not.toContain(squeeze(T.concerns));
  });

  it('wraps a long headline and a long explanation, numbering the first line and labelling the first row once', async () => {
    const long = `A headline ${'that goes on '.repeat(12)}to the end`;
    const why = `Because ${'the reason goes on '.repeat(20)}to the end.`;
    const text = await findingsText([{ ...finding('warning', [id(1)], long), message: why }]);
    expect(text).toContain(squeeze(`1. ${long}`));
    expect(text).toContain(squeeze(`${T.whyItMatters} ${why} ${T.suggestedFix}`));
    expect(text.split(squeeze(T.whyItMatters)).length - 1).toBe(1);
  });
});

describe('the cap on described findings', () => {
  it(`describes exactly ${PDF_LISTED_FINDINGS} findings in full and counts none`, async () => {
    const text = await findingsText(numbered(PDF_LISTED_FINDINGS));
    expect(text).toContain(squeeze(`${PDF_LISTED_FINDINGS}. Headline ${PDF_LISTED_FINDINGS}`));
    expect(text).toContain(squeeze('1. Headline 1'));
    expect(text).not.toContain(squeeze('not described here'));
  });

  it(`counts the ones past ${PDF_LISTED_FINDINGS} by rule, in registry order, critical before warnings before notes`, async () => {
    const rest: Finding[] = [
      { ...finding('info', [id(1)], 'Rest A'), rule: 'over-tension' },
      finding('warning', [id(1)], 'Rest B'),
      finding('critical', [id(1)], 'Rest C'),
      finding('critical', [id(2)], 'Rest D'),
    ];
    const text = await findingsText([...numbered(PDF_LISTED_FINDINGS), ...rest]);
    expect(text).toContain(squeeze(`${PDF_LISTED_FINDINGS}. Headline ${PDF_LISTED_FINDINGS}`));
    expect(text).not.toContain(squeeze('Rest A'));
    expect(text).not.toContain(squeeze(`${PDF_LISTED_FINDINGS + 1}.`));
    expect(text).toContain(squeeze(T.findingsNotListed(4)));
    const crowding = squeeze(`${ruleTitle('crowding', 'en')}: 2 critical, 1 warning`);
    const tension = squeeze(`${ruleTitle('over-tension', 'en')}: 1 note`);
    expect(text).toContain(crowding);
    expect(text).toContain(tension);
    // Registry order: over-tension is checked before crowding.
    expect(text.indexOf(tension)).toBeLessThan(text.indexOf(crowding));
    // No line for a rule with nothing counted.
    for (const rule of ['asymmetry', 'danger-zone', 'thread-count'] as const) expect(text).not.toContain(squeeze(`${ruleTitle(rule, 'en')}:`));
  });

  it(`one past ${PDF_LISTED_FINDINGS}: one finding counted, in the singular`, async () => {
    const text = await findingsText(numbered(PDF_LISTED_FINDINGS + 1));
    expect(text).toContain(squeeze(T.findingsNotListed(1)));
    expect(text).toContain(squeeze(`${ruleTitle('crowding', 'en')}: 1 warning`));
    expect(text).not.toContain(squeeze(`Headline ${PDF_LISTED_FINDINGS + 1}`));
  });

  it('keeps each card that fits on a page together: its number, headline and suggested change on one page', async () => {
    // Cards of one to four lines of explanation, so page ends fall at many places within a card.
    const cards = Array.from({ length: PDF_LISTED_FINDINGS }, (_, i) => ({
      ...finding('warning', [id(1 + (i % 6))], `Headline ${i + 1}`),
      message: `Explanation ${i + 1}. ${'It matters because the threads pull across the cheek. '.repeat(1 + ((i * 7) % 9))}`,
    }));
    const pdf = await buildReport(plan, { analysis: withFindings(plan, cards) });
    const pages = pdfPages(pdf).map(squeeze);
    const pageOf = (pattern: RegExp) => pages.slice(1).findIndex((p) => pattern.test(p));
    for (let n = 1; n <= PDF_LISTED_FINDINGS; n++) {
      const head = pageOf(new RegExp(`${n}\\.Headline${n}(?!\\d)`));
      expect(head, `card ${n}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(new RegExp(`FixforHeadline${n}\\.`)), `card ${n}`).toBe(head);
    }
  });

  it('runs a card longer than a page on to the next page, every word of it', async () => {
    const words = Array.from({ length: 1400 }, (_, i) => `w${i + 1}`);
    const card = { ...finding('critical', [id(1)], 'Very long'), message: words.join(' ') };
    const pdf = await buildReport(plan, { analysis: withFindings(plan, [card]) });
    const tokens = new Set(pdfPages(pdf).join(' ').split(/\s+/));
    for (const w of words) expect(tokens.has(w), w).toBe(true);
    expect(tokens.has(squeeze('Fix for Very long.').slice(-5))).toBe(true);
  });
});
