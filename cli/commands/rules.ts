import { describeRules } from '../../shared/analysis';
import { parseCommandArgs, readLanguage } from '../args';
import { EXIT, type CliIo } from '../command';
import { rulesText } from '../report';

/** `vectorlift rules [--json] [--lang en|ko|ru]`: every rule id with its description and documented thresholds. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, strings } = parseCommandArgs(args, { flags: ['json'], strings: ['lang'], positionals: [] });
  readLanguage(strings.lang);
  // The rules' titles and descriptions are English until their per-language table lands (docs/languages.md).
  const rules = describeRules();
  io.out(flags.json ? JSON.stringify(rules, null, 2) + '\n' : rulesText(rules));
  return EXIT.ok;
}
