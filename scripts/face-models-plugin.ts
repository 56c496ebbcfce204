/**
 * Vite plugin: the landmark detector's model files, copied from the @vladmandic/human package
 * into the app at build time (dist/renderer/face-models/) and served from node_modules by the
 * dev server. So the detector loads its weights from the app's own origin: no CDN, no download
 * at run time, and the CSP's connect-src 'self' holds. Only the three face models are copied
 * (about 4.9 MB); the package's other models are never shipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { FACE_MODEL_DIR, FACE_MODEL_FILES } from '../renderer/photo/detect/detector-protocol.ts';

function modelsDir(): string {
  const require = createRequire(import.meta.url);
  // The package's exports map has no entry for package.json; its Node entry sits in dist/.
  return join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
}

export function faceModels(): Plugin {
  const dir = modelsDir();
  const files = new Set<string>(FACE_MODEL_FILES);
  return {
    name: 'vectorlift-face-models',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/face-models\/([^/?#]+)$/.exec((req.url ?? '').split('?')[0]!);
        if (!m || !files.has(m[1]!)) return next();
        res.setHeader('Content-Type', m[1]!.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        res.end(readFileSync(join(dir, m[1]!)));
      });
    },
    generateBundle() {
      for (const file of FACE_MODEL_FILES) {
        this.emitFile({ type: 'asset', fileName: `${FACE_MODEL_DIR}${file}`, source: readFileSync(join(dir, file)) });
      }
      // The weights' and the library's licences travel with them.
      const notice = [
        '# Face landmark models',
        '',
        'blazeface, facemesh and iris: MediaPipe face detection, Face Mesh and Iris models (Google, Apache License 2.0),',
        'as converted and shipped in the npm package @vladmandic/human, whose licence follows.',
        '',
        readFileSync(join(dir, '..', 'LICENSE'), 'utf8'),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: `${FACE_MODEL_DIR}NOTICE.md`, source: notice });
    },
  };
}
