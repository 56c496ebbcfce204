import type { AnalysisResult, Finding } from '../analysis/types';

/**
 * What counts as a problem in training: a warning or a critical finding. Info notes (for example
 * one thread more on one side) are advice, not mistakes. A module of its own so the designer's
 * exercise bar can count problems without loading case making and plan comparison.
 */
export const isProblem = (f: Finding): boolean => f.severity === 'warning' || f.severity === 'critical';

/** Problems (warnings and critical findings) in an analysis: the count an exercise shows going down. */
export const problemsOf = (analysis: AnalysisResult): readonly Finding[] => analysis.findings.filter(isProblem);
