#!/usr/bin/env node
// Entry point of the `vectorlift` command. The CLI is TypeScript that imports shared/ directly,
// so this file registers tsx's ESM loader (a runtime dependency) and then loads cli/main.ts.
// No build step: `npx vectorlift` works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
