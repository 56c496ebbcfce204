import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../../shared/plan';
import type { PlanDocument } from '../../../../shared/plan/types';
import { ENTRY_CAPTION_MIN_PT, LANDMARK_NAME_PT } from '../../../../shared/report/marking-views';
import { TYPE } from '../../../../shared/report/report-style';
import { ALL_EXAMPLES } from '../../../../cli/examples/plans';
import { pdfPages, pdfWords, type PdfWord } from './pdf-tools';
import { buildReport } from './report-fixture';

/**
 * The marking sheet's oblique drawings are marked from with a ruler and a skin pen: every label on
 * them (landmark names, thread numbers, entry captions) prints at a readable size, and no label
 * lies over another.
 */

function casePlan(id: string): PlanDocument {
  const parsed = parsePlanText(readFileSync(fileURLToPath(new URL(`../../../../assets/cases/${id}/corrected.vlift`, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.plan;
}

const PLANS = [
  { name: 'good-midface', plan: ALL_EXAMPLES.find((e) => e.file === 'good-midface.vlift')!.plan },
  { name: 'combined-first-full-face-plan', plan: casePlan('combined-first-full-face-plan') },
  { name: 'brow-anchored-below', plan: casePlan('brow-anchored-below') },
];

/** The sheet's title and the last word of its drawings' captions, in each language. */
const CAPTION = { en: ['Marking sheet', 'oblique'], ru: ['Лист разметки', 'полупрофиль'], ko: ['마킹 시트', '측면'] } as const;

/** The words drawn on the two obliques: below the sheet's intro, above the drawings' captions. */
function drawingWords(pdf: Uint8Array, language: keyof typeof CAPTION): { words: PdfWord[]; caption: PdfWord } {
  const [title, last] = CAPTION[language];
  const sheet = pdfPages(pdf).findIndex((p) => p.includes(title));
  expect(sheet).toBeGreaterThan(0);
  const words = pdfWords(pdf)[sheet]!;
  const caption = words.find((w) => w.text.includes(last))!;
  // The intro paragraph ends in a full stop; the drawings start below its last line.
  const introEnd = Math.max(...words.filter((w) => w.yMax < caption.yMin && w.text.endsWith('.')).map((w) => w.yMax));
  return { words: words.filter((w) => w.yMin > introEnd && w.yMax < caption.yMin - 1), caption };
}

const area = (a: PdfWord, b: PdfWord) =>
  Math.max(0, Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)) * Math.max(0, Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin));

describe("the marking sheet's oblique drawings", () => {
  for (const { name, plan } of PLANS) {
    for (const language of ['en', 'ru', 'ko'] as const) {
      it(`print every label at ${ENTRY_CAPTION_MIN_PT} pt or more, none over another (${name}, ${language})`, async () => {
        const pdf = await buildReport(plan, { options: { language, paper: language === 'en' ? 'a4' : 'letter' } });
        const { words, caption } = drawingWords(pdf, language);
        expect(words.length).toBeGreaterThan(4);
        // A word's box is as tall as its size times the font's ascent and descent: the caption
        // (TYPE.small) gives the ratio.
        const perPoint = (caption.yMax - caption.yMin) / TYPE.small;
        for (const w of words) expect((w.yMax - w.yMin) / perPoint, w.text).toBeGreaterThanOrEqual(ENTRY_CAPTION_MIN_PT - 0.05);
        // The landmark names are the drawings' longest words: at least one prints at their size.
        expect(Math.max(...words.map((w) => (w.yMax - w.yMin) / perPoint))).toBeGreaterThanOrEqual(LANDMARK_NAME_PT - 0.05);
        for (let i = 0; i < words.length; i++) {
          for (let j = i + 1; j < words.length; j++) {
            const a = words[i]!;
            const b = words[j]!;
            // Two words overlapping by more than a sliver (a tenth of the smaller box).
            const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
            expect(area(a, b), `${a.text} over ${b.text}`).toBeLessThanOrEqual(smaller * 0.1);
          }
        }
      });
    }
  }
});
