// The JSON report, version 1, shaped exactly as issue 2 specifies.
import { jsonFileChunk, jsonFileText, type FileReport } from './file-report.js';

/** `JSON.stringify({ version: 1, files }, null, 2)`, from each file's own text (`jsonFileText`). */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.filter((r) => !r.readError);
  if (files.length === 0) return JSON_EMPTY;
  let out = JSON_HEAD;
  for (let i = 0; i < files.length; i++) out += (i === 0 ? '    ' : ',\n    ') + jsonFileText(files[i]!);
  return out + JSON_TAIL;
}

/**
 * The same report as pieces to write one after the other: strings, and the UTF-8 bytes of files
 * formatted on worker threads as they came (see `FileReport.formatted`).
 */
export function jsonChunks(reports: readonly FileReport[]): Array<string | Uint8Array> {
  const files = reports.filter((r) => !r.readError);
  if (files.length === 0) return [JSON_EMPTY];
  const out: Array<string | Uint8Array> = [JSON_HEAD];
  for (let i = 0; i < files.length; i++) out.push(i === 0 ? '    ' : ',\n    ', jsonFileChunk(files[i]!));
  out.push(JSON_TAIL);
  return out;
}

/** The report with no files, and the text before the first file and after the last (json-report-file.ts writes them too). */
export const JSON_EMPTY = '{\n  "version": 1,\n  "files": []\n}\n';
export const JSON_HEAD = '{\n  "version": 1,\n  "files": [\n';
export const JSON_TAIL = '\n  ]\n}\n';
