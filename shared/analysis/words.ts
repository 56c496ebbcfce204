import type { DangerZoneKind, FixationZoneKind, MuscleKind, RegionKind } from '../atlas/types';
import type { Side } from '../plan/types';

/**
 * The English words of findings (messages/locale-words.ts uses them; Korean and Russian are in
 * messages/words-ko.ts and words-ru.ts), so every finding names threads, sides and places the
 * same way. Threads are named by their 1-based position in the plan ("thread 3"), which is the
 * number the diagram and the PDF show next to each thread.
 */

/**
 * Thread numbers in ascending order, as a new array. An insertion sort: the lists are a few
 * numbers, and Array.prototype.sort's work arrays were the largest single allocation of sorting a
 * large plan's findings (which renders each tied finding's title).
 */
export function ascending(numbers: readonly number[]): number[] {
  const sorted = numbers.slice();
  for (let i = 1; i < sorted.length; i++) {
    const v = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && sorted[j]! > v) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = v;
  }
  return sorted;
}

export function threadList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `thread ${numbers[0]}`;
  const sorted = ascending(numbers);
  if (sorted.length === 0) return 'no thread';
  if (sorted.length === 1) return `thread ${sorted[0]}`;
  const head = sorted.slice(0, -1).join(', ');
  return `threads ${head} and ${sorted[sorted.length - 1]}`;
}

/** The patient's side in words; the diagram shows the patient's right on the viewer's left. */
export const sideWords = (side: Side): string => `the patient's ${side}`;

const REGION_WORDS: Readonly<Record<RegionKind, string>> = {
  forehead: 'forehead',
  temple: 'temple',
  brow: 'brow',
  periorbital: 'area around the eye',
  malar: 'cheekbone (malar prominence)',
  submalar: 'mid-cheek below the cheekbone',
  nasolabial: 'nasolabial fold',
  perioral: 'area around the mouth',
  marionette: 'marionette area',
  jowl: 'jowl',
  jawline: 'jawline',
  chin: 'chin',
  preauricular: 'area in front of the ear',
  neck: 'neck',
  nose: 'side of the nose',
};

export const regionWords = (kind: RegionKind | null | undefined): string =>
  kind ? REGION_WORDS[kind] : 'an area outside the mapped face';

/** Millimetres and newtons printed the same way everywhere. */
export const mm = (value: number): string => `${round1(value)} mm`;
export const newtons = (value: number): string => `${round2(value)} N`;
export const degrees = (value: number): string => `${Math.round(value)}°`;
export const percent = (share: number, decimals = 0): string => `${(Math.round(share * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals)}%`;

const round1 = (v: number): string => {
  const r = Math.round(v * 10) / 10 + 0; // + 0: no "-0"
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
};
const round2 = (v: number): string => String(Math.round(v * 100) / 100);

const MUSCLE_WORDS: Readonly<Record<MuscleKind, string>> = {
  'zygomaticus-major': 'zygomaticus major',
  'zygomaticus-minor': 'zygomaticus minor',
  'levator-labii-superioris': 'levator labii superioris',
  risorius: 'risorius',
  'depressor-anguli-oris': 'depressor anguli oris',
  'orbicularis-oculi': 'orbicularis oculi',
  'orbicularis-oris': 'orbicularis oris',
  frontalis: 'frontalis',
  platysma: 'platysma',
  masseter: 'masseter',
};

export const muscleWords = (kind: MuscleKind): string => MUSCLE_WORDS[kind];

const DANGER_WORDS: Readonly<Record<DangerZoneKind, string>> = {
  'temporal-branch': 'temporal (frontal) branch of the facial nerve',
  'zygomatic-buccal-branches': 'zygomatic and buccal branches of the facial nerve',
  'marginal-mandibular-branch': 'marginal mandibular branch of the facial nerve',
  'great-auricular-nerve': 'great auricular nerve',
  'parotid-duct': 'parotid duct',
  'facial-artery': 'facial artery',
  'angular-artery': 'angular artery',
  'superficial-temporal-artery': 'superficial temporal artery (frontal branch)',
};

export const dangerWords = (kind: DangerZoneKind): string => DANGER_WORDS[kind];

const FIXATION_WORDS: Readonly<Record<FixationZoneKind, string>> = {
  'deep-temporal-fascia': 'deep temporal fascia band',
  'zygomatic-arch': 'zygomatic arch',
  'lateral-orbital-rim': 'lateral orbital rim',
  'preauricular-smas': 'pre-auricular SMAS in front of the ear',
  'mastoid-fascia': 'mastoid fascia behind the ear lobe',
  'temporal-scalp': 'temporal scalp (galea)',
};

export const fixationWords = (kind: FixationZoneKind): string => FIXATION_WORDS[kind];
