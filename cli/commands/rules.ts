import { describeRules } from '../../shared/analysis';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo } from '../command';
import { rulesText } from '../report';

/** `vectorlift rules [--json]`: every rule id with its description and documented thresholds. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseCommandArgs(args, { flags: ['json'], positionals: [] });
  const rules = describeRules();
  io.out(flags.json ? JSON.stringify(rules, null, 2) + '\n' : rulesText(rules));
  return EXIT.ok;
}
