import { parseArgs } from 'node:util';
import { UsageError } from './command';

/**
 * Strict argument parsing for one command: only the listed boolean flags, exactly
 * `positionals.length` positional arguments. Anything else is a UsageError.
 */
export function parseCommandArgs(
  args: readonly string[],
  spec: { readonly flags: readonly string[]; readonly positionals: readonly string[] },
): { flags: Record<string, boolean>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(spec.flags.map((f) => [f, { type: 'boolean' as const }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    // node:util's messages are long and mention its own API; keep the user's words short.
    const unknown = /Unknown option '([^']+)'/.exec(e instanceof Error ? e.message : '');
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : 'invalid arguments');
  }
  const positionals = parsed.positionals;
  if (positionals.length < spec.positionals.length) {
    throw new UsageError(`missing ${spec.positionals[positionals.length]}`);
  }
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[spec.positionals.length])}`);
  }
  const flags: Record<string, boolean> = {};
  for (const f of spec.flags) flags[f] = parsed.values[f] === true;
  return { flags, positionals };
}
