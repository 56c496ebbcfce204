import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { wordsOf } from '../../../../shared/analysis/finding-text';
import { ruleTitle } from '../../../../shared/analysis/rule-text';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { STRUCTURE_CATEGORIES, structureName, structureNameTable } from '../../../../shared/atlas/names';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { threadTypeName } from '../../../../shared/catalogue/names';
import { findThreadType } from '../../../../shared/catalogue/thread-types';
import { PDF_LISTED_FINDINGS } from '../../../../shared/report/findings-section';
import { CANONICAL_SURFACE, frankfortWords, pointMarkText, threadMarks } from '../../../../shared/surface';
import { COMPLICATION_RATES } from '../../../../shared/record/complication-rates';
import { REPORT_TEXT } from '../../../../shared/report/report-strings';
import { REPORT_TEXT_KO } from '../../../../shared/report/report-strings-ko';
import { REPORT_TEXT_RU } from '../../../../shared/report/report-strings-ru';
import { reportLanguage } from '../../../../shared/report/report-language';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfInfo, pdfPages, pdfText } from './pdf-tools';
import { buildReport, squeeze } from './report-fixture';

/**
 * The PDF in a chosen language (issue 14): a patient's handout in the patient's language,
 * whatever the interface's. pdftotext finds the translated headings, findings, consent and
 * aftercare; the English report stays the golden one (golden.test.ts).
 */

const plan = makeLargePlan(8, { title: 'Midface and jawline plan', patientId: 'P-0042', date: '2025-03-14' });
const findings = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).findings;
const options = { aftercare: true, consent: true, signature: true };

describe.each([
  ['ko', REPORT_TEXT_KO, '2025년 3월 14일'],
  ['ru', REPORT_TEXT_RU, '14.03.2025'],
] as const)('the report in %s', (locale, T, day) => {
  const built = buildReport(plan, { options: { ...options, language: locale } });
  const language = reportLanguage(locale);

  it('has its headings, findings, consent and aftercare in that language, and its dates', async () => {
    // A finding's severity tag sits at the right of its title's first line: pdftotext reads it
    // between the lines of a two-line title.
    let text = squeeze(pdfText(await built));
    for (const tag of Object.values(T.severity)) text = text.replaceAll(squeeze(tag.toUpperCase()), '');
    for (const heading of [T.summaryTitle, T.threadsTitle, T.findingsTitle, T.metricsTitle, T.consentTitle, T.handoutTitle, T.signatureTitle, T.marking.title])
      expect(text, heading).toContain(squeeze(heading));
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings.slice(0, 12)) {
      const words = wordsOf(f, locale);
      expect(text, f.rule).toContain(squeeze(words.title));
      expect(text, f.rule).toContain(squeeze(words.fix));
    }
    // The default consent and aftercare texts, and the risks with their rates, in the language.
    expect(text).toContain(squeeze(language.recordText({ consentProcedure: '', consentPhoto: '', beforeTreatment: '', aftercare: '' }, 'aftercare').split('\n')[0]!.replace(/^#\s*/, '')));
    for (const rate of COMPLICATION_RATES) expect(text).toContain(squeeze(language.risk(rate).name));
    expect(text).toContain(squeeze(language.rate(COMPLICATION_RATES[0]!.share)));
    expect(text).toContain(squeeze(day));
  });

  it('leaves none of the English report words and none of the English findings', async () => {
    const text = squeeze(pdfText(await built));
    for (const english of [REPORT_TEXT.findingsTitle, REPORT_TEXT.handoutTitle, REPORT_TEXT.consentRisksTitle, REPORT_TEXT.footerDisclaimer, REPORT_TEXT.whyItMatters])
      expect(text).not.toContain(squeeze(english));
    for (const f of findings) expect(text).not.toContain(squeeze(f.title));
  });

  it('labels the diagram, names the thread types and writes the skin marks in that language', async () => {
    const pages = pdfPages(await built);
    // Page 1's diagram: every treatment region's label, with its side, from the name tables.
    const diagram = squeeze(pdfText(await built, 1, { raw: true }));
    for (const region of CANONICAL_ATLAS.regions) expect(diagram, region.id).toContain(squeeze(structureName(region.id, locale)));
    const text = squeeze(pages.join(' '));
    // The thread table, the products list and the marking sheet name each type in the language.
    for (const id of new Set(plan.threads.map((t) => t.typeId))) {
      const name = threadTypeName(findThreadType(THREAD_CATALOGUE, id)!, locale);
      expect(name).not.toBe(findThreadType(THREAD_CATALOGUE, id)!.name);
      expect(text, id).toContain(squeeze(name));
    }
    // The marking sheet: both marks of every thread and its direction, as the inspector writes them.
    const sheet = squeeze(pages.slice(pages.findIndex((p) => p.includes(T.marking.title))).join(' '));
    for (const thread of plan.threads) {
      const marks = threadMarks(CANONICAL_SURFACE, thread);
      expect(sheet).toContain(squeeze(pointMarkText(marks.entry, locale)));
      expect(sheet).toContain(squeeze(pointMarkText(marks.distal, locale)));
      expect(sheet).toContain(squeeze(frankfortWords(marks.frankfortAngleDeg, locale)));
    }
    // The obliques' landmark names (the top of the ear is measured from by the temple entries).
    expect(sheet).toContain(squeeze(structureNameTable(locale).landmark['ear-top']));
  });

  it('names a region in the thread and traction tables by its proper name, as the diagram does', async () => {
    // The tables sit between the threads' heading and the findings' heading (the diagram, which
    // also names the regions, is before them).
    const text = squeeze(pdfPages(await built).join(' '));
    const tables = text.slice(text.indexOf(squeeze(T.threadsTitle)), text.indexOf(squeeze(T.findingsTitle)))
      + text.slice(text.indexOf(squeeze(T.metricsTitle)));
    const regions = [...new Set(analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }).metrics.tractionByRegion.map((r) => r.region))];
    expect(regions.length).toBeGreaterThan(1);
    for (const kind of regions) {
      expect(language.regionName(kind)).toBe(structureNameTable(locale).region[kind]);
      expect(tables, kind).toContain(squeeze(structureNameTable(locale).region[kind]));
    }
  });

  it('leaves no English structure, thread type or rule name', async () => {
    const text = pdfText(await built);
    // Names that are the same word in every language's clinical usage (glossary): not leftovers.
    const sameEverywhere = new Set(['SMAS']);
    const english = structureNameTable('en');
    for (const category of STRUCTURE_CATEGORIES)
      for (const name of Object.values(english[category] as Readonly<Record<string, string>>))
        if (!sameEverywhere.has(name)) expect(text, `${category}: ${name}`).not.toMatch(new RegExp(`\\b${name.replace(/[()]/g, '\\$&')}\\b`));
    for (const type of THREAD_CATALOGUE) expect(squeeze(text), type.id).not.toContain(squeeze(type.name));
    for (const f of findings) expect(squeeze(text), f.rule).not.toContain(squeeze(ruleTitle(f.rule, 'en')));
    expect(text).not.toMatch(/\b(above|below|in front of|Frankfort)\b/);
  });

  it('writes numbers the language\'s way and declares the language', async () => {
    const pdf = await built;
    const text = pdfText(pdf);
    if (locale === 'ru') {
      expect(text).toMatch(/\d,\d\s?мм/);
      expect(text).toMatch(/\d,\d+ Н/);
      expect(text).not.toMatch(/\d\.\d\s?mm/);
    } else {
      expect(text).toMatch(/\d\.\d mm/);
    }
    expect(pdfInfo(pdf).pages).toBeGreaterThan(4);
  });
});

describe('the report language', () => {
  it('is English unless asked, and the clinic\'s own texts print as written in any language', async () => {
    const own = { consentProcedure: '', consentPhoto: '', beforeTreatment: '', aftercare: '# Our own aftercare\n- Rest.' };
    const ru = reportLanguage('ru');
    expect(ru.recordText(own, 'aftercare')).toBe(own.aftercare);
    expect(ru.recordText(own, 'beforeTreatment')).toMatch(/алкоголь/);
    expect(reportLanguage('en').recordText(own, 'beforeTreatment')).toMatch(/alcohol/);
    const english = squeeze(pdfText(await buildReport(plan, { options })));
    expect(english).toContain(squeeze(REPORT_TEXT.handoutTitle));
  });

  it('writes millimetres, newtons and days per language from the one value', () => {
    expect([reportLanguage('en').mm(2.54), reportLanguage('ko').mm(2.54), reportLanguage('ru').mm(2.54)]).toEqual(['2.5 mm', '2.5 mm', '2,5 мм']);
    expect([reportLanguage('en').newtons(1.5), reportLanguage('ru').newtons(1.5)]).toEqual(['1.5 N', '1,5 Н']);
    expect([reportLanguage('en').day('2025-03-14'), reportLanguage('ko').day('2025-03-14'), reportLanguage('ru').day('2025-03-14')]).toEqual(['2025-03-14', '2025년 3월 14일', '14.03.2025']);
  });
});

describe('the report\'s words that are not findings', () => {
  it('counts the findings not described under each rule\'s title in the language', { timeout: 30_000 }, async () => {
    const big = makeLargePlan(30);
    const { findings: many } = analyze(big, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE });
    expect(many.length).toBeGreaterThan(PDF_LISTED_FINDINGS);
    const text = squeeze(pdfText(await buildReport(big, { options: { language: 'ru' } })));
    const counted = new Set(many.slice(PDF_LISTED_FINDINGS).map((f) => f.rule));
    for (const rule of counted) {
      expect(text, rule).toContain(squeeze(`${ruleTitle(rule, 'ru')}:`));
      expect(text, rule).not.toContain(squeeze(`${ruleTitle(rule, 'en')}:`));
    }
  });

  it('keeps a user\'s own thread type\'s name and translates "unknown type"', async () => {
    const own = { ...THREAD_CATALOGUE.find((t) => t.id === 'pdo-cog-bi-19g-100')!, id: 'clinic-cog', name: 'Clinic Cog 19G' };
    const mine = {
      ...plan,
      threads: plan.threads.map((t, i) => ({ ...t, typeId: i === 0 ? own.id : i === 1 ? 'gone-type' : t.typeId })),
    };
    const pdf = await buildReport(mine, { catalogue: [...THREAD_CATALOGUE, own], options: { language: 'ko' } });
    const text = squeeze(pdfText(pdf));
    expect(text).toContain(squeeze('Clinic Cog 19G'));
    expect(text).toContain(squeeze(REPORT_TEXT_KO.unknownType('gone-type')));
    expect(text).not.toContain(squeeze(REPORT_TEXT.unknownType('gone-type')));
  });
});

describe('the patient handout', () => {
  it('fits one page in every language on both papers with the default texts', async () => {
    // Russian on US Letter ran a line or two over and put the clinic's contact lines alone on a
    // second page (aftercare-page.ts now tightens its spacing before it takes one).
    for (const language of ['en', 'ko', 'ru'] as const) {
      for (const paper of ['a4', 'letter'] as const) {
        const title = squeeze(reportLanguage(language).text.handoutTitle);
        const pages = pdfPages(await buildReport(plan, { options: { aftercare: true, paper, language } }));
        expect(pages.filter((page) => squeeze(page).includes(title)), `${language} ${paper}`).toHaveLength(1);
      }
    }
  });
});
