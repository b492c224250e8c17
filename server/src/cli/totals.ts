// Counts findings by severity and turns them into the exit code.
import type { FileReport } from './file-report.js';

export interface Totals {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export function tally(reports: readonly FileReport[]): Totals {
  const t: Totals = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    const f = r.formatted?.totals;
    if (f) for (const k of SEVERITIES) t[k] += f[k];
    else for (const d of r.diagnostics) t[d.severity]++;
  }
  return t;
}

/** 0 clean, 1 errors or too many warnings (maxWarnings -1: no limit), 2 a file could not be read. */
export function exitCodeFor(reports: readonly FileReport[], maxWarnings: number): 0 | 1 | 2 {
  if (reports.some((r) => r.readError)) return 2;
  const t = tally(reports);
  if (t.error > 0) return 1;
  if (maxWarnings >= 0 && t.warning > maxWarnings) return 1;
  return 0;
}
