import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the browser edition in Debian's Chromium (no browser download). The web
 * server is the production build served by `vite preview`: the dev server injects inline
 * scripts that the page's strict CSP would refuse.
 *
 * Screenshots of every test are kept in test-results/ as artifacts.
 */
// VL_E2E_PORT lets several checkouts run their e2e suites side by side; 4173 is vite's default.
const PORT = Number(process.env.VL_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    // The interface follows the system language: every run sees English unless a test asks for
    // another (tests/e2e/languages.spec.ts), whatever the machine's own locale.
    locale: 'en-US',
    screenshot: 'on',
    trace: 'retain-on-failure',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite build && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never reuse a server already on the port: it may be another checkout's build.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
