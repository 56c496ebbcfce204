/**
 * Why main refused a message from the page (shared/ipc/validate.ts), in English: the table that
 * defines the keys (ko.ts and ru.ts are typed on them, so a missing translation fails the type
 * check). Each sentence is the English the validators have always returned, word for word (main
 * logs it, and tests match it). Field names, file names and numbers come in as parameters.
 */
export const IPC_REFUSAL_EN = {
  // The requests, named at the start of a refusal ("save request has ...").
  'request.save': 'save request',
  'request.export': 'export request',
  'request.trainingCase': 'training case request',
  'request.documentState': 'document state',
  'request.closeAnswer': 'close answer',
  'request.preferences': 'preferences patch',
  'request.planText': 'plan text',
  'request.recentId': 'recent file id',
  'request.arguments': 'arguments',

  // A refusal about a part of a request: "{request} {problem}".
  inRequest: '{request} {problem}',
  notPlainData: '{request} could not be read: it is not plain data',
  notObject: '{request} must be an object',
  unexpectedFields: '{request} has unexpected field(s): {fields}',
  notAnId: '{field} must be an id the app issued, not a path',
  recentNotAnId: 'recent file id must be an id the app issued, not a path',
  notString: '{field} must be a string',
  tooLong: '{field} is longer than {max} characters',
  planTextNotString: 'plan text must be a string',
  planTextTooLarge: 'plan text is larger than {max} bytes',
  bytesNotUint8Array: 'export request bytes must be a Uint8Array',
  bytesEmpty: 'export request bytes are empty',
  exportTooLarge: 'export is larger than {max} bytes',
  caseFolderName: 'training case folderName must be a case id (lower-case letters and digits joined by hyphens, at most {max} characters)',
  caseFileCount: 'training case files must be a list of exactly {count} files',
  caseFileNotObject: 'each training case file must be an object',
  caseFileUnexpected: 'training case file has unexpected field(s): {fields}',
  caseFileName: 'training case file name must be one of {names}',
  caseFileTwice: 'training case file {name} is given twice',
  caseFileText: 'training case file {name}: {problem}',
  dirtyNotBoolean: 'document state dirty must be a boolean',
  closeNotBoolean: 'close answer must be a boolean',
  // The preferences' field checks (shared/ipc/preferences.ts) are English: Korean and Russian say
  // the patch was refused without them (a page that sends a bad patch is a bug, and main logs it).
  preferences: 'preferences patch: {problems}',
  noArguments: 'this call takes no arguments',
  oneArgument: 'expected exactly one argument',
} as const;

export type IpcRefusalKey = keyof typeof IPC_REFUSAL_EN;
