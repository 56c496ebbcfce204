import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  HEADER_ONLY_CSP_DIRECTIVES,
  META_CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
} from '../../../electron/security';
import viteConfig from '../../../vite.config';
import type { HardenableContents, HardenableSession, RequestDetails } from '../../../electron/security';

const ORIGIN = 'app://vectorlift';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void; url?: string }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on(name: string, listener: never) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  return { contents: contents as HardenableContents, listeners, openHandler: () => openHandler };
}

function fakeSession() {
  const handlers: {
    request?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
    check?: (wc: unknown, permission: string) => boolean;
    before?: (details: RequestDetails, cb: (r: { cancel?: boolean }) => void) => void;
  } = {};
  const session: HardenableSession = {
    setPermissionRequestHandler: (h) => (handlers.request = h),
    setPermissionCheckHandler: (h) => (handlers.check = h),
    webRequest: {
      onBeforeRequest: (h) => (handlers.before = h),
    },
  };
  return { session, handlers };
}

describe('isAllowedRequestUrl', () => {
  it("allows the app's own origin and devtools only", () => {
    expect(isAllowedRequestUrl('app://vectorlift/index.html', ORIGIN)).toBe(true);
    expect(isAllowedRequestUrl('app://vectorlift/assets/index-abc.js', ORIGIN)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', ORIGIN)).toBe(true);
    expect(isAllowedRequestUrl('app://elsewhere/index.html', ORIGIN)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/tracker.js', ORIGIN)).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/', ORIGIN)).toBe(false);
    expect(isAllowedRequestUrl('ws://127.0.0.1:5173/', ORIGIN)).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd', ORIGIN)).toBe(false);
    expect(isAllowedRequestUrl('not a url', ORIGIN)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('prevents every navigation, redirect and webview, and denies new windows', () => {
    const { contents, listeners, openHandler } = fakeContents();
    const logged: string[] = [];
    hardenWebContents(contents, (m) => logged.push(m));
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true), url: 'https://evil.example/' }, 'https://evil.example/');
      expect(prevented, name).toBe(true);
    }
    expect(openHandler()?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(logged.some((m) => m.includes('https://evil.example/'))).toBe(true);
  });
});

describe('hardenSession', () => {
  const { session, handlers } = fakeSession();
  hardenSession(session, ORIGIN, () => undefined);

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      handlers.request?.({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(handlers.check?.({}, permission)).toBe(false);
    }
  });

  it("cancels requests that leave the app's origin", () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      handlers.before?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://vectorlift/index.html')).toBe(false);
    expect(decide('https://fonts.example.com/face.woff2')).toBe(true);
    expect(decide('file:///home/user/.ssh/id_rsa')).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is strict: self only, no objects, no base or form targets, no framing', () => {
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    // The tissue simulation's Worker is a same-origin file: no blob: or data: workers.
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/worker-src[^;]*(blob|data|\*)/);
  });

  const indexHtml = new URL('../../../renderer/index.html', import.meta.url);
  const normalize = (csp: string) => csp.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();
  it('the meta tag in renderer/index.html is the header without the header-only directives', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    // The header and the meta tag are both enforced: any other difference would be a silent intersection.
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    expect(normalize(meta?.[1] ?? '')).toEqual(normalize(META_CONTENT_SECURITY_POLICY));
    expect(normalize(CONTENT_SECURITY_POLICY)).toEqual(normalize([META_CONTENT_SECURITY_POLICY, ...HEADER_ONLY_CSP_DIRECTIVES].join(';')));
    // A browser ignores frame-ancestors in a meta tag and logs an error on every start (issue 8).
    expect(meta?.[1]).not.toContain('frame-ancestors');
  });
  it('vite preview (the browser edition as built) sends the full policy as a header', () => {
    const config = viteConfig as { preview?: { headers?: Record<string, string> } };
    expect(config.preview?.headers?.['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
