// The JSON report, version 1, shaped exactly as issue 2 specifies.
import { toJsonFile, type FileReport } from './file-report.js';

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify({ version: 1, files: reports.filter((r) => !r.readError).map(toJsonFile) }, null, 2) + '\n';
}
