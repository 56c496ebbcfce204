import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../../shared/analysis/types';
import type { Atlas } from '../../../../shared/atlas/types';
import type { ThreadType } from '../../../../shared/catalogue/types';
import type { PlanDocument } from '../../../../shared/plan/types';
import { buildPlanPdf } from '../../../../shared/report';
import type { ReportOptions } from '../../../../shared/report/types';
import type { OverlayLayerId } from '../../../../shared/scene/types';
import { CANONICAL_SURFACE } from '../../../../shared/surface';
import { pdfInfo, pdfText } from './pdf-tools';
import { FONT } from './report-fixture';

/**
 * Determinism and the golden file. The input is frozen in tests/fixtures/pdf/golden-input.json
 * (plan, atlas, catalogue and analysis), so only a change to the report, the scene drawing, the
 * font or pdf-lib moves the golden hash. When such a change is intended, regenerate:
 *
 *   VL_UPDATE_PDF_GOLDEN=1 npx vitest run tests/unit/shared/report/golden.test.ts
 *
 * and commit tests/fixtures/pdf/golden.sha256 and golden.txt (the extracted text, so a review
 * shows what changed in words). See docs/pdf.md.
 */

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/pdf/${name}`, import.meta.url));

const input = JSON.parse(readFileSync(fixture('golden-input.json'), 'utf8')) as {
  plan: PlanDocument;
  atlas: Atlas;
  catalogue: ThreadType[];
  analysis: AnalysisResult;
  layers: Record<OverlayLayerId, boolean>;
};

const OPTIONS: ReportOptions = { paper: 'a4', anonymize: false, aftercare: true, signature: true, generatedAt: '2025-06-01T09:30:00Z' };

// The surface is code, not data: the frozen atlas is lifted onto the canonical surface so the
// oblique views are part of the golden file.
const build = (options: Partial<ReportOptions> = {}) =>
  buildPlanPdf({ ...input, atlas: { ...input.atlas, surface: CANONICAL_SURFACE }, font: FONT, options: { ...OPTIONS, ...options } });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('PDF determinism', () => {
  it('gives identical bytes for identical input and a fixed date', async () => {
    const a = await build();
    const b = await build();
    expect(b.length).toBe(a.length);
    expect(sha256(b)).toBe(sha256(a));
  });

  it('writes the given date as the creation date and in the header, and changes only with it', async () => {
    const a = await build();
    const other = await build({ generatedAt: '2025-07-02' });
    expect(sha256(other)).not.toBe(sha256(a));
    expect(pdfInfo(a).fields.CreationDate).toMatch(/Jun\s+1 09:30:00 2025/);
    expect(pdfText(other, 1)).toContain('2025-07-02');
  });

  it('refuses a generatedAt that is not an ISO date instead of silently using the clock', async () => {
    await expect(build({ generatedAt: '1 June 2025' })).rejects.toThrow(/ISO date/);
  });

  it('matches the golden hash (regenerate deliberately with VL_UPDATE_PDF_GOLDEN=1)', async () => {
    const pdf = await build();
    const hash = sha256(pdf);
    const text = pdfText(pdf);
    // Whether or not the golden files are being rewritten, the report must hold the plan: its
    // title, the patient id, every thread number in the table, and a page count that matches.
    expect(text).toContain(input.plan.meta.title);
    expect(text).toContain(input.plan.meta.patientId);
    expect(input.plan.threads.length).toBeGreaterThan(0);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(pdfInfo(pdf).pages);
    if (process.env.VL_UPDATE_PDF_GOLDEN === '1') {
      writeFileSync(fixture('golden.sha256'), `${hash}\n`);
      writeFileSync(fixture('golden.txt'), text);
      console.log(`golden PDF updated: ${hash} (${pdf.length} bytes)`);
      // ...and what was written reads back as this build (the comparisons below then hold).
    }
    const expectedText = readFileSync(fixture('golden.txt'), 'utf8');
    // Compare the words first: a text change gives a readable diff, a drawing change only a hash.
    expect(text).toBe(expectedText);
    expect(hash, 'PDF drawing changed; if intended, run with VL_UPDATE_PDF_GOLDEN=1 (see docs/pdf.md)').toBe(
      readFileSync(fixture('golden.sha256'), 'utf8').trim(),
    );
  });
});
