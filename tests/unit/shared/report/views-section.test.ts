import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { REPORT_TEXT as T } from '../../../../shared/report/report-strings';
import { CANONICAL_SURFACE } from '../../../../shared/surface';
import { makeLargePlan } from '../../../fixtures/pdf/large-plan';
import { pdfPages } from './pdf-tools';
import { NO_OVERLAYS, buildReport, squeeze } from './report-fixture';

/**
 * The oblique views (views-section.ts): printed on page 2 with both captions, the right oblique
 * first, when the atlas has a face surface to turn; left out, heading and all, when it has none
 * (turning a flat outline would print two meaningless drawings).
 */

const plan = makeLargePlan(3, { title: 'Views plan', patientId: 'P-0090' });

describe('the oblique views', () => {
  it('are printed on page 2, right oblique then left, when the atlas has a surface', async () => {
    const atlas = { ...CANONICAL_ATLAS, surface: CANONICAL_SURFACE };
    const pages = pdfPages(await buildReport(plan, { atlas, layers: NO_OVERLAYS }), { layout: true });
    const page2 = squeeze(pages[1]!);
    expect(page2).toContain(squeeze(T.viewsTitle));
    const right = page2.indexOf(squeeze(T.viewsRightOblique.split(':')[0]!));
    const left = page2.indexOf(squeeze(T.viewsLeftOblique.split(':')[0]!));
    expect(right).toBeGreaterThan(page2.indexOf(squeeze(T.viewsTitle)));
    expect(left).toBeGreaterThan(right);
  });

  it('are left out when the atlas has no surface', async () => {
    const atlas = { ...CANONICAL_ATLAS, surface: undefined };
    const text = squeeze(pdfPages(await buildReport(plan, { atlas, layers: NO_OVERLAYS })).join('\n'));
    expect(text).not.toContain(squeeze(T.viewsTitle));
    expect(text).not.toContain(squeeze(T.viewsRightOblique.split(':')[0]!));
    // The rest of the report is there.
    expect(text).toContain(squeeze(T.metricsTitle));
  });
});
