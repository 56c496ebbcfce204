import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit tests run under Node: shared/, renderer logic (editor harness, no browser) and
// electron/ main-process modules with injected fakes. End-to-end tests use Playwright instead.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // The spawned CLI tests run the bundle in dist-cli/: rebuilt first if a source changed.
    globalSetup: ['tests/unit/setup/build-cli.ts'],
    // The interface's Korean and Russian tables load on demand; tests switch languages at once.
    setupFiles: ['tests/unit/setup/interface-languages.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
