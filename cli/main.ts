import { readFileSync } from 'node:fs';
import { loadLanguage } from '../shared/i18n/language-tables';
import type { Locale } from '../shared/i18n/locale';
import { EXIT, UsageError, type CliIo } from './command';
import { COMMANDS } from './commands';
import { installPath } from './install-root';
import { installPrecomputedSurface } from './precomputed-surface';
import { installPrecomputedRasters } from './precomputed-rasters';
import { installPrecomputedTissueModel } from './precomputed-tissue';
import { installPrecomputedViewOutlines } from './precomputed-views';
import { requestedLanguage, usageText } from './usage-text';

/**
 * The `vectorlift` command line. Returns the exit code; bin/vectorlift.mjs sets it on the
 * process (never process.exit, so piped output is flushed first).
 */

const defaultIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
};

export function version(): string {
  const pkg = JSON.parse(readFileSync(installPath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.args}`.length));
  const lines = [
    'Usage: vectorlift <command> [options]',
    '',
    'Thread-lift planning checks for .vlift plan files.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${`${c.name} ${c.args}`.trim().padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    `  ${'--help'.padEnd(width)}  Show this help.`,
    `  ${'--version'.padEnd(width)}  Show the version.`,
    '',
    'Exit codes: 0 done (analyze: no critical finding), 1 analyze found a critical finding,',
    '2 unreadable or invalid input, or a usage error, 3 internal error.',
    "Sides are the patient's: the patient's right is drawn on the viewer's left.",
  ];
  return lines.join('\n') + '\n';
}

const usageLine = (locale: Locale): string =>
  `${usageText({ key: 'usage' }, locale)}: vectorlift <command> [options]; ${usageText({ key: 'commands' }, locale)}: ${COMMANDS.map((c) => c.name).join(', ')} (vectorlift --help)`;

export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  installPrecomputedSurface();
  installPrecomputedTissueModel();
  installPrecomputedViewOutlines();
  installPrecomputedRasters();
  const [first, ...rest] = argv;
  // Usage errors are written in the --lang language, read before the command parses anything.
  const locale = requestedLanguage(argv);
  // Korean and Russian texts of shared code are not built in (shared/i18n/language-tables.ts).
  await loadLanguage(locale);
  if (first === undefined) {
    io.err(`vectorlift: ${usageText({ key: 'missingCommand' }, locale)}. ${usageLine(locale)}\n`);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(usage());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) {
    const unknown = usageText({ key: first.startsWith('-') ? 'unknownTopOption' : 'unknownCommand', params: { name: JSON.stringify(first) } }, locale);
    io.err(`vectorlift: ${unknown}. ${usageLine(locale)}\n`);
    return EXIT.usage;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`Usage: vectorlift ${entry.name} ${entry.args}`.trimEnd() + `\n\n${command.help ?? entry.summary}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`vectorlift ${entry.name}: ${usageText(e.text, locale)}. ${usageText({ key: 'usage' }, locale)}: vectorlift ${entry.name} ${entry.args}`.trimEnd() + '\n');
      return EXIT.usage;
    }
    io.err(`vectorlift ${entry.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.internal;
  }
}
