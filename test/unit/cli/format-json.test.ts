// The JSON report is put together from each file's own text (formatted on worker threads in large
// runs): it must be exactly what one JSON.stringify of the whole report gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, KnowledgeBase, parseKnowledgeBaseFile } from '../../../server/src/analysis/index.js';
import { articleReport, forJsonRun, readErrorReport, toJsonFile, type FileReport } from '../../../server/src/cli/file-report.js';
import { formatJson, jsonChunks } from '../../../server/src/cli/format-json.js';
import { tally } from '../../../server/src/cli/totals.js';
import { ROOT } from './cli-harness.js';

const kb = KnowledgeBase.fromLayers([parseKnowledgeBaseFile({ uri: 'file:///samples/entities.yaml', text: readFileSync(join(ROOT, 'samples/entities.yaml'), 'utf8') }).entities]);
const oneStringify = (reports: FileReport[]) => JSON.stringify({ version: 1, files: reports.filter((r) => !r.readError).map(toJsonFile) }, null, 2) + '\n';

function report(path: string, text: string): FileReport {
  return articleReport(path, `/abs/${path}`, text, analyze(text, kb), (id) => kb.get(id)?.name);
}

describe('CLI JSON report from per-file texts', () => {
  const samples = ['microsoft-mistral.sv.md', 'microsoft-mistral.en.md'].map((f) => report(`samples/${f}`, readFileSync(join(ROOT, 'samples', f), 'utf8')));
  const odd = [
    report('empty.md', ''),
    report('quotes.md', 'He said "no"\\n — Microsoft raised $5bn.\r\n\r\nTab\there. 🚀 Emoji, \u2028 separator, \u0001 control.'),
    readErrorReport('missing.md', '/abs/missing.md', 'cannot read missing.md: no such file'),
  ];
  const all = [...samples, ...odd];

  it('equals one JSON.stringify of the whole report, with and without per-file texts', () => {
    assert.equal(formatJson(all), oneStringify(all));
    assert.equal(formatJson(all.map(forJsonRun)), oneStringify(all));
    assert.equal(formatJson([all[0]!, forJsonRun(all[1]!), all[2]!]), oneStringify(all.slice(0, 3)));
  });

  it('gives the same bytes from the UTF-8 texts of worker threads', () => {
    const encoder = new TextEncoder();
    const fromWorkers = all.map(forJsonRun).map((r) => (r.formatted ? { ...r, formatted: { json: encoder.encode(String(r.formatted.json)), totals: r.formatted.totals } } : r));
    const bytes = (chunks: Array<string | Uint8Array>) => Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
    assert.ok(bytes(jsonChunks(fromWorkers)).equals(Buffer.from(oneStringify(all))));
    assert.ok(bytes(jsonChunks(all)).equals(Buffer.from(oneStringify(all))));
    assert.ok(bytes(jsonChunks([])).equals(Buffer.from(oneStringify([]))));
    assert.equal(formatJson(fromWorkers), oneStringify(all));
  });

  it('prints an empty files list as JSON.stringify does', () => {
    assert.equal(formatJson([]), oneStringify([]));
    assert.equal(formatJson([odd[2]!]), oneStringify([odd[2]!]));
  });

  it('keeps the totals of the findings it leaves out', () => {
    assert.deepEqual(tally(all.map(forJsonRun)), tally(all));
    assert.ok(tally(all).warning > 0);
  });
});
