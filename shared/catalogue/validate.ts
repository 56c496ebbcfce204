import type { IntendedLayer, ThreadConfiguration, ThreadMaterial, ThreadPurpose, ThreadType } from './types';

/**
 * Checks that an unknown value is a well-formed thread type, for user-added types and catalogue
 * files. Returns a list of problems in plain words, each naming the field; empty when valid.
 * The built-in catalogue passes it (tested), so user types meet the same bar.
 */

const MATERIALS: readonly ThreadMaterial[] = ['PDO', 'PLLA', 'PLLA-PLGA', 'PCL'];
const CONFIGURATIONS: readonly ThreadConfiguration[] = ['mono', 'screw', 'cog-uni', 'cog-bi', 'cone'];
const LAYERS: readonly IntendedLayer[] = ['subdermal', 'subcutaneous', 'smas'];
const PURPOSES: readonly ThreadPurpose[] = ['lifting', 'tightening'];

/** Plausibility limits: design choice, well beyond any real thread so only nonsense is refused. */
const LIMITS = {
  lengthMm: [5, 600],
  absorptionMonths: [1, 60],
  holdingForceN: [0, 50],
  defaultDepthMm: [0.5, 20],
  coneCount: [1, 40],
} as const;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function validateThreadType(value: unknown): string[] {
  if (!isObject(value)) return ['A thread type must be an object.'];
  const t = value;
  const errors: string[] = [];
  const str = (key: keyof ThreadType, maxLen: number, allowEmpty = false): void => {
    const v = t[key];
    if (typeof v !== 'string') errors.push(`${key}: must be text.`);
    else if (!allowEmpty && v.trim() === '') errors.push(`${key}: must not be empty.`);
    else if (v.length > maxLen) errors.push(`${key}: longer than ${maxLen} characters.`);
  };
  const oneOf = <T extends string>(key: keyof ThreadType, allowed: readonly T[]): void => {
    if (!allowed.includes(t[key] as T)) errors.push(`${key}: must be one of ${allowed.join(', ')}.`);
  };
  const num = (key: keyof ThreadType, [min, max]: readonly [number, number]): void => {
    const v = t[key];
    if (!isFiniteNumber(v)) errors.push(`${key}: must be a number.`);
    else if (v < min || v > max) errors.push(`${key}: ${v} is outside ${min}-${max}.`);
  };

  str('id', 64);
  if (typeof t.id === 'string' && t.id !== '' && !ID_PATTERN.test(t.id)) {
    errors.push('id: use lower-case letters, digits and hyphens only.');
  }
  str('name', 120);
  str('gauge', 16);
  str('usp', 16, true);
  str('source', 2000);
  oneOf('material', MATERIALS);
  oneOf('configuration', CONFIGURATIONS);
  oneOf('layer', LAYERS);
  oneOf('purpose', PURPOSES);
  num('lengthMm', LIMITS.lengthMm);
  num('absorptionMonths', LIMITS.absorptionMonths);
  num('holdingForceN', LIMITS.holdingForceN);
  num('defaultDepthMm', LIMITS.defaultDepthMm);
  if (!isFiniteNumber(t.minPathMm)) errors.push('minPathMm: must be a number.');
  else if (t.minPathMm < 0) errors.push('minPathMm: must not be negative.');
  else if (isFiniteNumber(t.lengthMm) && t.minPathMm > t.lengthMm) errors.push('minPathMm: longer than the thread itself (lengthMm).');

  const config = t.configuration;
  const barbed = config === 'cog-uni' || config === 'cog-bi';
  if (barbed) {
    if (t.barbStyle !== 'cut' && t.barbStyle !== 'moulded') errors.push('barbStyle: a cog thread needs "cut" or "moulded".');
  } else if (t.barbStyle !== null) {
    errors.push('barbStyle: must be null for smooth, screw and cone threads.');
  }
  if (config === 'cone') {
    const c = t.coneCount;
    if (!isFiniteNumber(c) || !Number.isInteger(c)) errors.push('coneCount: a cone thread needs a whole number of cones.');
    else if (c < LIMITS.coneCount[0] || c > LIMITS.coneCount[1]) errors.push(`coneCount: ${c} is outside ${LIMITS.coneCount.join('-')}.`);
  } else if (t.coneCount !== null) {
    errors.push('coneCount: must be null unless the thread has cones.');
  }
  // Smooth threads do not hold tissue: calling one a lifting thread is the error the
  // smooth-thread-lift rule exists for, so a type definition may not claim it.
  if ((config === 'mono' || config === 'screw') && t.purpose === 'lifting') {
    errors.push('purpose: smooth (mono or screw) threads are for tightening, not lifting.');
  }
  return errors;
}

/** Problems with a whole catalogue: each type's, plus duplicate ids. */
export function validateCatalogue(values: readonly unknown[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  values.forEach((v, i) => {
    for (const e of validateThreadType(v)) errors.push(`Thread type ${i + 1}: ${e}`);
    const id = isObject(v) ? v.id : undefined;
    if (typeof id === 'string') {
      if (seen.has(id)) errors.push(`Thread type ${i + 1}: id "${id}" is used twice.`);
      seen.add(id);
    }
  });
  return errors;
}
