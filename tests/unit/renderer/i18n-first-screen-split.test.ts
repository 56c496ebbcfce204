import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enFirstScreen } from '../../../renderer/i18n/en-first-screen';
import { enViews } from '../../../renderer/i18n/en-views';

/**
 * The English table is split so the first screen loads only its own strings (renderer/i18n/en.ts,
 * issue 15). A string the first screen shows but that sits in en-views.ts would read as its raw
 * key until the views' strings arrive, in English only (Korean and Russian tables are whole), so
 * nothing else would catch it. The first screen is every module renderer/main.tsx reaches through
 * static imports (dynamic `import()` is what makes a view lazy); none of them may name a key of
 * en-views.ts in a string literal.
 */

const ROOT = resolve(__dirname, '../../..');
const ENTRY = join(ROOT, 'renderer/main.tsx');
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
// Static imports and re-exports that bring code (`import type` brings none). Dynamic `import(`
// has a parenthesis right after `import`, so it never matches.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // a package: not ours to scan
  const base = resolve(dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (/\.tsx?$/.test(file) && existsSync(file)) return file;
  }
  return null; // CSS, worker URLs and assets
}

function firstScreenModules(): Set<string> {
  const seen = new Set<string>();
  const queue = [ENTRY];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const next = resolveModule(file, match[1]!);
      if (next) queue.push(next);
    }
  }
  return seen;
}

describe("the first screen's English strings", () => {
  const modules = firstScreenModules();

  it('reaches the designer from the entry through static imports only', () => {
    const names = [...modules].map((f) => f.slice(ROOT.length + 1));
    // The scan would pass vacuously if it stopped at the entry: the designer's own files are in it.
    expect(names).toContain('renderer/App.tsx');
    expect(names).toContain('renderer/editor/create-editor.ts');
    // The views the start-up work made lazy are not (their strings may live in en-views.ts).
    expect(names).not.toContain('renderer/ui/ThreadInspector.tsx');
  });

  it('names no key of the views table in any first-screen module', () => {
    const viewKeys = new Set(Object.keys(enViews));
    const misplaced: string[] = [];
    for (const file of modules) {
      if (file.endsWith('en-views.ts') || file.endsWith('en.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"`]/g)) {
        if (viewKeys.has(match[1]!)) misplaced.push(`${file.slice(ROOT.length + 1)}: '${match[1]}'`);
      }
    }
    expect(misplaced, 'move these keys to renderer/i18n/en-first-screen.ts').toEqual([]);
  });

  it('keeps every key in exactly one of the two files', () => {
    const both = Object.keys(enViews).filter((k) => Object.prototype.hasOwnProperty.call(enFirstScreen, k));
    expect(both).toEqual([]);
  });
});
