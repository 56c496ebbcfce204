#!/usr/bin/env node
/**
 * Renders icon.svg to the PNGs electron-builder and the window use (icon.png, 1024 px: macOS
 * wants 1024, Windows' .ico and Linux sizes are derived from it). Uses the system Chromium
 * through playwright-core: `node assets/icons/render.mjs [path-to-chromium]`.
 */
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const executablePath = process.argv[2] ?? '/usr/bin/chromium';

const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const size of [1024]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`);
    const name = 'icon.png';
    await page.screenshot({ path: path.join(here, name), omitBackground: true });
    console.log(`wrote assets/icons/${name}`);
    await page.close();
  }
} finally {
  await browser.close();
}
