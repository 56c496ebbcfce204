import { PLAN_JSON_SCHEMA } from '../../shared/plan';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo } from '../command';

/** `vectorlift schema`: the JSON Schema of the .vlift plan file. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  parseCommandArgs(args, { flags: [], positionals: [] });
  io.out(JSON.stringify(PLAN_JSON_SCHEMA, null, 2) + '\n');
  return EXIT.ok;
}
