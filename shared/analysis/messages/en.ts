/**
 * Finding texts in English: key -> template (shared/i18n/message.ts syntax). A rule's finding
 * names its texts by key and gives their parameters (FindingText, ../finding-text.ts); the
 * words are chosen when the finding is shown, in the reader's language. Each finding has a
 * `<id>.title`, `<id>.message` and `<id>.fix`; other keys are parts a parameter names.
 *
 * These templates reproduce, character for character, the sentences the rules wrote before
 * they became data: the English report and CLI output did not change.
 */
// Sentences several findings of a rule end with (one wording, so they cannot drift apart).
const WHY_SHALLOW =
  'A thread this close to the surface can show or be felt through the skin, and its barbs can cause dimpling, lumps and accordion-like folds.';
const WHY_DERMIS =
  'A thread in the dermis shows through the skin, puckers it and is prone to extrusion and infection; visible threads and dimpling are among the commonest complications.';
const WHY_DEEP =
  'Below its layer a thread grips tissue it is not made for: the barbs hold less predictably, the pull reaches the deeper layers, and the nerves that run under the SMAS come closer. The layer depths are averages: check the depth on the patient.';
const WHY_NERVE =
  'At this depth the cannula and the barbs can injure the nerve: weakness of the muscles a facial nerve branch supplies, or numbness where a sensory nerve (the great auricular) is hurt, sometimes for months.';
const WHY_NERVE_SMOOTH =
  'At this depth the needle or cannula can injure the nerve: weakness of the muscles a facial nerve branch supplies, or numbness where a sensory nerve (the great auricular) is hurt, sometimes for months.';
const WHY_DEEP_SMOOTH =
  'Below its layer a smooth thread does not tighten the skin it is laid for, and the nerves that run under the SMAS come closer. The layer depths are averages: check the depth on the patient.';
/** What gathered tissue on the cheekbone looks like (both cheekbone findings say it, once each). */
const CHEEKBONE_LOOK = 'the cheekbone looks more prominent and the midface wider (widening of 4.7-17.9 mm has been reported)';
const WHY_CHEEKBONE = `Pull that ends or meets on the cheekbone gathers tissue there: ${CHEEKBONE_LOOK}.`;

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
    '{tension} is more than this thread type holds in tissue (about {hold}). {why}',
  'over-tension.beyond-hold.fix': 'Lower the tension to {hold} or less, {instead}',
  'over-tension.why.barbed': 'The barbs tear through or cut the tissue: the lift is lost and the skin can be left dimpled or deformed.',
  'over-tension.why.smooth': 'With no barbs to grip, the thread is drawn through the tissue: the lift is lost and the thread can migrate.',
  'over-tension.instead.barbed': 'or share the lift with more threads.',
  'over-tension.instead.smooth': 'or lift with a cog or cone thread and lay this one without tension.',
  'over-tension.overcorrection.title': '{thread} is tensioned for more overcorrection than intended',
  'over-tension.overcorrection.message':
    '{tension} is predicted to move the tissue about {displacement}. A small overcorrection settles in 2-3 weeks; one this large tends to leave persistent contour deformity and dimpling.',
  'over-tension.overcorrection.fix':
    'Lower the tension so the predicted displacement stays under {maxMm} (about {maxN}), and add a thread if more lift is needed.',

  // length-mismatch
  'length-mismatch.too-long.title': '{thread} is drawn longer than the thread',
  'length-mismatch.too-long.message':
    'The path is {pathMm} but this thread type is {typeMm} long. The far part of the path will have no thread in it, {lost}',
  'length-mismatch.too-long.fix': 'Shorten the path to {typeMm} or choose a longer thread type.',
  'length-mismatch.too-short.title': '{thread} is too short for its thread type',
  'length-mismatch.too-short.message':
    'The path is {pathMm} but this type needs a path of at least {minMm}{seat}. Cones or barbs left bunched together hold unevenly and can be felt or seen.',
  'length-mismatch.too-short.fix': 'Lengthen the path to at least {minMm}, or {instead}',
  'length-mismatch.lost.lift': 'so the lift planned there will not happen.',
  'length-mismatch.lost.smooth': 'so that stretch will go untreated.',
  'length-mismatch.instead.cones': 'choose a type with fewer cones.',
  'length-mismatch.instead.shorter': 'choose a shorter thread type.',
  'length-mismatch.seatCones': ' to seat its {cones} cones',
  'length-mismatch.barbs-past-end.title': 'The barbed section of {thread} runs past the end of its path',
  'length-mismatch.barbs-past-end.message':
    'The barbs are planned up to {barbsMm} from the entry but the path is only {pathMm} long, so part of the barbed section would lie outside the planned path.',
  'length-mismatch.barbs-past-end.fix': 'End the barbed section at or before {pathMm}, or lengthen the path.',

  // thread-count
  'thread-count.title': 'Only {have, plural, one {# lifting thread} other {# lifting threads}} for the {where} on {side}',
  'thread-count.message':
    'For {why}, at least {needed} lifting threads per side are usual for the {where}; {side} has {have, plural, one {# lifting thread} other {# lifting threads}} there ({threads}). Too few threads spread the lift thinly: each has to be tensioned harder, and the pull gathers along fewer lines.',
  'thread-count.fix':
    'Add {add, plural, one {a thread} other {# threads}} to the {where} on this side, fanned a little apart, or note in the plan why fewer are intended (for example a second session).',
  'thread-count.why.grade': 'sagging grade {grade} of 4, {severity}',
  'thread-count.why.combined': 'a plan that combines areas',
  'thread-count.mild': 'mild to moderate',
  'thread-count.severe': 'moderate to severe',
  'thread-count.areasTogether': '{areas} together',
  'thread-count.area.upper-face': 'upper face',
  'thread-count.area.midface': 'midface',
  'thread-count.area.lower-face': 'lower face (jowl and jawline)',
  'thread-count.area.neck': 'neck',

  // crowding
  'crowding.crossing.title': '{threads} cross each other',
  'crowding.crossing.message':
    'Their barbed sections cross. Where two barbed threads cross, the tissue is gathered twice and a lump or an irregular contour forms; the threads can also rub and extrude.',
  'crowding.crossing.fix': 'Fan the threads so they run side by side, or move one so the barbed sections no longer cross.',
  'crowding.close.title': '{threads} run too close together',
  'crowding.close.message':
    'Their barbed sections stay within {spacingMm} of each other for about {runMm}. Barbs this close gather the same strip of tissue, which can show as a ridge, a lump or an uneven surface.',
  'crowding.close.fix': 'Spread the threads to at least {spacingMm} apart, or shorten one barbed section where they run together.',

  // muscle-conflict
  'muscle-conflict.ring.title': '{thread} has barbs inside the {muscle}',
  'muscle-conflict.ring.message':
    'The {muscle} is a ring muscle that {action}. Barbs inside it ({insideMm}) tether it and can make closing uneven or pucker the skin with every movement.',
  'muscle-conflict.ring.fix': 'Keep the barbed section outside the ring muscle: end it before the muscle or route the path around it.',
  'muscle-conflict.crossing.title': '{thread} crosses the {muscle} at {angle}',
  'muscle-conflict.crossing.message':
    'The {muscle} {action}. Barbs laid across its line of action at {angle} ({crossingMm} of barbs) hold the tissue it moves, which can restrict or distort the expression, for example an uneven smile.',
  'muscle-conflict.crossing.fix': "Lay this part of the path along the muscle's line of action (within {maxAngle}), or keep the barbs off the muscle.",
  'muscle-conflict.against.title': '{thread} pulls against the {muscle}',
  'muscle-conflict.against.message':
    "The {muscle} {action}; this thread pulls the same tissue the opposite way ({angle} from the muscle's action). Each movement then fights the thread: the expression looks restricted and the barbs are loaded with every smile or frown.",
  'muscle-conflict.against.fix': 'Turn the vector so it pulls with the muscle, or move the fixation end so the pull no longer opposes it.',
  'muscle-conflict.action.zygomaticus-major': 'draws the mouth corner up and out in a smile',
  'muscle-conflict.action.zygomaticus-minor': 'lifts the upper lip',
  'muscle-conflict.action.levator-labii-superioris': 'lifts the upper lip',
  'muscle-conflict.action.risorius': 'draws the mouth corner sideways',
  'muscle-conflict.action.depressor-anguli-oris': 'pulls the mouth corner down',
  'muscle-conflict.action.orbicularis-oculi': 'closes the eye',
  'muscle-conflict.action.orbicularis-oris': 'closes and purses the lips',
  'muscle-conflict.action.frontalis': 'raises the brow',
  'muscle-conflict.action.platysma': 'draws the jaw and lower lip toward the chest',
  'muscle-conflict.action.masseter': 'closes the jaw',

  // weak-fixation
  'weak-fixation.floating.title': '{thread} is a floating thread',
  'weak-fixation.floating.message':
    'Its barbs hold both ways, so it grips the tissue without an anchor. Floating designs are common, but they report more complications than anchored ones (slipping, irregularities), so check the barbs lie where the tissue is to be held.',
  'weak-fixation.floating.fix': 'To anchor it instead, end it in {zones} and name that zone for the thread.',
  'weak-fixation.mobile-face.title': '{thread} is anchored in mobile tissue',
  'weak-fixation.mobile-face.message':
    'Its fixation point (the {end}) lies in front of the line down from the lateral orbital rim, in the mobile face, away from the retaining ligaments. Mobile tissue does not hold the thread: it slides back and the lift is lost, or the barbs tear through.{oneEnd}',
  'weak-fixation.mobile-face.fix': 'Move the fixation end behind the ligament line, into {zones}.',
  'weak-fixation.zone-mismatch.title': '{thread} is not anchored where the plan says',
  'weak-fixation.zone-mismatch.message':
    'The plan anchors it in {what}, but its fixation point (the {end}) lies outside that zone{otherSide}. The anchor the plan relies on is not where the thread ends.',
  'weak-fixation.zone-mismatch.fix': 'Move the fixation end into the named zone, or name the zone the thread actually ends in.',
  'weak-fixation.no-zone.title': '{thread} has no stable anchor',
  'weak-fixation.no-zone.message':
    'Its fixation point (the {end}) lies in the fixed lateral face but outside every fixation zone. Without a firm anchor the thread can slip and lose its lift.{oneEnd}',
  'weak-fixation.no-zone.fix': 'End the thread in {zones}.',
  'weak-fixation.zone': 'the {zone}',
  'weak-fixation.anyZone': 'a fixation zone',
  'weak-fixation.unknownZone': 'a fixation zone the atlas does not know ({id})',
  'weak-fixation.otherSide': ' (the zone is on the other side)',
  'weak-fixation.entryEnd': 'entry end',
  'weak-fixation.farEnd': 'far end',
  'weak-fixation.oneEnd': ' Its barbs hold both ways, but {tension} of tension (a floating thread is set with at most {max}) pulls it as a lift from this end.',

  // entry-dimpling
  'entry-dimpling.title': 'Barbs of {thread} sit close to its {which}',
  'entry-dimpling.message':
    'A barb {at} lies {depthMm} deep, less than the skin plus {fatMm} of fat below the surface ({limitMm} here, where the skin is about {skinMm}{note}). So close to a puncture, where the thread climbs toward the surface, it can catch the skin and pull it in: a visible dimple or retraction. Dimpling is one of the commonest complications of thread lifts.',
  'entry-dimpling.fix': '{fix}',
  'entry-dimpling.close.entry': 'entry point',
  'entry-dimpling.close.exit': 'far end',
  'entry-dimpling.rightAt.entry': 'right at the entry point',
  'entry-dimpling.rightAt.exit': 'right at the far end',
  'entry-dimpling.from.entry': '{distance} from the entry point',
  'entry-dimpling.from.exit': '{distance} from the far end',
  'entry-dimpling.fix.entry': 'Start the barbed section at least {nearMm} from the entry point, or lay the first part of the path at least {limitMm} deep.',
  'entry-dimpling.fix.exit': 'End the barbed section at least {nearMm} before the far end, or lay the end of the path at least {limitMm} deep.',

  // the patient's depth margin (patient-margin.ts), as the depth rules print it
  'margin.thin': ', plus a margin for thin skin',
  'margin.older': ', plus a margin for a patient aged {age} or over',
  'margin.thinOlder': ', plus a margin for thin skin and for a patient aged {age} or over',
  'margin.olderThick': ', plus a margin for a patient aged {age} or over, less a little for thick skin',
  'margin.thick': ', less a little for thick skin',

  // gravity-direction
  'gravity-direction.downward.title': '{thread} pulls downward',
  'gravity-direction.downward.message':
    'Its pull points {below} below the horizontal, toward its fixation point. It drags the tissue the way gravity already does, deepening the sag it was meant to lift.',
  'gravity-direction.downward.fix': '{fix}',
  'gravity-direction.downward.anchorUpper':
    'Anchor the upper end instead (set the fixation end to the entry point), so the barbs pull the tissue up toward a stable zone.',
  'gravity-direction.downward.fixAbove': 'Place the fixation end above the barbed section, in a stable zone, so the pull runs upward and outward.',
  'gravity-direction.midface-medial.title': '{thread} pulls the midface toward the midline ({off} past vertical)',
  'gravity-direction.midface-medial.message':
    'Its pull leans {off} past vertical toward the nose. Midface vectors usually run superolaterally (up and out toward the temple) or at a right angle to the nasolabial fold; a pull toward the midline drags the cheek onto the nasolabial fold instead of lifting it away.',
  'gravity-direction.midface-medial.fix': '{fix}',
  'gravity-direction.midface-medial.fix.anchored':
    'Fix the upper end further out, toward the temple, so the pull runs up and out.',
  'gravity-direction.midface-medial.fix.floating':
    'It is a floating thread, anchored nowhere: lay its barbed section more steeply up and out, toward the temple, so the line it holds the cheek along runs superolaterally.',
  'gravity-direction.jowl-along-jaw.title': '{thread} pulls the jowl along the jaw line (at {at} to it)',
  'gravity-direction.jowl-along-jaw.message':
    'Its pull meets the jaw line at {at}. Jowl vectors usually pull up and back across the lower border of the jaw, toward the fixed tissue in front of the ear, lifting the jowl off it; a pull this close to the jaw line slides the jowl forward or back more than it lifts it.',
  'gravity-direction.jowl-along-jaw.fix': '{fix}',
  'gravity-direction.jowl-along-jaw.fix.anchored':
    'Fix the upper end higher, in front of the ear or on the zygomatic arch, so the pull crosses the jaw line more steeply.',
  'gravity-direction.jowl-along-jaw.fix.floating':
    'It is a floating thread, anchored nowhere: lay its barbed section more steeply across the jaw line, up and back toward the front of the ear.',
  'gravity-direction.neck-across.title': '{thread} runs across the neck (at {at} to the jaw line)',
  'gravity-direction.neck-across.message':
    'It runs at {at} to the lower border of the jaw. Neck threads usually run parallel to the jaw, toward the mastoid behind the ear, tightening the neck under the jaw line; one laid across the neck pulls the skin in a direction the neck does not sag.',
  'gravity-direction.neck-across.fix': '{fix}',
  'gravity-direction.neck-across.fix.anchored':
    'Lay the thread along the jaw line, a little below it, and fix it behind, toward the mastoid.',
  'gravity-direction.neck-across.fix.floating':
    'It is a floating thread, anchored nowhere: lay its barbed section along the jaw line, a little below it.',
  // a region as the depth findings say where a stretch mostly lies
  'region.in': 'in the {region}',
  'region.outside': 'in an area outside the mapped face',

  // superficial-path
  'superficial-path.intradermal.title': '{thread} runs in the dermis along {length} of its path, mostly {where}',
  'superficial-path.intradermal.message': `Along {length} of its path, mostly {where}, it is shallower than the skin (at {depth} where the skin is about {skin}).{others} ${WHY_DERMIS}{thin}{older}`,
  'superficial-path.intradermal.fix': 'Deepen the path to at least {required} wherever it is shallower than that.',
  'superficial-path.too-shallow.title': '{thread} runs too shallow along {length} of its path, mostly {where}',
  'superficial-path.too-shallow.message': `Along {length} of its path, mostly {where}, it lies closer to the skin than its layer allows (at {depth}, where the skin is about {skin} and the thread needs at least {required}).{others} {why}{thin}{older}`,
  'superficial-path.too-shallow.fix': 'Deepen the path to at least {required} wherever it is shallower than that.',
  'superficial-path.others': ' In all, {total} of the path in {count} separate stretches is too shallow.',
  'superficial-path.why.barbed': WHY_SHALLOW,
  'superficial-path.why.smooth': 'A thread this close to the surface can show or be felt through the skin and leave small lumps along its course.',
  'superficial-path.thinSkin': ' The plan records thin skin, which makes a shallow thread easier to see.',
  'superficial-path.older': ' The patient is {age} or over, whose skin dimples more readily, so the depth it needs is raised.',

  // deep-path
  'deep-path.nerve-plane.title': '{thread} runs too deep along {length} of its path, mostly {where}, in the plane of a nerve',
  'deep-path.nerve-plane.message': `Along {length} of its path, mostly {where}, it lies below the {layer} and reaches the plane of {nerve} (at {depth}, where that plane begins at about {from}).{others} {why}`,
  'deep-path.nerve-plane.fix': 'Bring this stretch up to {bottom} or shallower, into the {layer}.',
  'deep-path.too-deep.title': '{thread} runs too deep along {length} of its path, mostly {where}',
  'deep-path.too-deep.message': `Along {length} of its path, mostly {where}, it lies below the {layer} (at {depth}, where that layer ends at about {end}).{others} {why}`,
  'deep-path.why.barbed': WHY_DEEP,
  'deep-path.why.smooth': WHY_DEEP_SMOOTH,
  'deep-path.nerve.barbed': WHY_NERVE,
  'deep-path.nerve.smooth': WHY_NERVE_SMOOTH,
  'deep-path.too-deep.fix': 'Bring this stretch up to {bottom} or shallower, into the {layer}.',
  'deep-path.others.stretches': ' In all, {total} of the path in {count} separate stretches is too deep.',
  'deep-path.others.below': ' In all, {total} of the path lies below its layer.',
  'deep-path.layer.subdermal': 'layer just under the skin or the fat below it',
  'deep-path.layer.subcutaneous': 'subcutaneous fat',
  'deep-path.layer.smas': 'SMAS',

  // asymmetry
  'asymmetry.one-sided.title': 'Only {side} side is planned',
  'asymmetry.one-sided.message':
    'A one-sided plan is fine when it corrects an existing asymmetry; otherwise the untreated side will look lower after the lift.',
  'asymmetry.one-sided.fix': "If both sides need lifting, mirror the plan to the other side (Mirror) and adjust it to that side's anatomy.",
  'asymmetry.count.title': 'The sides have different numbers of threads (right {right}, left {left})',
  'asymmetry.count.message': '{why}',
  'asymmetry.count.fix': 'Give both sides the same number of threads unless you are correcting an existing asymmetry.',
  'asymmetry.count.why.warning': 'One side is lifted by noticeably more threads than the other, so the result is likely to be uneven.',
  'asymmetry.count.why.info': 'One thread more on one side can be right when it corrects an existing asymmetry; check that it is intended.',
  'asymmetry.force.title': 'The sides are pulled with different force (right {right}, left {left})',
  'asymmetry.force.message':
    "The threads on the right pull with {right} in all, those on the left with {left} (each thread's tension, at most what its type holds): the weaker side gets {share} of the stronger side's pull, so one side will be lifted more than the other.",
  'asymmetry.force.fix': 'Balance the tension or the number of threads between the sides.',
  'asymmetry.force-per-thread.title': 'The threads of the two sides are tensioned differently (per thread: right {right}, left {left})',
  'asymmetry.force-per-thread.message':
    "Each thread on the right pulls with {right} on average, each on the left with {left} (each thread's tension, at most what its type holds): the weaker side's threads give {share} of the stronger side's, beyond what the different number of threads explains, so one side will be lifted more than the other.",
  'asymmetry.force-per-thread.fix': 'Balance the tension of the threads between the sides.',
  'asymmetry.direction.title': 'The sides are lifted in different directions ({apart} apart)',
  'asymmetry.direction.message':
    'The overall pull points {right} on the right and {left} on the left ({apart} apart), so the two sides will be reshaped along different lines.',
  'asymmetry.direction.fix': 'Mirror the vectors of one side onto the other, or adjust them until the directions match.',
  'asymmetry.pair-direction.title': '{threads} pull in different directions ({apart} apart)',
  'asymmetry.pair-direction.message':
    '{rightThread} on the right and its mirror counterpart {leftThread} on the left are drawn as a pair, but their pulls point {apart} apart ({right} on the right, {left} on the left), so the two sides will be reshaped along different lines.',
  'asymmetry.pair-direction.fix': "Turn one of the two threads until their pulls mirror each other (at most {max} apart), or mirror one side's design onto the other.",
  'asymmetry.pair-force.title': '{threads} are tensioned differently (right {right}, left {left})',
  'asymmetry.pair-force.message':
    "{rightThread} on the right and its mirror counterpart {leftThread} on the left are drawn as a pair, but one is tensioned at {right} (right) and the other at {left} (left): the weaker gets {share} of the stronger one's tension, so one side will be lifted more than the other.",
  'asymmetry.pair-force.fix': 'Give the two threads the same tension, unless the difference corrects an existing asymmetry.',
  'asymmetry.unmatched.title': '{threads} {count, plural, one {has} other {have}} no counterpart on the other side',
  'asymmetry.unmatched.message':
    'Both sides have as many threads, but {described} {count, plural, one {has no thread like it} other {have no thread like them}} on the other side: the two sides treat different areas, so one area will be lifted on one side only.',
  'asymmetry.unmatched.fix': 'Give each thread a mirrored counterpart (Mirror), unless the difference corrects an existing asymmetry.',
  'asymmetry.unmatched.thread': '{thread} ({side}, {region})',
  'asymmetry.side.right': 'right',
  'asymmetry.side.left': 'left',

  // cheekbone-concentration
  'cheekbone-concentration.malar-share.title': '{share} of the midface pull on {side} gathers on the cheekbone',
  'cheekbone-concentration.malar-share.message': `{threads} {count, plural, one {ends or meets} other {end or meet}} on the malar prominence, and {count, plural, one {it gives} other {they give}} {share} of the pull the side's lifting threads put on the midface. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.malar-share.fix':
    'Spread the pull over several threads in different directions, anchor behind the ligament line (deep temporal fascia or zygomatic arch) and let the barbs end below the cheekbone, in the mid-cheek.',
  'cheekbone-concentration.anchored.title': '{thread} is anchored on the cheekbone',
  'cheekbone-concentration.anchored.message': `Its fixation point lies on the malar prominence, so the tissue it lifts is pulled onto the cheekbone. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.anchored.fix': 'Move the fixation end behind the ligament line, into the deep temporal fascia band or onto the zygomatic arch.',
  'cheekbone-concentration.barb-end.title': 'The barbs of {thread} stop on the cheekbone',
  'cheekbone-concentration.barb-end.message': `Tissue bunches where a barbed section ends; here that is on the malar prominence. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.barb-end.fix': 'Lengthen or shift the barbed section so that it ends below the cheekbone (mid-cheek) or behind it (temple), not on it.',
  'cheekbone-concentration.converging.title': '{threads} pull across each other on the cheekbone',
  'cheekbone-concentration.converging.message': `Their traction lines cross on the malar prominence, so their pull meets there. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.converging.fix':
    'Fan the threads so their pulls run side by side toward separate points behind the ligament line, without crossing on the cheekbone.',
  'cheekbone-concentration.single-thread.title': '{thread} carries {amount} on {side}',
  'cheekbone-concentration.single-thread.message': `{thread}, tensioned at {tension}, gives {share} of the pull the lifting threads on this side put on the midface{rest}. One thread doing most of the lifting concentrates the pull along a single line and gathers tissue at its end. ${WHY_CHEEKBONE}`,
  'cheekbone-concentration.single-thread.fix': 'Share the lift between 2-4 threads per side in slightly different directions, each with moderate tension.',
  'cheekbone-concentration.amount.all': 'all the midface pull',
  'cheekbone-concentration.amount.share': '{share} of the midface pull',
  'cheekbone-concentration.rest': ' ({others, plural, =1 {the other thread gives} other {the other # threads give}} the rest)',
  'cheekbone-concentration.simulated-gathering.title': 'The simulated map gathers tissue on the cheekbone on {side}',
  'cheekbone-concentration.simulated-gathering.message': `In the tissue simulation the malar prominence loses {mean} of its area on average ({perN} per newton of the side's {pull} midface pull; the simulated peak there is {peak}). The map is illustrative, not a validated prediction; the geometry says why: pull that ends or meets on the cheekbone, or runs along one line, gathers the tissue there, and ${CHEEKBONE_LOOK}.`,
  'cheekbone-concentration.simulated-gathering.fix':
    'Spread the pull over several threads in different directions, anchor behind the ligament line (deep temporal fascia or zygomatic arch) and let the barbs end below the cheekbone, in the mid-cheek; the map should then show the gathering spread over the midface.',
} as const;

export type FindingTextKey = keyof typeof FINDING_TEXT_EN;
