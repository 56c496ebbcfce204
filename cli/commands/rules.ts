import { describeRulesIn } from '../../shared/analysis/rule-text';
import { parseCommandArgs, readLanguage } from '../args';
import { EXIT, type CliIo } from '../command';
import { rulesText } from '../report';

/** `vectorlift rules [--json] [--lang en|ko|ru]`: every rule id with its description and documented thresholds. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, strings } = parseCommandArgs(args, { flags: ['json'], strings: ['lang'], positionals: [] });
  const locale = readLanguage(strings.lang);
  // Titles, descriptions and the thresholds' sentences in the language; ids, values and sources as they are.
  const rules = describeRulesIn(locale);
  io.out(flags.json ? JSON.stringify(rules, null, 2) + '\n' : rulesText(rules, locale));
  return EXIT.ok;
}
