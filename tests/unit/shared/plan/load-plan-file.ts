import { readFileSync } from 'node:fs';
import { parsePlanText, type ParseOptions, type ParseResult } from '../../../../shared/plan/parse';

/**
 * The smallest possible file loader, as the Electron main process and the CLI do it: read the
 * bytes as UTF-8, hand the text to parsePlanText. Used to show that loading never writes.
 */
export function loadPlanFile(path: string, options?: ParseOptions): ParseResult {
  return parsePlanText(readFileSync(path, 'utf8'), options);
}
