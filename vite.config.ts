import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: served by `npm run web` (browser edition) and built into dist/renderer for
// Electron, which loads it from disk (base './' keeps asset URLs relative for file://).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
