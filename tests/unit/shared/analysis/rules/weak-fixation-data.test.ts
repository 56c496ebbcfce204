import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../shared/analysis';
import type { Finding } from '../../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../../shared/atlas';
import type { PlanDocument } from '../../../../../shared/plan/types';
import { mirrorSpec } from '../../../../../cli/examples/builder';
import { TEMPLE, findingsOf, midfaceVector, oneSide, run } from '../helpers';
import { BI, JOWL_ENTRY, UNI, floatingJowl } from './weak-fixation-fixtures';

/**
 * Weak fixation read from the findings' data (severity, threads, side, text key and parameters),
 * not their English: the floating limit at exactly 1 N, which end and which zones each warning
 * names, and a fixation zone of the other side.
 */

const rule = 'weak-fixation' as const;
const found = (plan: PlanDocument) => findingsOf(run(plan), rule);
const summary = (f: Finding) => ({ severity: f.severity, aspect: f.aspect, side: f.side, threads: f.threads, id: f.text!.id });
const params = (f: Finding) => f.text!.params as Record<string, unknown>;
const zone = (kind: string) => ({ text: 'weak-fixation.zone', params: { zone: { fixation: kind } } });
/** The left side's fixation zones, in the atlas's order. */
const LEFT_ZONES = { orList: ['deep-temporal-fascia', 'zygomatic-arch', 'lateral-orbital-rim', 'preauricular-smas', 'mastoid-fascia', 'temporal-scalp'].map(zone) };
const FIRST = { threads: [1], start: true };
const ENTRY_END = { text: 'weak-fixation.entryEnd' };
/** The temple entry on the right side of the face. */
const RIGHT_TEMPLE = [-TEMPLE[0], TEMPLE[1]] as const;
const withZoneId = (plan: PlanDocument, id: string | null): PlanDocument => ({ ...plan, threads: plan.threads.map((t) => ({ ...t, fixationZoneId: id })) });

describe('weak-fixation, read from its data', () => {
  it('a floating self-anchoring thread at exactly 1 N is the floating design; just above 1 N it is a lift from one end', () => {
    const at = (tension: number) => found(oneSide('left', JOWL_ENTRY, [floatingJowl({ tension })]));
    expect(at(1).map(summary)).toEqual([{ severity: 'info', aspect: 'floating', side: 'left', threads: ['t1'], id: 'weak-fixation.floating' }]);
    expect(params(at(1)[0]!)).toEqual({ thread: FIRST, zones: LEFT_ZONES });
    const above = at(1 + 1e-9);
    expect(above.map(summary)).toEqual([{ severity: 'warning', aspect: 'mobile-face', side: 'left', threads: ['t1'], id: 'weak-fixation.mobile-face' }]);
    expect(params(above[0]!)).toEqual({
      thread: FIRST,
      end: ENTRY_END,
      oneEnd: { text: 'weak-fixation.oneEnd', params: { tension: { newtons: 1 + 1e-9 }, max: { newtons: 1 } } },
      zones: LEFT_ZONES,
    });
  });

  it('a one-way cog in the mobile face names its end and its side\'s zones, with no one-end clause', () => {
    const f = found(oneSide('left', JOWL_ENTRY, [floatingJowl({ type: UNI })]));
    expect(f.map(summary)).toEqual([{ severity: 'warning', aspect: 'mobile-face', side: 'left', threads: ['t1'], id: 'weak-fixation.mobile-face' }]);
    expect(params(f[0]!)).toEqual({ thread: FIRST, end: ENTRY_END, oneEnd: '', zones: LEFT_ZONES });
  });

  it('a bidirectional cog that names a zone is not a floating design: no one-end clause, and the far end named', () => {
    const f = found(oneSide('left', TEMPLE, [midfaceVector(23, 65, { type: BI, fixationEnd: 'distal' })]));
    expect(f.map(summary)).toEqual([{ severity: 'warning', aspect: 'mobile-face', side: 'left', threads: ['t1'], id: 'weak-fixation.mobile-face' }]);
    expect(params(f[0]!)).toMatchObject({ end: { text: 'weak-fixation.farEnd' }, oneEnd: '' });
  });

  it('a fixation point in the fixed face outside every zone: a no-zone warning with its data', () => {
    const f = found(oneSide('left', [60, -18], [midfaceVector(12, 64, { type: UNI, zone: null })]));
    expect(f.map(summary)).toEqual([{ severity: 'warning', aspect: 'no-zone', side: 'left', threads: ['t1'], id: 'weak-fixation.no-zone' }]);
    expect(params(f[0]!)).toEqual({ thread: FIRST, end: ENTRY_END, oneEnd: '', zones: LEFT_ZONES });
  });

  it('a declared zone that does not hold the point is named by its kind; an unknown one by its id', () => {
    const arch = found(oneSide('left', TEMPLE, [midfaceVector(23, 65, { zone: 'zygomatic-arch' })]));
    expect(arch.map(summary)).toEqual([{ severity: 'warning', aspect: 'zone-mismatch', side: 'left', threads: ['t1'], id: 'weak-fixation.zone-mismatch' }]);
    expect(params(arch[0]!)).toEqual({ thread: FIRST, what: zone('zygomatic-arch'), end: ENTRY_END, otherSide: '' });
    const unknown = found(withZoneId(oneSide('left', TEMPLE, [midfaceVector(23, 65)]), 'occipital-fascia-left'));
    expect(params(unknown[0]!)).toMatchObject({ what: { text: 'weak-fixation.unknownZone', params: { id: 'occipital-fascia-left' } }, otherSide: '' });
  });

  it('a zone of the other side does not anchor a thread, even with its point inside it', () => {
    // A left thread drawn from the right temple, inside the right deep temporal fascia band.
    const crossed = oneSide('left', RIGHT_TEMPLE, [mirrorSpec(midfaceVector(23, 65, { type: UNI }))]);
    const declared = found(withZoneId(crossed, 'deep-temporal-fascia-right'));
    expect(declared.map(summary)).toEqual([{ severity: 'warning', aspect: 'zone-mismatch', side: 'left', threads: ['t1'], id: 'weak-fixation.zone-mismatch' }]);
    expect(params(declared[0]!)).toEqual({ thread: FIRST, what: zone('deep-temporal-fascia'), end: ENTRY_END, otherSide: { text: 'weak-fixation.otherSide' } });
    expect(found(withZoneId(crossed, null)).map((f) => f.aspect)).toEqual(['no-zone']);
  });

  it('with no fixation zone on the thread\'s side in the atlas, the zones are "any fixation zone"', () => {
    const rightOnly = { ...CANONICAL_ATLAS, fixationZones: CANONICAL_ATLAS.fixationZones.filter((z) => z.side === 'right') };
    const f = findingsOf(analyze(oneSide('left', JOWL_ENTRY, [floatingJowl()]), rightOnly), rule);
    expect(params(f[0]!)).toEqual({ thread: FIRST, zones: { text: 'weak-fixation.anyZone' } });
  });

  it('a barbed thread of a type the catalogue does not know is held to its end like a one-way cog', () => {
    const f = found(oneSide('left', JOWL_ENTRY, [floatingJowl({ type: 'unknown-cog' })]));
    expect(f.map(summary)).toEqual([{ severity: 'warning', aspect: 'mobile-face', side: 'left', threads: ['t1'], id: 'weak-fixation.mobile-face' }]);
    expect(params(f[0]!)).toMatchObject({ oneEnd: '' });
  });
});
