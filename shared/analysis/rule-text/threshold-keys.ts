/**
 * Every threshold's name and unit, as types: Threshold.name and Threshold.unit are typed on
 * them, so a threshold added to a rule without its words in Korean and Russian
 * (thresholds-ko.ts, thresholds-ru.ts) fails the type check.
 */

export type ThresholdName =
  | 'malarShareMax'
  | 'dominantThreadShareMax'
  | 'dominanceMinPullN'
  | 'simulatedProminenceGatheringPerNMax'
  | 'subcutaneousMarginMm'
  | 'smasToleranceMm'
  | 'thinSkinExtraMm'
  | 'thickSkinReliefMm'
  | 'olderPatientFromAgeYears'
  | 'olderPatientExtraMm'
  | 'deepToleranceMm'
  | 'barbToPunctureMinMm'
  | 'shallowBelowSkinMm'
  | 'crossingAngleMaxDeg'
  | 'againstActionMinDeg'
  | 'minConflictLengthMm'
  | 'dangerDepthMarginMm'
  | 'zoneEdgeToleranceMm'
  | 'floatingTensionMaxN'
  | 'smoothTensionMaxN'
  | 'tensionToHoldingForceMax'
  | 'feDisplacementAt2N'
  | 'feDisplacementAt4N'
  | 'intendedDisplacementMaxMm'
  | 'safeSpacingMm'
  | 'minCrowdedLengthMm'
  | 'sharedEntryRadiusMm'
  | 'lengthToleranceMm'
  | 'belowHorizontalMaxDeg'
  | 'midfaceMedialLeanMaxDeg'
  | 'jowlAngleToJawMinDeg'
  | 'neckAngleToJawMaxDeg'
  | 'countDifferenceWarning'
  | 'forceDifferenceMax'
  | 'directionDifferenceMaxDeg'
  | 'mirrorPairCostMaxMm'
  | 'threadsPerSideMildModerateMin'
  | 'threadsPerSideModerateSevereMin'
  | 'moderateSevereFromGrade'
  | 'threadsPerSideCombinedMin'
  | 'expiryMarginDays';

export type ThresholdUnit = 'mm' | 'deg' | 'N' | 'share' | 'share per N' | 'x holding force' | 'years' | 'threads' | 'grade (0-4)' | 'days';

/**
 * A threshold's sentence in one language: a template (shared/i18n/message.ts) where {value} is
 * the threshold's value and other {names} are the threshold's `params`, so every number in it is
 * the rule's own constant, written the language's way.
 */
export type ThresholdTextTable = Readonly<Record<ThresholdName, string>>;

export type ThresholdUnitTable = Readonly<Record<ThresholdUnit, string>>;

/**
 * A threshold's source in one language: the citation and the reasoning behind the value, a
 * template like the sentence ({value} and the params). Citations (authors, years, journals, file
 * names) stay as published; the explanation is translated.
 */
export type ThresholdSourceTable = Readonly<Record<ThresholdName, string>>;
