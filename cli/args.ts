import { parseArgs } from 'node:util';
import { LOCALES, isLocale, type Locale } from '../shared/i18n/locale';
import { UsageError } from './command';

/**
 * Strict argument parsing for one command: only the listed boolean flags and string options
 * (each with its one-letter form where `shorts` gives one, e.g. `-o` for `--output`), exactly
 * `positionals.length` positional arguments. Anything else is a UsageError.
 */
export function parseCommandArgs(
  args: readonly string[],
  spec: {
    readonly flags: readonly string[];
    readonly positionals: readonly string[];
    readonly strings?: readonly string[];
    readonly shorts?: Readonly<Record<string, string>>;
  },
): { flags: Record<string, boolean>; strings: Record<string, string | undefined>; positionals: string[] } {
  const option = (name: string, type: 'boolean' | 'string') => {
    const short = spec.shorts?.[name];
    return [name, short === undefined ? { type } : { type, short }] as const;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        ...Object.fromEntries(spec.flags.map((f) => option(f, 'boolean'))),
        ...Object.fromEntries((spec.strings ?? []).map((f) => option(f, 'string'))),
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    // node:util's messages are long and mention its own API; keep the user's words short.
    const message = e instanceof Error ? e.message : '';
    const unknown = /Unknown option '([^']+)'/.exec(message);
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
    throw new UsageError(unknown ? { key: 'unknownOption', params: { option: unknown[1]! } } : missing ? { key: 'needsValue', params: { option: missing[1]! } } : { key: 'invalidArguments' });
  }
  const positionals = parsed.positionals;
  if (positionals.length < spec.positionals.length) {
    throw new UsageError({ key: 'missingArgument', params: { argument: spec.positionals[positionals.length]! } });
  }
  if (positionals.length > spec.positionals.length) {
    throw new UsageError({ key: 'unexpectedArgument', params: { argument: JSON.stringify(positionals[spec.positionals.length]) } });
  }
  const flags: Record<string, boolean> = {};
  for (const f of spec.flags) flags[f] = parsed.values[f] === true;
  const strings: Record<string, string | undefined> = {};
  for (const f of spec.strings ?? []) {
    const value = parsed.values[f];
    strings[f] = typeof value === 'string' ? value : undefined;
  }
  return { flags, strings, positionals };
}

/**
 * `--lang en|ko|ru`: the language findings, rules and the PDF are written in; English when not
 * given. Anything else is a UsageError naming the languages there are.
 */
export function readLanguage(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  const lang = value.trim().toLowerCase();
  if (!isLocale(lang)) throw new UsageError({ key: 'langChoice', params: { languages: LOCALES.join(', '), got: JSON.stringify(value) } });
  return lang;
}
