/**
 * Serves the built renderer (dist/renderer) under a private scheme, app://vectorlift/, instead
 * of loading it from file://.
 *
 * Why not loadFile: the packaged app sets the grantFileProtocolExtraPrivileges fuse to false
 * (electron-builder.yml), which makes file:// pages behave as in a browser, where Vite's
 * `<script type="module">` bundles are blocked from a file:// page. Electron's security
 * checklist (item 18) recommends a custom protocol for exactly this. It also gives the page a
 * real origin for CSP 'self', lets every response carry the CSP as an HTTP header (which a
 * file:// load cannot), and confines the page to the renderer folder: a path that climbs out of
 * it is answered with 404.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'vectorlift';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Passed to protocol.registerSchemesAsPrivileged before 'ready'. standard: relative URLs and an
 * origin like https; secure: a secure context; supportFetchAPI: the page may fetch its own
 * assets; codeCache: V8 caches the bundles. Nothing more (no CORS bypass, no service workers).
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `rootDir` an app:// URL names, or null for anything outside it or malformed. */
export function resolveAppPath(url: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${pathname}`);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

/** Headers on every response: the CSP (as a real header, so frame-ancestors applies too). */
function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

/** The protocol.handle callback. readFile is injected (Electron's fs reads inside app.asar). */
export function createAppProtocolHandler(options: {
  rootDir: string;
  readFile: (file: string) => Promise<Uint8Array>;
}): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppPath(request.url, options.rootDir);
    if (!file) return plain(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await options.readFile(file);
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
      return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? plain(404, 'Not found') : plain(500, 'Could not read file');
    }
    // Copy into a fresh ArrayBuffer-backed view: Response's BodyInit type wants exactly that.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headers(mimeTypeFor(file)) });
  };
}
