import type { RegionKind, TissueLayers } from './types';

/**
 * Tissue layer thickness per region kind (skin, superficial fat, SMAS or its equivalent), in
 * millimetres from the surface down. Both sides use the same figures.
 *
 * Two published figures anchor the table (shared/domain.md):
 * - along temple and pre-auricular paths, skin 2.1 +/- 0.4 mm and superficial fat 5.2 +/- 1.9 mm;
 * - superficial fat rises by region: nasal root (~1.6 mm) < supra-orbital < forehead < temple
 *   < cheek < infra-orbital < perioral (~5.1 mm); jowl skin is thinner and its fat thicker than
 *   the cheek's.
 * Everything else is a design choice, interpolated in that order and said so per entry. The
 * superficial-path and danger-zone rules read these through tissueAt(); danger-zone depths in
 * danger-zones.ts are derived from the same figures so the two stay consistent.
 */
export interface RegionTissue {
  readonly tissue: TissueLayers;
  readonly source: string;
}

const ORDER = 'regional fat ordering nasal root < supra-orbital < forehead < temple < cheek < infra-orbital < perioral (shared/domain.md)';

export const TISSUE_BY_KIND: Readonly<Record<RegionKind, RegionTissue>> = {
  nose: {
    tissue: { skinMm: 1.4, fatMm: 1.6, smasMm: 0.8 },
    source: `Fat: nasal root ~1.6 mm, lowest of the ${ORDER}. Skin and nasal SMAS: design choice, thin skin over the nasal bones.`,
  },
  brow: {
    tissue: { skinMm: 1.8, fatMm: 2.2, smasMm: 1.5 },
    source: `Fat: design choice: interpolated between nasal root (1.6) and forehead, the supra-orbital step of the ${ORDER}. Skin: design choice, a little thinner than the temple's 2.1 mm. SMAS: design choice, frontalis/orbicularis sheet.`,
  },
  forehead: {
    tissue: { skinMm: 2.0, fatMm: 2.7, smasMm: 1.5 },
    source: `Fat: design choice: interpolated between supra-orbital and temple in the ${ORDER}. Skin: design choice, close to the temple's 2.1 mm. SMAS: design choice, frontalis and galea.`,
  },
  temple: {
    tissue: { skinMm: 2.1, fatMm: 4.0, smasMm: 1.5 },
    source: `Skin 2.1 mm: temple/pre-auricular path measurement (shared/domain.md). Fat 4.0 mm: design choice: below cheek in the ${ORDER}, and within one SD of the path measurement 5.2 +/- 1.9 mm. SMAS here is the temporoparietal fascia: design choice 1.5 mm.`,
  },
  preauricular: {
    tissue: { skinMm: 2.1, fatMm: 5.2, smasMm: 1.5 },
    source: 'Skin 2.1 +/- 0.4 mm and superficial fat 5.2 +/- 1.9 mm: measured along temple and pre-auricular paths (shared/domain.md). SMAS: design choice 1.5 mm (thicker over the parotid).',
  },
  malar: {
    tissue: { skinMm: 1.8, fatMm: 4.7, smasMm: 1.2 },
    source: `Fat: design choice: the malar fat pad carries the infra-orbital figure, between cheek and perioral in the ${ORDER}. Skin and SMAS: design choice.`,
  },
  periorbital: {
    tissue: { skinMm: 1.0, fatMm: 1.2, smasMm: 1.0 },
    source: 'Design choice: eyelid and orbital skin is the thinnest of the face and has almost no subcutaneous fat; not part of the published regional series. SMAS here is orbicularis oculi.',
  },
  submalar: {
    tissue: { skinMm: 1.7, fatMm: 4.4, smasMm: 1.2 },
    source: `Fat: the "cheek" step of the ${ORDER}: design choice: interpolated between temple (4.0) and infra-orbital (4.7). Skin and SMAS: design choice.`,
  },
  nasolabial: {
    tissue: { skinMm: 1.8, fatMm: 4.9, smasMm: 1.0 },
    source: `Fat: design choice: interpolated between infra-orbital (4.7) and perioral (5.1) in the ${ORDER}. Skin and SMAS: design choice.`,
  },
  perioral: {
    tissue: { skinMm: 1.8, fatMm: 5.1, smasMm: 1.2 },
    source: `Fat ~5.1 mm: perioral, the highest of the ${ORDER}. Skin and SMAS (orbicularis oris): design choice.`,
  },
  marionette: {
    tissue: { skinMm: 1.6, fatMm: 5.2, smasMm: 1.0 },
    source: 'Design choice: interpolated between perioral (fat 5.1) and jowl (fat 5.6, skin 1.4), its neighbours.',
  },
  jowl: {
    tissue: { skinMm: 1.4, fatMm: 5.6, smasMm: 1.0 },
    source: 'Jowl skin is thinner and its fat thicker than the cheek\'s (shared/domain.md): design choice: skin 1.4 mm vs cheek 1.7 mm, fat 5.6 mm vs cheek 4.4 mm. SMAS/platysma: design choice.',
  },
  jawline: {
    tissue: { skinMm: 1.6, fatMm: 4.8, smasMm: 1.0 },
    source: 'Design choice: interpolated between jowl (fat 5.6) and neck (fat 4.4) along the mandibular border.',
  },
  chin: {
    tissue: { skinMm: 2.0, fatMm: 4.6, smasMm: 1.2 },
    source: 'Design choice: firm chin skin slightly thicker than the cheek\'s; fat a little below perioral (5.1). SMAS here is mentalis/orbicularis.',
  },
  neck: {
    tissue: { skinMm: 1.5, fatMm: 4.4, smasMm: 1.0 },
    source: 'Design choice: thin neck skin over submental and lateral neck fat (varies widely with weight); SMAS here is the platysma, about 1 mm.',
  },
};

/** Depth of the deep surface of the superficial fat (skin + fat), where SMAS-level structures begin. */
export const depthToSmas = (kind: RegionKind): number => {
  const t = TISSUE_BY_KIND[kind].tissue;
  return Math.round((t.skinMm + t.fatMm) * 10) / 10;
};
