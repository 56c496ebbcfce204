import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The CSP as a header, as the desktop's app:// protocol sends it: frame-ancestors works only there.
import { CONTENT_SECURITY_POLICY } from './electron/security.ts';
import { chunkMap } from './scripts/chunk-map-plugin.ts';
import { faceModels } from './scripts/face-models-plugin.ts';
import { uncompressedPreview } from './scripts/uncompressed-preview-plugin.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer: served by `npm run web` (browser edition) and built into dist/renderer for
// Electron, which serves it from disk under its app:// scheme (base './' keeps asset URLs relative).
export default defineConfig({
  root: 'renderer',
  base: './',
  // faceModels: the landmark detector's weights, copied into the build (docs/photos.md).
  // chunkMap: which modules each chunk holds, for the e2e check of what the first screen loads.
  // uncompressedPreview: `vite preview` serves the files as they are, like the desktop's app://.
  plugins: [react(), faceModels(), chunkMap(fileURLToPath(new URL('.', import.meta.url))), uncompressedPreview()],
  // The detector's worker imports the library as an ES module.
  worker: { format: 'es' },
  // The About box and the bridge show the app version in the browser edition too.
  define: { __VECTORLIFT_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // Chunks load from disk or localhost, never over a network: React + Konva make one ~0.8 MB
    // chunk, and the PDF writer (~1.3 MB with its font tools) is split off and loaded on first export.
    chunkSizeWarningLimit: 1500,
    // Chromium (Electron) and the browsers es2022 targets all preload modules themselves: Vite's
    // polyfill for older ones was 0.5 KB of the main chunk's gzipped budget (issue 15).
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  // The browser edition as built (`npm run web`, the e2e suite): the CSP header too. Not the dev
  // server: it injects inline scripts the policy refuses.
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' } },
});
