/**
 * Locks down the window and its session (Electron security checklist items 5, 7, 8, 13-16):
 * no navigation, no new windows, no permission grants, no request leaving the app's own files,
 * and a Content Security Policy. Takes Electron objects as arguments so tests run it under Node.
 */

/**
 * The renderer's Content Security Policy. renderer/index.html carries the same text in a
 * <meta http-equiv> tag, which is what applies to pages loaded from file:// (Chromium does not
 * run onHeadersReceived for file:// loads, so the header below only covers http(s), which the
 * request filter blocks anyway). frame-ancestors is honoured only as a header; the meta tag's copy
 * is ignored, which is harmless because the app never loads inside a frame.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of Electron's WebContents this module uses. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface RequestDetails {
  readonly url: string;
}

export interface HeadersDetails {
  readonly url: string;
  readonly responseHeaders?: Record<string, string[]>;
}

/** The parts of Electron's Session this module uses. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: RequestDetails, callback: (response: { cancel?: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (details: HeadersDetails, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void,
    ): void;
  };
}

export type SecurityLog = (message: string) => void;

/**
 * True for URLs the app may load: its own files under `rendererRootUrl` (a file:// URL ending
 * in '/') and the developer tools. `new URL` resolves '..' segments before the prefix test, so
 * file:///app/renderer/../../etc/passwd is refused.
 */
export function isAllowedRequestUrl(url: string, rendererRootUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:') return true;
  if (parsed.protocol !== 'file:') return false;
  return parsed.href.startsWith(rendererRootUrl);
}

/** Denies navigation and new windows for one window's web contents. */
export function hardenWebContents(contents: HardenableContents, log: SecurityLog): void {
  const deny = (event: PreventableEvent, what: string, url?: string): void => {
    event.preventDefault();
    log(`blocked ${what}${url ? ` to ${url}` : ''}`);
  };
  // The app is a single page loaded by loadFile (which raises none of these events): it never
  // navigates afterwards, so every navigation, in any frame, is refused.
  contents.on('will-navigate', (event, url) => deny(event, 'navigation', url));
  contents.on('will-frame-navigate', (event) => deny(event, 'frame navigation', event.url));
  contents.on('will-redirect', (event, url) => deny(event, 'redirect', url));
  contents.on('will-attach-webview', (event) => deny(event, 'webview'));
  // No pop-ups, and no "open in the system browser" either: the app has no external links.
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked new window for ${url}`);
    return { action: 'deny' };
  });
}

/** Denies permissions, blocks requests outside the app's files and adds the CSP header. */
export function hardenSession(session: HardenableSession, rendererRootUrl: string, log: SecurityLog): void {
  // Camera, microphone, notifications, geolocation, clipboard reads...: the app needs none.
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  // Patient data stays local: nothing may be fetched from, or sent to, the network.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, rendererRootUrl);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}
