import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { parsePlanText } from '../../../../shared/plan';
import { pageLayout } from '../../../../shared/report';
import { diagramColumn } from '../../../../shared/report/page-one';
import { PALETTES } from '../../../../shared/scene/palette';
import { TISSUE_TOKENS } from '../../../../shared/scene/tissue-scale';
import { simulatePlan } from '../../../../shared/simulation';
import { countColour, pdfText, rasterImages, renderPage } from './pdf-tools';
import { NO_OVERLAYS, buildReport, squeeze } from './report-fixture';

/** The simulated tissue map in the PDF: vector shapes on the diagram, its scale and the note. */

const parsed = parsePlanText(readFileSync(new URL('../../../../assets/cases/midface-converging-on-cheekbone/poor.vlift', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const plan = parsed.plan;
const layout = pageLayout('a4');
const column = diagramColumn(layout);
const diagramArea = { x: column.x, width: column.width, y: layout.content.y + 130, height: layout.content.height - 130 - 180 };

/** `hex` painted at `alpha` over `under`. */
function over(hex: string, under: string, alpha: number): string {
  const channel = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => Math.round(alpha * channel(hex, i) + (1 - alpha) * channel(under, i)).toString(16).padStart(2, '0')).join('')}`;
}

describe('the tissue map in the PDF', () => {
  it('draws the gathering bands on the diagram as vectors only when the overlay is chosen, with the scale and the note in the key', async () => {
    const simulation = simulatePlan(plan, CANONICAL_ATLAS, THREAD_CATALOGUE);
    const analysis = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE, simulation: simulation.summary });
    const withMap = await buildReport(plan, { analysis, layers: { ...NO_OVERLAYS, tissue: true } });
    const without = await buildReport(plan, { analysis, layers: NO_OVERLAYS });
    expect(rasterImages(withMap)).toEqual([]);
    const light = PALETTES.light;
    const on = renderPage(withMap, 1, 50);
    const off = renderPage(without, 1, 50);
    // The darker bands (more gathering) are where this design pulls onto the cheekbone; each is
    // drawn at 80% over the skin (layers/tissue.ts).
    const inked = (raster: typeof on) => TISSUE_TOKENS.slice(2).reduce((n, token) => n + countColour(raster, diagramArea, over(light[token], light['face.skin'], 0.8), 12), 0);
    expect(inked(on)).toBeGreaterThan(40);
    expect(inked(off)).toBe(0);

    const text = squeeze(pdfText(withMap, 1));
    expect(text).toContain(squeeze('1–2%, 2–4%, 4–8%, 8–16%, 16%+'));
    expect(text).toContain(squeeze('Illustrative, not a validated prediction.'));
    expect(squeeze(pdfText(without, 1))).not.toContain(squeeze('Simulated tissue gathering'));
  });

  it('lists the simulated figures per side with the note among the metrics', async () => {
    const simulation = simulatePlan(plan, CANONICAL_ATLAS, THREAD_CATALOGUE);
    const analysis = analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE, simulation: simulation.summary });
    const text = squeeze(pdfText(await buildReport(plan, { analysis, layers: NO_OVERLAYS })));
    const s = simulation.summary.right;
    expect(text).toContain(squeeze(`${(s.prominencePeak * 100).toFixed(1)}% / ${(s.prominenceMean * 100).toFixed(1)}%`));
    expect(text).toContain(squeeze('illustrative, not a validated prediction'));
  });
});
