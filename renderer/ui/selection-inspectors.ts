/**
 * The inspectors of a selection, loaded after the first screen (Inspector.tsx, lazy-module.ts):
 * nothing is selected when the designer opens.
 */
export { EntryPointInspector } from './EntryPointInspector';
export { MultiThreadInspector } from './MultiThreadInspector';
export { ThreadInspector } from './ThreadInspector';
