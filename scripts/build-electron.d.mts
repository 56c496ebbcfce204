// Types for scripts/build-electron.mjs (imported by start.mjs, security-scan.mjs and tests).
export function buildElectron(options?: { root?: string; quiet?: boolean }): Promise<{ main: string; preload: string }>;
