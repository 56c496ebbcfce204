/** Helpers for the "Save as training case" form (SaveCaseDialog). */
import type { TrainingCaseSaveRequest } from '../../../shared/ipc/contract';
import type { TrainingCaseFiles } from '../../../shared/training';

/** The bridge request for a made case: its three files, into a folder named by the case id. */
export function caseSaveRequest(id: string, files: TrainingCaseFiles): TrainingCaseSaveRequest {
  return { folderName: id, files: (Object.keys(files) as (keyof TrainingCaseFiles)[]).map((name) => ({ name, text: files[name] })) };
}

/** A case id from a title: lower-case words of letters and digits joined by hyphens (CASE_ID_PATTERN). */
export function caseIdFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}
