/**
 * The case library with its code loaded on first use (the library view, a compare view, a
 * thumbnail): the list of bundled case files and the case parser stay out of the designer's
 * first-screen chunk. Both methods were asynchronous already, so callers see no difference.
 */
import type { CaseLibrary } from './case-library';

export function lazyCaseLibrary(knownThreadTypeIds?: ReadonlySet<string>): CaseLibrary {
  let library: Promise<CaseLibrary> | null = null;
  const get = (): Promise<CaseLibrary> => {
    library ??= import('./case-library').then((m) => m.createCaseLibrary(undefined, knownThreadTypeIds));
    // A failed load is tried again next time rather than remembered.
    library.catch(() => (library = null));
    return library;
  };
  return {
    index: async () => (await get()).index(),
    load: async (entry) => (await get()).load(entry),
  };
}
