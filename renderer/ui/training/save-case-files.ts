/**
 * Writing a new training case's three files (case.json and the two designs). The host has no
 * "write a folder" function, so each file is handed to the browser as a download with the name
 * it must have inside the case folder; docs/training-cases.md says where to put them.
 */
import type { TrainingCaseFiles } from '../../../shared/training';

export function downloadCaseFiles(files: TrainingCaseFiles, doc: Document = document): string[] {
  const names = Object.keys(files) as (keyof TrainingCaseFiles)[];
  for (const name of names) {
    const url = URL.createObjectURL(new Blob([files[name]], { type: 'application/json' }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    doc.body.appendChild(a);
    a.click();
    a.remove();
    // Released once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return names;
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
