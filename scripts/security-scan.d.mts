// Types for scripts/security-scan.mjs (used by tests/unit/electron/security-scan.test.ts).
export interface ScanIssue {
  readonly id: string;
  readonly file: string;
  readonly description: string;
  readonly sample?: string;
  readonly location: { readonly line: number; readonly column: number };
}
export interface ScanResult {
  readonly issues: readonly ScanIssue[];
  readonly accepted: ReadonlyArray<{ readonly issue: ScanIssue; readonly reason: string }>;
  readonly errors: ReadonlyArray<{ readonly file: string; readonly message: string; readonly tolerable: boolean }>;
  readonly buildMs: number;
  readonly scanMs: number;
}
export const EXCLUDED_CHECKS: Readonly<Record<string, string>>;
export function runSecurityScan(options?: { root?: string; doBuild?: boolean; keep?: boolean }): Promise<ScanResult>;
