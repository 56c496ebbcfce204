import { GROUPS } from './groups.mjs';

/** A group's file-name-safe name: `shared/ipc` → `shared-ipc`. */
export function slug(name) {
  return name.replace(/[^a-z0-9]+/gi, '-');
}

/**
 * What Stryker mutates for one group. `files` (comma-separated source paths, optional) narrows
 * the mutation to those files of the group, with the group's tests: the quick loop while
 * writing a test for one module. `tests` (comma-separated globs, optional) replaces the group's
 * test files: faster, and a partial measure (a mutant that only another test would kill counts
 * as survived).
 */
export function groupOptions(name, files, tests) {
  const group = GROUPS.find((g) => g.name === name);
  if (!group) throw new Error(`No mutation group "${name}". Groups: ${GROUPS.map((g) => g.name).join(', ')}`);
  const only = files ? files.split(',').filter(Boolean) : [];
  const testFiles = tests ? tests.split(',').filter(Boolean) : [];
  return {
    slug: slug(group.name) + (only.length || testFiles.length ? '-partial' : ''),
    mutate: only.length ? only : group.mutate,
    testFiles: testFiles.length ? testFiles : group.testFiles,
  };
}
