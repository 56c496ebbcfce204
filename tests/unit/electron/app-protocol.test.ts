import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, createAppProtocolHandler, mimeTypeFor, resolveAppPath } from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';

const ROOT = path.resolve('/opt/VectorLift/resources/app.asar/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app://vectorlift/ URLs to files in the renderer folder', () => {
    expect(resolveAppPath(APP_INDEX_URL, ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath('app://vectorlift/', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppPath('app://vectorlift/assets/index-1a2b.js?v=1#x', ROOT)).toBe(path.join(ROOT, 'assets', 'index-1a2b.js'));
    expect(resolveAppPath('app://vectorlift/fonts/Noto%20Sans.woff2', ROOT)).toBe(path.join(ROOT, 'fonts', 'Noto Sans.woff2'));
  });

  it('refuses anything outside the folder, other hosts and schemes, and malformed paths', () => {
    // The URL parser already folds literal and %2e dot segments into the root...
    expect(resolveAppPath('app://vectorlift/../../../etc/passwd', ROOT)).toBe(path.join(ROOT, 'etc', 'passwd'));
    expect(resolveAppPath('app://vectorlift/%2e%2e/%2e%2e/secret', ROOT)).toBe(path.join(ROOT, 'secret'));
    // ...but encoded slashes only appear after decoding, and must not climb out.
    expect(resolveAppPath('app://vectorlift/assets/..%2f..%2f..%2fsecret', ROOT)).toBeNull();
    expect(resolveAppPath('app://vectorlift/a%00.js', ROOT)).toBeNull();
    expect(resolveAppPath('app://vectorlift/%E0%A4%A', ROOT)).toBeNull();
    expect(resolveAppPath('app://other/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('file:///opt/VectorLift/resources/app.asar/dist/renderer/index.html', ROOT)).toBeNull();
    expect(resolveAppPath('nonsense', ROOT)).toBeNull();
  });
});

describe('app protocol handler', () => {
  const files = new Map<string, string>([
    [path.join(ROOT, 'index.html'), '<!doctype html><title>VectorLift</title>'],
    [path.join(ROOT, 'assets', 'index.js'), 'console.log(1)'],
  ]);
  const handler = createAppProtocolHandler({
    rootDir: ROOT,
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  });

  it('serves files with their type and the CSP as a header', async () => {
    const page = await handler({ url: APP_INDEX_URL, method: 'GET' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>VectorLift</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await handler({ url: 'app://vectorlift/assets/index.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing or escaping paths and 405 for writes', async () => {
    expect((await handler({ url: 'app://vectorlift/missing.js', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: 'app://vectorlift/..%2f..%2f..%2fetc%2fpasswd', method: 'GET' })).status).toBe(404);
    expect((await handler({ url: APP_INDEX_URL, method: 'POST' })).status).toBe(405);
  });

  it('knows the types Vite emits and falls back to octet-stream', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
