/** The analysis engine: pure functions from a plan and the atlas to findings and metrics. */
export { analyze, createAnalyzer, type Analyzer, type AnalyzeOptions } from './analyze';
export { describeRules, RULES } from './registry';
export { findingKey, worstSeverityByThread, sortFindings, SEVERITY_RANK } from './findings';
export { computeThreadGeometry, SAMPLE_STEP_MM, type ThreadGeometry, type PathSample, type Traction } from './thread-geometry';
export { predictedDisplacementMm } from './rules/over-tension';
export * from './types';
export { pullDirection, pullDirectionText, type PullDirection } from './direction';
