import { usageText, type UsageText } from './usage-text';

/**
 * What a CLI command is. Each command lives in its own file in cli/commands/ and is listed in
 * cli/commands/index.ts. Commands write through `io` (not console) so tests can capture output,
 * and return the process exit code.
 */

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

export interface CommandModule {
  run(args: readonly string[], io: CliIo): Promise<number>;
  /** Longer help for `vectorlift <command> --help` (options, examples); the summary if absent. */
  readonly help?: string;
}

export interface CommandEntry {
  readonly name: string;
  /** Arguments after the command name, e.g. 'PLAN [--json]'. */
  readonly args: string;
  readonly summary: string;
  /** Loaded only when the command runs, so `vectorlift --help` stays quick. */
  readonly load: () => Promise<CommandModule>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** `analyze`: at least one critical finding. */
  critical: 1,
  /** Unreadable or invalid input, unknown command or flag, missing argument. */
  usage: 2,
  /** A bug in VectorLift itself: never 1, which callers read as "critical finding". */
  internal: 3,
} as const;

/**
 * Thrown by argument parsing; main() turns it into one stderr line in the --lang language and
 * exit code 2. The message is its English.
 */
export class UsageError extends Error {
  constructor(readonly text: UsageText) {
    super(usageText(text, 'en'));
  }
}
