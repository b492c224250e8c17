// The JSON report, version 1, shaped exactly as issue 2 specifies.
import { jsonFileText, type FileReport } from './file-report.js';

/** `JSON.stringify({ version: 1, files }, null, 2)`, from each file's own text (`jsonFileText`). */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.filter((r) => !r.readError);
  if (files.length === 0) return '{\n  "version": 1,\n  "files": []\n}\n';
  let out = '{\n  "version": 1,\n  "files": [\n';
  for (let i = 0; i < files.length; i++) out += (i === 0 ? '    ' : ',\n    ') + jsonFileText(files[i]!);
  return out + '\n  ]\n}\n';
}
