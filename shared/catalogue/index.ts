/** The thread catalogue: built-in generic thread types, lookup and validation. */
export type * from './types';
export { THREAD_CATALOGUE, findThreadType } from './thread-types';
export { validateThreadType, validateCatalogue } from './validate';
export { threadTypeName, threadTypeNameById, isBuiltInThreadTypeId, type BuiltInThreadTypeId } from './names';
