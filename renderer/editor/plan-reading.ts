/**
 * Reading a plan from its text and writing why one was refused: the loader (parser, validator,
 * migrations) and the refusal texts. The first screen needs neither, only Open, Open Recent,
 * crash recovery, a training exercise or a refused file does, so files.ts loads this module on
 * first use (`import('./plan-reading')`) and it stays out of the main chunk (issue 15).
 */
export { parsePlanText } from '../../shared/plan/parse';
export { formatPlanError } from '../../shared/plan/errors';
