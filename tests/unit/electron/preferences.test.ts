import { describe, expect, it } from 'vitest';
import { DEFAULT_STORED_PREFERENCES } from '../../../shared/ipc/preferences';
import { PREFERENCES_KEY, createPreferences } from '../../../electron/preferences';
import type { KeyValueStore } from '../../../electron/preferences';

/** Stands in for electron-store: a Map that, like the real JSON file, stores copies. */
function fakeStore(initial?: unknown): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  if (initial !== undefined) data.set(PREFERENCES_KEY, initial);
  return {
    data,
    get: (key) => (data.has(key) ? structuredClone(data.get(key)) : undefined),
    set: (key, value) => void data.set(key, structuredClone(value)),
  };
}

describe('preferences service', () => {
  it('starts from the defaults', () => {
    expect(createPreferences(fakeStore()).get()).toEqual(DEFAULT_STORED_PREFERENCES);
  });

  it('persists updates in the store and reads them back', () => {
    const store = fakeStore();
    const prefs = createPreferences(store);
    prefs.update({ theme: 'dark', practitionerName: 'Dr. Okafor', defaultThreadTypeId: 'pdo-cog-bi-19g' });
    const reopened = createPreferences(store).get();
    expect(reopened.theme).toBe('dark');
    expect(reopened.practitionerName).toBe('Dr. Okafor');
    expect(reopened.defaultThreadTypeId).toBe('pdo-cog-bi-19g');
  });

  it('keeps recent files deduplicated, newest first, at most ten', () => {
    const prefs = createPreferences(fakeStore());
    for (let i = 0; i < 11; i++) prefs.addRecent(`/p/${i}.vlift`);
    prefs.addRecent('/p/3.vlift');
    const recent = prefs.get().recentFiles;
    expect(recent).toHaveLength(10);
    expect(recent[0]).toBe('/p/3.vlift');
    expect(recent.indexOf('/p/3.vlift')).toBe(recent.lastIndexOf('/p/3.vlift'));
    prefs.removeRecent('/p/3.vlift');
    expect(prefs.get().recentFiles).not.toContain('/p/3.vlift');
    prefs.clearRecent();
    expect(prefs.get().recentFiles).toEqual([]);
  });

  it('stores window bounds and layer visibility', () => {
    const prefs = createPreferences(fakeStore());
    prefs.setWindowBounds({ x: 40, y: 30, width: 1400, height: 900 });
    prefs.update({ layers: { 'danger-zones': true } as never });
    const read = prefs.get();
    expect(read.windowBounds).toEqual({ x: 40, y: 30, width: 1400, height: 900 });
    expect(read.layers['danger-zones']).toBe(true);
    expect(read.layers.fixation).toBe(true);
  });

  it('repairs a hand-edited or damaged store field by field', () => {
    const prefs = createPreferences(fakeStore({ theme: 'neon', language: 'fr', recentFiles: 'oops', planText: '{"secret":1}' }));
    const read = prefs.get();
    expect(read.theme).toBe('system');
    expect(read.language).toBe('fr');
    expect(read.recentFiles).toEqual([]);
    expect(read).not.toHaveProperty('planText');
  });
});
