/**
 * Finding texts in English: key -> template (shared/i18n/message.ts syntax). A rule's finding
 * names its texts by key and gives their parameters (FindingText, ../finding-text.ts); the
 * words are chosen when the finding is shown, in the reader's language. Each finding has a
 * `<id>.title`, `<id>.message` and `<id>.fix`; other keys are parts a parameter names.
 *
 * These templates reproduce, character for character, the sentences the rules wrote before
 * they became data: the English report and CLI output did not change.
 */
export const FINDING_TEXT_EN = {
  // danger-zone
  'danger-zone.title': '{thread} passes through the {structure} zone',
  'danger-zone.message': '{depth} {harm}',
  'danger-zone.fix': 'Reroute the path around the zone, or keep it clearly shallower there (above {aboveMm}) while still in its own layer.',
  'danger-zone.depth.near': 'At {depthMm} deep the path comes within {marginMm} of the layer of the {structure} (from about {fromMm}).',
  'danger-zone.depth.in': 'At {depthMm} deep the path lies in or below the layer of the {structure} (from about {fromMm}).',
  'danger-zone.harm.nerve': 'Injury to the nerve can weaken the muscles it supplies, sometimes for months.',
  'danger-zone.harm.duct': 'Piercing the duct can cause a salivary leak, a swelling (sialocele) or a fistula.',
  'danger-zone.harm.artery': 'Piercing the artery can cause a haematoma, and a thread inside it risks compromising the blood supply.',
  'danger-zone.harm.great-auricular-nerve':
    'This nerve carries feeling, not movement: injury numbs the lower ear, the jaw angle and the skin in front of the ear, or leaves it painful, sometimes for good.',

  // product-expiry
  'product-expiry.title': "{threads}: {lot} expired on {expiry}, before the plan's date {planDate}",
  'product-expiry.message':
    "Sterility and the thread's strength while it dissolves are only warranted until the maker's expiry date. An out-of-date thread should not be used, and the record would show it was.",
  'product-expiry.fix':
    "Use threads from a lot that is in date on the treatment day and record its lot number and expiry; if the plan's date is wrong, correct it in the plan details.",
  'product-expiry.lot': 'lot {number}',
  'product-expiry.noLot': 'a lot with no number recorded',

  // smooth-thread-lift
  'smooth-thread-lift.title': '{thread} is a smooth thread set up to lift',
  'smooth-thread-lift.message':
    'It is planned with {how}, but a smooth thread has no barbs to grip the tissue (it holds about 0.2 N, a cog thread about 1.9 N). Under load it slides through the tissue like a needle through oil: the lift does not last and the thread can migrate.',
  'smooth-thread-lift.fix': 'Use a cog or cone thread for this vector, or keep the smooth thread as an untensioned, unanchored tightening thread.',
  'smooth-thread-lift.how.tension': '{tension} of tension',
  'smooth-thread-lift.how.anchor': 'a fixation zone',
  'smooth-thread-lift.how.both': '{tension} of tension and a fixation zone',

  // over-tension
  'over-tension.beyond-hold.title': '{thread} is tensioned beyond what it can hold',
  'over-tension.beyond-hold.message':
    '{tension} is more than this thread type holds in tissue (about {hold}). The barbs tear through or cut the tissue: the lift is lost and the skin can be left dimpled or deformed.',
  'over-tension.beyond-hold.fix': 'Lower the tension to {hold} or less, or share the lift with more threads.',
  'over-tension.overcorrection.title': '{thread} is tensioned for more overcorrection than intended',
  'over-tension.overcorrection.message':
    '{tension} is predicted to move the tissue about {displacement}. A small overcorrection settles in 2-3 weeks; one this large tends to leave persistent contour deformity and dimpling.',
  'over-tension.overcorrection.fix':
    'Lower the tension so the predicted displacement stays under {maxMm} (about {maxN}), and add a thread if more lift is needed.',

  // length-mismatch
  'length-mismatch.too-long.title': '{thread} is drawn longer than the thread',
  'length-mismatch.too-long.message':
    'The path is {pathMm} but this thread type is {typeMm} long. The far part of the path will have no thread in it, so the lift planned there will not happen.',
  'length-mismatch.too-long.fix': 'Shorten the path to {typeMm} or choose a longer thread type.',
  'length-mismatch.too-short.title': '{thread} is too short for its thread type',
  'length-mismatch.too-short.message':
    'The path is {pathMm} but this type needs at least {minMm} from entry to exit{seat}. Cones or barbs left bunched together hold unevenly and can be felt or seen.',
  'length-mismatch.too-short.fix': 'Lengthen the path to at least {minMm}, or choose a type with fewer cones.',
  'length-mismatch.seatCones': ' to seat its {cones} cones',
  'length-mismatch.barbs-past-end.title': 'The barbed section of {thread} runs past the end of its path',
  'length-mismatch.barbs-past-end.message':
    'The barbs are planned up to {barbsMm} from the entry but the path is only {pathMm} long, so part of the barbed section would lie outside the planned path.',
  'length-mismatch.barbs-past-end.fix': 'End the barbed section at or before {pathMm}, or lengthen the path.',
} as const;

export type FindingTextKey = keyof typeof FINDING_TEXT_EN;
