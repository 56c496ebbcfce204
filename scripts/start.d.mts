// Types for scripts/start.mjs, so the TypeScript tests can import its decision functions.
export interface ElectronFs {
  existsSync(file: string): boolean;
  readFileSync(file: string, encoding: 'utf8'): string;
}

export type BinaryStatus =
  | { readonly present: true; readonly binary: string; readonly version: string }
  | { readonly present: false; readonly reason: string };

export type LaunchDecision = { readonly mode: 'electron'; readonly binary: string } | { readonly mode: 'browser'; readonly reason: string };

export type Env = Readonly<Record<string, string | undefined>>;

export const INSTALL_TIMEOUT_MS: number;
export function findElectronBinary(electronDir: string, fs?: ElectronFs): BinaryStatus;
export function summarizeInstallFailure(output: string, exitCode: number | null): string;
export function ensureElectronBinary(options: {
  electronDir: string;
  env: Env;
  run: (command: string, args: string[], timeoutMs: number) => Promise<{ code: number | null; output: string }>;
  fs: ElectronFs;
}): Promise<BinaryStatus>;
export function displayProblem(platform: NodeJS.Platform, env: Env): string | null;
export function decideLaunch(options: { binary: BinaryStatus; platform: NodeJS.Platform; env: Env }): LaunchDecision;
export function browserOpenCommand(
  platform: NodeJS.Platform,
  url: string,
  env: Env,
  hasCommand: (name: string) => boolean,
): { command: string; args: string[] } | null;
