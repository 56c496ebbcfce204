import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODULE_PATH, OBJ_PATH, moduleText } from '../../../../scripts/make-mediapipe-data';

describe('MediaPipe canonical face model data', () => {
  it('shared/surface/mediapipe-data.ts is generated from the OBJ in assets and up to date', () => {
    expect(readFileSync(MODULE_PATH, 'utf8')).toBe(moduleText(readFileSync(OBJ_PATH, 'utf8')));
  });

  it('the model keeps its attribution beside it (Apache-2.0, The MediaPipe Authors)', () => {
    const notice = new URL('../../../../assets/mediapipe/NOTICE.md', import.meta.url);
    expect(existsSync(notice)).toBe(true);
    const text = readFileSync(notice, 'utf8');
    expect(text).toContain('Apache License, Version 2.0');
    expect(text).toContain('The MediaPipe Authors');
  });
});
