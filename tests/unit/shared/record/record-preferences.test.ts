import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPreferences } from '../../../../electron/preferences';
import { loadPreferences, savePreferences } from '../../../../renderer/bridge/browser-storage';
import { encodeBase64 } from '../../../../shared/photo/image-bytes';
import { DEFAULT_EXPORT_OPTIONS, sanitizeStoredPreferences } from '../../../../shared/ipc/preferences';
import { validatePreferencesPatch } from '../../../../shared/ipc/validate';
import { EMPTY_CLINIC } from '../../../../shared/record/clinic';
import { EMPTY_RECORD_TEXTS } from '../../../../shared/record/record-texts';

/** The clinic profile, the record texts and the export options as preferences: desktop and browser alike. */

const LOGO_BASE64 = encodeBase64(new Uint8Array(readFileSync(new URL('../../../fixtures/record/clinic-logo.png', import.meta.url))));
const clinic = { name: 'Riverside Clinic', address: '12 River Rd', telephone: '555 0142', logo: { mediaType: 'image/png', base64: LOGO_BASE64, width: 240, height: 96 } };

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('record preferences', () => {
  it('start empty: no clinic, default texts, a plain export', () => {
    const prefs = loadPreferences(memoryStorage());
    expect(prefs.clinic).toEqual(EMPTY_CLINIC);
    expect(prefs.recordTexts).toEqual(EMPTY_RECORD_TEXTS);
    expect(prefs.exportOptions).toEqual(DEFAULT_EXPORT_OPTIONS);
  });

  it('are kept in the browser and read back, the logo size taken from the image itself', () => {
    const storage = memoryStorage();
    savePreferences(storage, { clinic: { ...clinic, logo: { ...clinic.logo, width: 1, height: 1 } } as never, recordTexts: { ...EMPTY_RECORD_TEXTS, consentPhoto: 'Ours.' } });
    const prefs = loadPreferences(storage);
    expect(prefs.clinic).toEqual(clinic);
    expect(prefs.recordTexts.consentPhoto).toBe('Ours.');
  });

  it('are kept by the desktop store through the same checks', () => {
    const map = new Map<string, unknown>();
    const service = createPreferences({ get: (k) => map.get(k), set: (k, v) => void map.set(k, v) });
    const patch = validatePreferencesPatch({ clinic, exportOptions: { paper: 'letter', anonymize: false, aftercare: true, signature: true, consent: true } });
    expect(patch.ok).toBe(true);
    service.update(patch.ok ? patch.value : {});
    expect(service.get().clinic.name).toBe('Riverside Clinic');
    expect(service.get().exportOptions).toEqual({ paper: 'letter', anonymize: false, aftercare: true, signature: true, consent: true });
  });

  it('refuse a bad field from the page with a sentence, storing nothing', () => {
    const storage = memoryStorage();
    expect(() => savePreferences(storage, { clinic: { ...clinic, logo: { base64: 'AAAA' } } as never })).toThrow(/clinic logo is not a complete PNG or JPEG/);
    expect(() => savePreferences(storage, { exportOptions: { ...DEFAULT_EXPORT_OPTIONS, paper: 'a3' } as never })).toThrow(/paper must be/);
    expect(loadPreferences(storage).clinic).toEqual(EMPTY_CLINIC);
    const refused = validatePreferencesPatch({ recordTexts: { aftercare: 7 } });
    expect(refused.ok).toBe(false);
  });

  it('fall back field by field when the stored file is damaged, keeping the rest', () => {
    const stored = sanitizeStoredPreferences({ practitionerName: 'Dr K', clinic: { name: 5 }, recordTexts: { aftercare: 'Own text' }, exportOptions: { aftercare: true } });
    expect(stored.practitionerName).toBe('Dr K');
    expect(stored.clinic).toEqual(EMPTY_CLINIC);
    expect(stored.recordTexts.aftercare).toBe('Own text');
    // An older file without the newer export ticks keeps the ones it has.
    expect(stored.exportOptions).toEqual({ ...DEFAULT_EXPORT_OPTIONS, aftercare: true });
  });
});
