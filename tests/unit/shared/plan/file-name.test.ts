import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan';
import { exportFileName, safeFileName } from '../../../../shared/plan/file-name';

const meta = (overrides: Parameters<typeof createEmptyPlan>[0]) => createEmptyPlan(overrides, '2025-05-14').meta;

describe('safeFileName', () => {
  it('removes characters file systems refuse and never returns an empty name', () => {
    expect(safeFileName('Case: 3/4 <left>?')).toBe('Case 3 4 left');
    expect(safeFileName('...hidden')).toBe('hidden');
    expect(safeFileName('trailing. . ')).toBe('trailing');
    expect(safeFileName('tab\there\u0000')).toBe('tab here');
    expect(safeFileName('  ')).toBe('Untitled plan');
    expect(safeFileName('a'.repeat(300))).toHaveLength(100);
  });

  it('drops only leading dots, also behind spaces, and keeps the dots inside a name', () => {
    expect(safeFileName('Dr. K v1.2')).toBe('Dr. K v1.2');
    expect(safeFileName('  .hidden')).toBe('hidden');
    expect(safeFileName('.. notes')).toBe('notes');
  });
});

describe('exportFileName', () => {
  it('is built from the title, the patient id and the date', () => {
    expect(exportFileName(meta({ title: 'Midface lift', patientId: 'P-0042' }), { anonymize: false })).toBe('Midface lift - P-0042 - 2025-05-14.pdf');
  });

  it('never says "Untitled plan" when a title is set, and says it (with the date) when none is', () => {
    expect(exportFileName(meta({ title: 'Jawline 2+2' }), { anonymize: false })).toBe('Jawline 2+2 - 2025-05-14.pdf');
    expect(exportFileName(meta({}), { anonymize: false })).toBe('Untitled plan - 2025-05-14.pdf');
    expect(exportFileName(meta({ title: '' , patientId: 'K-1' }), { anonymize: false })).toBe('Untitled plan - K-1 - 2025-05-14.pdf');
  });

  it('says "Untitled plan" for a title with nothing a file name can keep', () => {
    expect(exportFileName(meta({ title: '???', patientId: 'P-1' }), { anonymize: false })).toBe('Untitled plan - P-1 - 2025-05-14.pdf');
  });

  it('leaves the patient id out of an anonymized copy', () => {
    expect(exportFileName(meta({ title: 'Case 3', patientId: 'Иванова М. П.' }), { anonymize: true })).toBe('Case 3 - 2025-05-14.pdf');
  });

  it('cleans each part with the one cleaner', () => {
    expect(exportFileName(meta({ title: 'Left/right: v2?', patientId: 'A\\B' }), { anonymize: false })).toBe('Left right v2 - A B - 2025-05-14.pdf');
    expect(exportFileName(meta({ title: 'x'.repeat(300) }), { anonymize: false }).length).toBeLessThanOrEqual(104);
  });
});
