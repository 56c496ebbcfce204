import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  openMainWindow,
  restoreBounds,
} from '../../../electron/window-options';

/** Records the options Electron's BrowserWindow would be given. */
class FakeBrowserWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const rightMonitor = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

describe('openMainWindow', () => {
  const { options } = openMainWindow(FakeBrowserWindow, { preloadPath: '/app/dist-electron/preload.cjs', savedBounds: null, displays: [laptop] });

  it('turns on every renderer isolation setting', () => {
    const prefs = options.webPreferences;
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(prefs?.nodeIntegrationInWorker).toBe(false);
    expect(prefs?.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs?.webSecurity).toBe(true);
    expect(prefs?.allowRunningInsecureContent).toBe(false);
    expect(prefs?.webviewTag).toBe(false);
    expect(prefs?.experimentalFeatures).toBe(false);
    expect(prefs?.preload).toBe('/app/dist-electron/preload.cjs');
    expect(prefs?.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs?.spellcheck).toBe(false);
  });

  it('sets nothing that weakens security', () => {
    const prefs = options.webPreferences ?? {};
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('opens hidden (shown when ready) at the default size on a first run', () => {
    expect(options.show).toBe(false);
    expect(options.width).toBe(DEFAULT_WINDOW_WIDTH);
    expect(options.height).toBe(DEFAULT_WINDOW_HEIGHT);
  });
});

describe('restoreBounds', () => {
  it('keeps saved bounds that fit a display', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900 };
    expect(restoreBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const onUnpluggedMonitor = { x: 2000, y: 100, width: 1400, height: 900 };
    const bounds = restoreBounds(onUnpluggedMonitor, [laptop]);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1920);
    expect(bounds).toEqual({ x: (1920 - DEFAULT_WINDOW_WIDTH) / 2, y: (1040 - DEFAULT_WINDOW_HEIGHT) / 2, width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT });
  });

  it('pulls a partly visible window fully onto its display and shrinks it to fit', () => {
    const hanging = { x: 1700, y: -50, width: 3000, height: 2000 };
    const bounds = restoreBounds(hanging, [laptop]);
    expect(bounds.width).toBe(1920);
    expect(bounds.height).toBe(1040);
    expect(bounds.x).toBe(0);
    expect(bounds.y).toBe(0);
  });

  it('does not trust a title bar that is above every screen', () => {
    const titleBarHidden = { x: 100, y: -600, width: 1000, height: 700 };
    const bounds = restoreBounds(titleBarHidden, [laptop]);
    expect(bounds.y).toBeGreaterThanOrEqual(0);
  });

  it('survives having no display information at all', () => {
    expect(restoreBounds(null, [])).toEqual({ x: 0, y: 0, width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT });
  });
});
