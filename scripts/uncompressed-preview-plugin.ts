/**
 * Vite plugin: the browser edition (`npm run web`, `vite preview`) sends its files uncompressed.
 *
 * `vite preview` gzips every response on the fly, with no option to turn it off. The browser
 * edition is only ever served to the same machine (127.0.0.1), where compression saves no
 * transfer time and costs CPU on both ends of every cold start: about 100-170 ms more for an
 * unminified build's 1.6 MB main chunk at a load of 11 on the 2-core test machine (curl against
 * the preview server, 7 December), on the critical path of the first canvas draw (issue 15's start-up target). The
 * desktop edition reads the same files from disk through its app:// protocol, uncompressed;
 * with this plugin both editions load the files the same way.
 *
 * How: the hook's body runs before Vite adds its compression middleware, so a middleware added
 * here sees each request first and drops its Accept-Encoding header; the compression middleware
 * then passes every response through as it is.
 */
import type { Plugin } from 'vite';

export function uncompressedPreview(): Plugin {
  return {
    name: 'vectorlift-uncompressed-preview',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        delete req.headers['accept-encoding'];
        next();
      });
    },
  };
}
