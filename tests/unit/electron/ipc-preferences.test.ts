import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_STORED_PREFERENCES,
  MAX_RECENT_FILES,
  MAX_RECENT_PATH_LENGTH,
  addRecentFile,
  applyPreferencesPatch,
  pagePreferences,
  sanitizePreferencesPatch,
  sanitizeStoredPreferences,
  sanitizeUserPreferences,
} from '../../../shared/ipc/preferences';
import { OVERLAY_LAYERS } from '../../../shared/scene/types';

describe('recent files', () => {
  it('puts the newest first, removes duplicates and keeps at most ten', () => {
    let recent: string[] = [];
    for (let i = 0; i < 12; i++) recent = addRecentFile(recent, `/plans/${i}.vlift`);
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent[0]).toBe('/plans/11.vlift');
    expect(recent).not.toContain('/plans/0.vlift');
    recent = addRecentFile(recent, '/plans/5.vlift');
    expect(recent[0]).toBe('/plans/5.vlift');
    expect(recent.filter((p) => p === '/plans/5.vlift')).toHaveLength(1);
    expect(recent).toHaveLength(MAX_RECENT_FILES);
  });
});

describe('sanitizeStoredPreferences', () => {
  it('gives the defaults for garbage', () => {
    expect(sanitizeStoredPreferences(undefined)).toEqual(DEFAULT_STORED_PREFERENCES);
    expect(sanitizeStoredPreferences('nonsense')).toEqual(DEFAULT_STORED_PREFERENCES);
  });
  it('keeps good fields and replaces bad ones one by one', () => {
    const prefs = sanitizeStoredPreferences({
      theme: 'dark',
      language: 'not a tag!',
      practitionerName: 'Dr. Lee',
      windowBounds: { x: 10, y: 20, width: 50, height: 50 },
      layers: { regions: false, bogus: true },
      recentFiles: ['/a.vlift', '/a.vlift', '/b.vlift'],
      secret: 'ignored',
    });
    expect(prefs.theme).toBe('dark');
    expect(prefs.language).toBe('system');
    expect(prefs.practitionerName).toBe('Dr. Lee');
    expect(prefs.windowBounds).toBeNull();
    // One unknown layer makes the whole layers object suspect: the defaults.
    expect(prefs.layers).toEqual(DEFAULT_PREFERENCES.layers);
    expect(prefs.recentFiles).toEqual(['/a.vlift', '/b.vlift']);
    expect(prefs).not.toHaveProperty('secret');
  });
  it('keeps a recent path of the longest length any OS allows and refuses a longer, empty or NUL-carrying one', () => {
    const longest = '/' + 'p'.repeat(MAX_RECENT_PATH_LENGTH - 1);
    expect(longest).toHaveLength(32_767); // Windows extended-length paths
    expect(sanitizeStoredPreferences({ recentFiles: ['/a.vlift', longest] }).recentFiles).toEqual(['/a.vlift', longest]);
    for (const bad of [longest + 'p', '', '/a\0b.vlift', 7]) {
      // One bad entry makes the stored list suspect: the default (empty) list, never a partial one.
      expect(sanitizeStoredPreferences({ recentFiles: ['/a.vlift', bad] }).recentFiles, String(bad).slice(0, 20)).toEqual([]);
    }
  });
  it('names every overlay layer; a blank plan opens calm, with only the fixation zones and the fixed/mobile line', () => {
    expect(Object.keys(DEFAULT_PREFERENCES.layers).sort()).toEqual([...OVERLAY_LAYERS].sort());
    for (const layer of OVERLAY_LAYERS) expect(DEFAULT_PREFERENCES.layers[layer], layer).toBe(layer === 'fixation' || layer === 'fixed-mobile-line');
  });
});

describe('patches', () => {
  it('reports each bad field and applies nothing for it', () => {
    const { patch, errors } = sanitizePreferencesPatch({ theme: 'dark', defaultThreadTypeId: '../../etc', extra: 1 });
    expect(patch).toEqual({ theme: 'dark' });
    expect(errors).toHaveLength(2);
  });
  it('refuses the fields main owns: the recent list and the window bounds', () => {
    // The old exploit: a page that could write the recent list could then read and overwrite those files.
    expect(sanitizePreferencesPatch({ recentFiles: ['/etc/passwd'] }).errors).toEqual(["unknown preference 'recentFiles'"]);
    expect(sanitizePreferencesPatch({ windowBounds: null }).errors).toEqual(["unknown preference 'windowBounds'"]);
  });
  it('merges a partial layers object without touching other layers', () => {
    const merged = applyPreferencesPatch(DEFAULT_PREFERENCES, { layers: { muscles: true } as never });
    expect(merged.layers.muscles).toBe(true);
    expect(merged.layers.fixation).toBe(true);
    expect(merged.layers.regions).toBe(false);
  });
  it('gives the page its settings and recent files by id, never a stored path or the bounds', () => {
    const stored = sanitizeStoredPreferences({ theme: 'dark', recentFiles: ['/home/u/a.vlift'], windowBounds: { x: 0, y: 0, width: 800, height: 600 } });
    const page = pagePreferences(stored, [{ id: 'f'.repeat(32), name: 'a.vlift' }]);
    expect(page).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', recentFiles: [{ id: 'f'.repeat(32), name: 'a.vlift' }] });
    expect(JSON.stringify(page)).not.toContain('/home/u');
    expect(sanitizeUserPreferences(stored)).not.toHaveProperty('recentFiles');
  });
  it('refuses prototype tricks', () => {
    const { errors } = sanitizePreferencesPatch(JSON.parse('{"__proto__": {"theme": "dark"}}'));
    expect(errors.length).toBeGreaterThan(0);
  });
});
