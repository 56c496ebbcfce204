/**
 * Locks down the window and its session (Electron security checklist items 5, 13-16): no
 * navigation, no new windows, no permission grants, no request leaving the app's own origin.
 * The Content Security Policy (item 7) is defined here and sent by app-protocol.ts. Takes Electron objects as arguments so tests run it under Node.
 */

/**
 * The renderer's Content Security Policy, in two parts.
 *
 * META_CONTENT_SECURITY_POLICY: what renderer/index.html carries in its <meta http-equiv> tag, so
 * the page is protected however it is served (the browser edition, a file:// preview). Browsers
 * ignore frame-ancestors there, and say so with a console error on every start, so it is not in
 * the tag.
 *
 * CONTENT_SECURITY_POLICY: the same plus the header-only directives; sent as an HTTP header by
 * the app protocol (app-protocol.ts) on every response and by `vite preview` (vite.config.ts).
 * The header and the tag are both enforced, so the tag must equal the header minus the
 * header-only part (tests/unit/electron/security.test.ts compares them).
 */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // data: and blob: for images the page draws itself (canvas snapshots, PDF previews).
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The tissue simulation's Worker: a same-origin script file (no blob: or data: workers).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives a browser honours only from an HTTP header (CSP Level 3: ignored in a meta tag). */
export const HEADER_ONLY_CSP_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export const CONTENT_SECURITY_POLICY = [META_CONTENT_SECURITY_POLICY, ...HEADER_ONLY_CSP_DIRECTIVES].join('; ');

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

/** The parts of Electron's Session this module uses. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: RequestDetails, callback: (response: { cancel?: boolean }) => void) => void): void;
  };
}

export type SecurityLog = (message: string) => void;

/**
 * True for URLs the app may load: its own origin (app://vectorlift, see app-protocol.ts) and the
 * developer tools. Everything else, file:// included, is refused: the page has no business
 * reading the disk or the network; files reach it only through the bridge.
 */
export function isAllowedRequestUrl(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:') return true;
  return `${parsed.protocol}//${parsed.host}` === appOrigin;
}

/** Denies navigation and new windows for one window's web contents. */
export function hardenWebContents(contents: HardenableContents, log: SecurityLog): void {
  const deny = (event: PreventableEvent, what: string, url?: string): void => {
    event.preventDefault();
    log(`blocked ${what}${url ? ` to ${url}` : ''}`);
  };
  // The app is a single page loaded once with loadURL(app://vectorlift/index.html): it never
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

/** Denies every permission and blocks every request that leaves the app's origin. */
export function hardenSession(session: HardenableSession, appOrigin: string, log: SecurityLog): void {
  // Camera, microphone, notifications, geolocation, clipboard reads...: the app needs none.
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);

  // Patient data stays local: nothing may be fetched from, or sent to, the network.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, appOrigin);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
