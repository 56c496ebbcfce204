/**
 * The main window's options: secure webPreferences (Electron security checklist items 2-4, 6,
 * 9-11) and the window's last bounds, clamped so it always opens on a screen that exists now.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { WindowBounds } from '../shared/ipc/contract';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../shared/ipc/preferences';

/** The part of a screen windows may use (Electron's Display.workArea). */
export interface DisplayArea {
  readonly workArea: Rectangle;
}

/** First-run size (design choice: fits a 1366x768 laptop with room for the taskbar). */
export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 720;

/**
 * How much of a restored window must lie on a screen, pixels: enough of the top edge to grab
 * the title bar (design choice; macOS uses a similar rule when it repositions windows).
 */
export const MIN_VISIBLE_PX = 100;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centredOn(area: Rectangle): WindowBounds {
  const width = Math.min(DEFAULT_WINDOW_WIDTH, area.width);
  const height = Math.min(DEFAULT_WINDOW_HEIGHT, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Saved bounds if they still fit a connected display (shrunk to it and moved fully onto it),
 * else the default size centred on the primary display (the first in `displays`). A monitor
 * unplugged since the last session must never leave the window off-screen.
 */
export function restoreBounds(saved: WindowBounds | null, displays: readonly DisplayArea[]): WindowBounds {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT };
  if (!saved) return centredOn(primary);
  // The screen showing the largest part of the window's top strip (its title bar).
  const titleBar: Rectangle = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, MIN_VISIBLE_PX) };
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const { workArea } of displays) {
    const { width, height } = overlap(titleBar, workArea);
    if (width >= Math.min(MIN_VISIBLE_PX, saved.width) && height > 0 && width * height > bestArea) {
      best = workArea;
      bestArea = width * height;
    }
  }
  if (!best) return centredOn(primary);
  const width = Math.min(saved.width, best.width);
  const height = Math.min(saved.height, best.height);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
  return { x, y, width, height };
}

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist-electron/preload.cjs). */
  readonly preloadPath: string;
  readonly savedBounds: WindowBounds | null;
  readonly displays: readonly DisplayArea[];
  /** PNG icon for Linux/Windows window decorations; undefined leaves Electron's default. */
  readonly iconPath?: string;
}

/** Electron's BrowserWindow class, or a fake one in tests. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the main window. The options are written as one literal inside `new BrowserWindow`
 * on purpose: that is the shape electronegativity's window checks can read, so the security
 * scan (scripts/security-scan.mjs) checks these very settings in the built bundle.
 */
export function openMainWindow<W>(BrowserWindow: WindowConstructor<W>, input: WindowOptionsInput): W {
  const bounds = restoreBounds(input.savedBounds, input.displays);
  return new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    title: 'VectorLift',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      // The page gets the bridge through contextBridge only, never Node or Electron objects.
      contextIsolation: true,
      // The renderer runs in Chromium's OS-level sandbox; the preload is sandboxed too.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click on a link would open a new window; new windows are denied anyway.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spell checker downloads its dictionaries from the network on Linux and
      // Windows; the app makes no network calls, so it stays off.
      spellcheck: false,
    },
  });
}
