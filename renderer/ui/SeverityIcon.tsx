/**
 * Severity as a shape as well as a colour (triangle = critical, circle = warning, square =
 * note), matching the badges on the canvas, so it reads without colour vision.
 */
import type { Severity } from '../../shared/analysis/types';
import { t } from '../i18n';

const LABEL = {
  critical: 'severity.critical',
  warning: 'severity.warning',
  info: 'severity.info',
} as const;

export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  return (
    <svg className={`sev-icon sev-${severity}`} viewBox="0 0 12 12" width="12" height="12" role="img" aria-label={t(LABEL[severity])}>
      {severity === 'critical' ? (
        <path d="M6 1l5 9.5H1z" />
      ) : severity === 'warning' ? (
        <circle cx="6" cy="6" r="4.6" />
      ) : (
        <rect x="1.8" y="1.8" width="8.4" height="8.4" rx="1" />
      )}
    </svg>
  );
}
