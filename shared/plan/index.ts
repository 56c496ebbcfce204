/** The `.vlift` plan document: types, loading, validation, migrations, writing, schema, helpers. */
export * from './types';
export * from './limits';
export { formatPlanError, describeValue, pointerFromSegments, segmentsFromPointer, type PlanError } from './errors';
export { parsePlanText, type ParseResult, type ParseOptions } from './parse';
export { validatePlan, type ValidateOptions, type ValidateResult } from './validate';
export { MIGRATIONS, applyMigrations, migrateToCurrent, type Migration, type MigrationResult } from './migrations';
export { serializePlan, canonicalPlan } from './serialize';
export { PLAN_JSON_SCHEMA } from './schema';
export { createEmptyPlan, nextId, todayIso } from './factory';
export { mirrorPlan, mirrorThread, mirrorEntryPoint, mirrorFixationZoneId, otherSide } from './mirror';
