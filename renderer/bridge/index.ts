/**
 * The renderer's one way to its host: the Electron preload's `window.vectorlift` when running in
 * the desktop app, else the browser bridge.
 */
import type { VectorLiftBridge } from '../../shared/ipc/contract';
import { createBrowserBridge } from './browser-bridge';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts through contextBridge. */
    readonly vectorlift?: VectorLiftBridge;
  }
}

let browserBridge: VectorLiftBridge | null = null;

export function getBridge(): VectorLiftBridge {
  if (window.vectorlift) return window.vectorlift;
  browserBridge ??= createBrowserBridge();
  return browserBridge;
}

export { createBrowserBridge } from './browser-bridge';
