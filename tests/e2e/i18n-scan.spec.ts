import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { DesignerPage } from './pages/designer-page';
import { TrainingPage } from './pages/training-page';
import { SCENE_FONT_FAMILY } from '../../renderer/canvas/draw-item';
import { CANONICAL_ATLAS } from '../../shared/atlas/canonical';
import { loadLanguage } from '../../shared/i18n/language-tables';
import { regionLabels } from '../../shared/scene/layers/regions';
import { textWidthMm } from '../../shared/scene/label-placement';

/**
 * The leftover-English scan (issue 14): a plan with findings opened in each interface language,
 * every panel a user opens in turn, and at each step
 * - the text of every visible element (plan content left out), its tooltip, placeholder and
 *   accessible name, every option of its menus, and the text the canvas drew (each `fillText`
 *   the scene back-end made) may hold no run of three or more Latin letters that LATIN_ALLOWED
 *   does not cover;
 * - no element clips its text, breaks a word across lines or runs out of the 1280x720 window,
 *   and the page is never taller than the window (the panes scroll inside themselves); each is
 *   reported by its element, class and text.
 * English is the control: the same steps with the check of the words switched off, so a step that
 * no longer opens its panel fails there too, and an overflow English shares is caught once.
 * docs/languages.md says what is allowed and why.
 */

/**
 * Latin words a Korean or Russian screen may show, each with why. Runs of one or two letters
 * (mm, N, x, y, T1, EP1, key letters) are never counted, so they need no entry.
 */
// The region names this test lays out itself, in Node, are in the tables shared code loads with
// their language (shared/i18n/language-tables.ts).
test.beforeAll(() => Promise.all([loadLanguage('ko'), loadLanguage('ru')]));

const LATIN_ALLOWED: ReadonlyMap<string, string> = new Map([
  ['VectorLift', 'the product name, never translated'],
  ['vlift', 'the plan file extension (.vlift)'],
  ['PDF', 'a file format: Korean and Russian write it in Latin'],
  ['PNG', 'a file format (the clinic logo), written in Latin'],
  ['JPEG', 'a file format (the clinic logo), written in Latin'],
  ['English', 'the language choice names each language in itself (View menu, export dialog)'],
  ['Letter', 'the paper size "US Letter": its own name in Korean and Russian print dialogs too'],
  ['SMAS', 'the anatomical abbreviation, written in Latin in Korean and Russian clinical texts (docs/glossary.md)'],
  ['PDO', 'thread material (polydioxanone): the abbreviation packages and Korean and Russian catalogues print'],
  ['PLLA', 'thread material (poly-L-lactic acid), as PDO'],
  ['PLGA', 'thread material (poly(lactic-co-glycolic acid)), as PDO'],
  ['PCL', 'thread material (polycaprolactone), as PDO'],
  ['Shift', 'a key cap'],
  ['Alt', 'a key cap'],
  ['Ctrl', 'a key cap'],
  ['Enter', 'a key cap'],
  ['Esc', 'a key cap'],
  ['Delete', 'a key cap'],
  ['Backspace', 'a key cap'],
  ['Space', 'a key cap'],
]);

/** Plan content the user typed or the example file holds (title, notes, names): not the interface's words. */
const PLAN_CONTENT = ['[data-testid="file-name"]', 'textarea', '[data-plan-text]'];

const LATIN_RUN = /[A-Za-z]{3,}/g;

/** The example plan the scan opens; its file name appears in messages ("Opened poor-danger-zone.vlift"). */
const EXAMPLE = 'assets/examples/poor-danger-zone.vlift';
const EXAMPLE_FILE = EXAMPLE.split('/').pop()!;

/** Each leftover word once, with where it was seen: "word  <- source: …context…". */
function leftovers(pieces: readonly { source: string; text: string }[]): string[] {
  const out = new Map<string, string>();
  for (const { source, text: raw } of pieces) {
    const line = `${source}: ${raw.split(EXAMPLE_FILE).join(' ')}`;
    const text = line.slice(source.length + 2);
    for (const m of text.matchAll(LATIN_RUN)) {
      const word = m[0];
      if (LATIN_ALLOWED.has(word) || out.has(word)) continue;
      out.set(word, `${word}  <- ${source}: ${text.slice(Math.max(0, m.index - 30), m.index + word.length + 30).replace(/\s+/g, ' ')}`);
    }
  }
  return [...out.values()].sort();
}

/** Every fillText on any canvas is recorded, so the diagram's labels can be scanned like the page. */
function recordCanvasText(): void {
  const seen = new Set<string>();
  (window as unknown as { __canvasText: Set<string> }).__canvasText = seen;
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, ...rest: [number, number, number?]) {
    seen.add(text);
    return fill.call(this, text, ...rest);
  };
}

/**
 * What the user reads: each visible element's own text (plan content left out), its tooltip,
 * placeholder and accessible name, and the text the canvas drew. Sources name the element.
 */
async function visibleText(page: Page): Promise<{ source: string; text: string }[]> {
  return page.evaluate((planContent) => {
    const out: { source: string; text: string }[] = [];
    const name = (el: Element): string => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}`;
    const skip = planContent.join(',');
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!el.checkVisibility() || el.closest(skip)) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join(' ').trim();
      if (own) out.push({ source: name(el), text: own });
      for (const a of ['title', 'placeholder', 'aria-label']) {
        const v = el.getAttribute(a);
        if (v) out.push({ source: `${name(el)} ${a}`, text: v });
      }
      // A closed <select> shows one option, but the user opens it to read them all.
      if (el instanceof HTMLSelectElement) for (const o of el.options) out.push({ source: `${name(el)} option`, text: o.text });
    }
    for (const text of (window as unknown as { __canvasText: Set<string> }).__canvasText) out.push({ source: 'canvas', text });
    return out;
  }, PLAN_CONTENT);
}

/** Elements that clip their text or end outside the window, named so the report says which. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element): string => {
      const id = el.getAttribute('data-testid') ?? el.id;
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''}${cls} "${((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    };
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    // The page never scrolls: the panes scroll inside themselves, so the toolbar and the status
    // bar stay in the window and nothing is cut off below it.
    if (document.documentElement.scrollHeight > window.innerHeight) out.push(`the page is ${document.documentElement.scrollHeight}px high`);
    for (const el of document.body.querySelectorAll<HTMLElement>('.app-header, .workspace, .statusbar')) {
      const r = el.getBoundingClientRect();
      if (r.bottom > window.innerHeight + 0.5) out.push(`${name(el)} ends below the window (${Math.round(r.bottom)} > ${window.innerHeight}px)`);
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      // Screen-reader text is clipped to a pixel on purpose (.visually-hidden); it is read, not seen.
      if (!el.checkVisibility() || el.closest('canvas, .konvajs-content, .visually-hidden')) continue;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > window.innerWidth + 0.5 || r.left < -0.5) out.push(`${name(el)} runs out of the window (${Math.round(r.left)}..${Math.round(r.right)}px)`);
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      const field = ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
      // A box too narrow for its words breaks inside them (Hangul may break between any two
      // syllables): more lines than words means a word was split.
      for (const node of el.childNodes) {
        const words = node.nodeType === Node.TEXT_NODE ? node.textContent!.trim().split(/\s+/).filter(Boolean).length : 0;
        if (words === 0) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top))).size;
        if (lines > words) out.push(`${name(el)} breaks a word across lines (${words} words on ${lines} lines)`);
      }
      if (hasText && clips && el.scrollWidth > el.clientWidth + 1 && !field) out.push(`${name(el)} clips its text (${el.scrollWidth} > ${el.clientWidth}px wide)`);
      // Text cut off below (a clamped line count, a fixed height) is clipped too.
      if (hasText && style.overflowY === 'hidden' && el.scrollHeight > el.clientHeight + 1 && !field) out.push(`${name(el)} clips its text (${el.scrollHeight} > ${el.clientHeight}px high)`);
    }
    return out;
  });
}

interface Findings {
  words: Record<string, string[]>;
  overflow: Record<string, string[]>;
}

async function scan(page: Page, step: string, lang: string, found: Findings): Promise<void> {
  // Let the step's panel and the canvas settle (lazy panels, the next animation frame).
  await page.waitForTimeout(150);
  if (lang !== 'en') {
    const words = leftovers(await visibleText(page));
    if (words.length > 0) found.words[step] = words;
  }
  const over = await overflowing(page);
  if (over.length > 0) found.overflow[step] = over;
  await page.screenshot({ path: `test-results/screens/i18n-scan-${lang}-${step}.png` });
}

async function walk(browser: Browser, locale: string, lang: 'en' | 'ko' | 'ru'): Promise<Findings> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(recordCanvasText);
  const app = new DesignerPage(page);
  await app.goto();
  await app.openExample(EXAMPLE);
  const found: Findings = { words: {}, overflow: {} };
  const tab = (id: string) => page.locator(`.side-tabs [role="tab"][data-tab="${id}"]`).click();

  // Every overlay on, so every label the diagram can write is drawn; then zoomed in until the region names show.
  for (const layer of ['regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line', 'tissue']) await app.setLayer(layer, true);
  await scan(page, 'view-menu', lang, found);
  await app.closeMenu('view-menu');
  await app.run('view.zoomIn');
  await app.run('view.zoomIn');

  await app.objects.threads().first().click();
  await expect(page.getByTestId('thread-inspector')).toBeVisible();
  await scan(page, 'thread-inspector', lang, found);
  // The canvas's words were seen: every region name the diagram lays out was drawn and scanned.
  const drawn = await page.evaluate(() => [...(window as unknown as { __canvasText: Set<string> }).__canvasText]);
  expect(regionLabels(CANONICAL_ATLAS, lang).flatMap((l) => l.lines).filter((l) => !drawn.includes(l))).toEqual([]);
  // The thread's inspector is taller than the window: the side panel scrolls inside itself to
  // its last line, and the page itself never moves (the toolbar and status bar stay in view).
  const panelScroll = await page.getByTestId('side-panel').evaluate((panel) => {
    panel.scrollTop = panel.scrollHeight;
    const inside = panel.getBoundingClientRect().bottom <= window.innerHeight;
    const result = { scrolls: panel.scrollHeight > panel.clientHeight, reachedEnd: panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 1, inside, pageScroll: document.scrollingElement!.scrollTop };
    panel.scrollTop = 0;
    return result;
  });
  expect(panelScroll).toEqual({ scrolls: true, reachedEnd: true, inside: true, pageScroll: 0 });
  await app.objects.entries().first().click();
  await scan(page, 'entry-inspector', lang, found);

  const finding = page.getByTestId('findings').locator('li.finding').first();
  await finding.locator('.finding-head').click();
  await expect(finding.locator('.finding-detail')).toBeVisible();
  await page.getByTestId('findings').scrollIntoViewIfNeeded();
  await scan(page, 'findings', lang, found);
  await page.locator('section.metrics').scrollIntoViewIfNeeded();
  await scan(page, 'metrics', lang, found);

  await app.objects.threads().first().click();
  await tab('depth');
  await expect(page.getByTestId('depth-profile')).toBeVisible();
  await scan(page, 'depth-profile', lang, found);
  await tab('details');
  await expect(page.getByTestId('plan-details')).toBeVisible();
  await scan(page, 'plan-details', lang, found);
  await page.getByTestId('plan-details').getByTestId('open-record-settings').click();
  await expect(page.getByTestId('record-settings')).toBeVisible();
  await scan(page, 'record-settings', lang, found);
  await page.keyboard.press('Escape');

  await app.run('file.exportPdf');
  await expect(page.getByTestId('export-pdf-dialog')).toBeVisible();
  await scan(page, 'export-dialog', lang, found);
  await page.keyboard.press('Escape');

  const training = new TrainingPage(page);
  await training.openBrowser();
  await scan(page, 'training-browser', lang, found);
  await context.close();
  return found;
}

for (const { locale, lang } of [
  { locale: 'en-US', lang: 'en' as const },
  { locale: 'ko-KR', lang: 'ko' as const },
  { locale: 'ru-RU', lang: 'ru' as const },
]) {
  test(`${lang}: every panel of a plan with findings, at 1280x720: no leftover English, nothing clipped or out of the window`, async ({ browser }) => {
    // Eleven panels opened and scanned in turn, in a new context: more than the usual minute.
    test.setTimeout(180_000);
    const found = await walk(browser, locale, lang);
    expect(found).toEqual({ words: {}, overflow: {} });
  });
}

for (const { locale, lang } of [
  { locale: 'en-US', lang: 'en' as const },
  { locale: 'ko-KR', lang: 'ko' as const },
  { locale: 'ru-RU', lang: 'ru' as const },
]) {
  test(`${lang}: the region names are laid out no narrower than the browser draws them`, async ({ browser }) => {
    // The layout (shared/scene/label-placement.ts) estimates widths without a canvas; this is
    // where the estimate meets the faces the diagram really uses.
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const app = new DesignerPage(page);
    await app.goto();
    const lines = regionLabels(CANONICAL_ATLAS, lang).flatMap((l) => l.lines);
    const size = 100;
    const measured = await page.evaluate(
      async ({ lines, family, size }) => {
        await document.fonts.load(`${size}px ${family}`, lines.join(''));
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${size}px ${family}`;
        return lines.map((l) => ctx.measureText(l).width);
      },
      { lines, family: SCENE_FONT_FAMILY, size },
    );
    const narrower = lines.flatMap((l, i) => (textWidthMm(l, size) < measured[i]! ? [`${l}: ${textWidthMm(l, size).toFixed(0)} < ${measured[i]!.toFixed(0)}`] : []));
    expect(narrower).toEqual([]);
    await context.close();
  });
}
