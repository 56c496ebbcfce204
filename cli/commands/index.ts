import type { CommandEntry } from '../command';

/**
 * Every `vectorlift` command, one line each: name, arguments, summary and the module that runs it.
 * Adding a command is a new file in this folder and one line here.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'analyze', args: 'PLAN [--json] [--lang en|ko|ru]', summary: 'Check a .vlift plan; exit 1 if any finding is critical.', load: () => import('./analyze') },
  { name: 'rules', args: '[--json] [--lang en|ko|ru]', summary: 'List every rule with its description and thresholds.', load: () => import('./rules') },
  { name: 'schema', args: '', summary: "Print the plan file's JSON Schema.", load: () => import('./schema') },
  { name: 'export', args: 'PLAN -o OUT.pdf [options]', summary: 'Export the marked-up plan as a PDF. Options: --paper a4|letter, --anonymize, --aftercare, --signature, --consent, --date YYYY-MM-DD (fixed date: identical bytes), --layers LIST|none, --lang en|ko|ru (the language of the whole PDF).', load: () => import('./export') },
  { name: 'atlas', args: '[--json]', summary: 'List the canonical face landmarks by name: frontal {x, y} and skin surface {x, y, z}, mm.', load: () => import('./atlas') },
  { name: 'cases', args: '[--json] [--lang en|ko|ru]', summary: 'List the training cases with the paths of their poor and corrected designs.', load: () => import('./cases') },
];
