import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder VectorLift is installed in (the repository root, with package.json and assets/).
 *
 * The CLI runs from two places: the sources (this file is cli/install-root.ts; Vitest and tsx
 * run it so) and the bundle npm builds at install time (dist-cli/*.js, see
 * scripts/cli-bundle/build.mjs). Both sit exactly one folder below the root, so one relative URL
 * serves both. Every file the CLI reads from its own installation is found through here, never
 * relative to another module: esbuild moves modules into chunks, so their locations change.
 */
export const INSTALL_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An absolute path inside the installation, e.g. installPath('assets', 'cases'). */
export const installPath = (...parts: readonly string[]): string => join(INSTALL_ROOT, ...parts);
