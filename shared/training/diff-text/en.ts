/**
 * The training comparison's "what changed" words in English. The keys are defined here; ko.ts and
 * ru.ts are typed on them, so a key missing from a translation fails the type check. Templates use
 * the shared message syntax (shared/i18n/message.ts): numbers are written the language's way.
 */
export const DIFF_TEXT_EN = {
  /**
   * Thread numbering (see numberingNote): a thread is named by its number in the design the
   * change starts from (the poor design; in an exercise, the design the trainee started from),
   * the number its diagram shows and the resolved findings use. Its number in the other design is
   * added only where it differs, and a thread only the other design has is named as that
   * design's thread.
   */
  thread: 'Thread {number} ({side})',
  'threadRenumbered.corrected': 'Thread {number} ({side}; thread {now} in the corrected design)',
  'threadRenumbered.yours': 'Thread {number} ({side}; thread {now} in your plan)',
  'threadAdded.corrected': 'Thread {number} of the corrected design ({side})',
  'threadAdded.yours': 'Thread {number} of your plan ({side})',
  threadRemoved: 'Thread {number} ({side})',
  /** Above the list: which design's numbers it uses. */
  'numbering.corrected': "Threads are numbered as in the poor design (its diagram and its findings); a thread's number in the corrected design is added where it differs.",
  'numbering.yours': "Threads are numbered as in the design you started from (its findings); a thread's number in your plan is added where it differs.",
  line: '{head}: {changes}',
  /** Between one thread's changes. */
  changeSeparator: '; ',
  /** Between the parts of a path change, and between directions of one shift. */
  partSeparator: ', ',
  'side.left': "patient's left",
  'side.right': "patient's right",
  'sideTo.left': 'left',
  'sideTo.right': 'right',
  'change.side': "moved to the patient's {side} side",
  'change.type': 'thread type {from} → {to}',
  'change.entry': 'starts from another entry point',
  'change.path': 'path {parts}',
  'path.start': 'start moved {shift}',
  'path.end': 'far end moved {shift}',
  'path.reshaped': 'reshaped ({from} → {to, plural, one {# point} other {# points}})',
  'path.length': 'length {from} mm → {to} mm',
  /** How far and which way a point moved; the verb is in the template that uses it (its grammar depends on what moved). */
  shift: '{distance} mm',
  shiftToward: '{distance} mm {directions}',
  directionSeparator: ' and ',
  'direction.up': 'up',
  'direction.down': 'down',
  'direction.outward': 'outward',
  'direction.medial': 'toward the midline',
  'change.depth': 'depth {from} → {to}',
  'depth.one': '{depth} mm',
  'depth.span': '{low}-{high} mm',
  'change.barbs': 'barbed section {from} → {to}',
  'barbs.none': 'none',
  'barbs.span': '{start}-{end} mm',
  'change.fixation': 'fixation {from} → {to}',
  'fixation.entryEnd': 'entry end in {zone}',
  'fixation.farEnd': 'far end in {zone}',
  'zone.none': 'no fixation zone',
  'zone.unknown': 'a fixation zone this atlas does not know',
  /** A zone the atlas knows, by its name in running text ("the deep temporal fascia"). */
  'zone.named': 'the {name}',
  'change.tension': 'tension {from} N → {to} N',
  /** A thread's lot: its number and expiry as recorded for the product table and the expiry check. */
  'change.lot': 'lot {from} → {to}',
  'lot.both': '{number}, expiry {expiry}',
  'lot.number': '{number}, no expiry recorded',
  'lot.expiry': 'no number, expiry {expiry}',
  'lot.none': 'not recorded',
  'change.notes': 'notes edited',
  entry: 'Entry point {label}: moved {shift}',
  /** The entry point's move without its name, for a list that names the entry point itself. */
  entryShift: 'moved {shift}',
} as const;

export type DiffTextKey = keyof typeof DIFF_TEXT_EN;
