// A parallel run writes its JSON report file while the workers check (JsonReportFile): the file must
// hold exactly the bytes of the report written in one piece at the end.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, KnowledgeBase, parseKnowledgeBaseFile } from '../../../server/src/analysis/index.js';
import { articleReport, forJsonRun, readErrorReport, type FileReport } from '../../../server/src/cli/file-report.js';
import { jsonChunks } from '../../../server/src/cli/format-json.js';
import { JsonReportFile } from '../../../server/src/cli/json-report-file.js';
import { ROOT, tempDir } from './cli-harness.js';

const kb = KnowledgeBase.fromLayers([parseKnowledgeBaseFile({ uri: 'file:///samples/entities.yaml', text: readFileSync(join(ROOT, 'samples/entities.yaml'), 'utf8') }).entities]);
const encoder = new TextEncoder();

/** A report as a worker thread sends it: formatted, its JSON as UTF-8 bytes. */
function fromWorker(path: string, text: string): FileReport {
  const r = forJsonRun(articleReport(path, `/abs/${path}`, text, analyze(text, kb), (id) => kb.get(id)?.name));
  return r.formatted ? { ...r, formatted: { json: encoder.encode(String(r.formatted.json)), totals: r.formatted.totals } } : r;
}

const whole = (reports: FileReport[]) => Buffer.concat(jsonChunks(reports).map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

describe('CLI JSON report file written during the run', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir()));
  after(() => cleanup());

  const sample = readFileSync(join(ROOT, 'samples/microsoft-mistral.sv.md'), 'utf8');
  const missing = readErrorReport('missing.md', '/abs/missing.md', 'cannot read missing.md: no such file');
  const cases: Array<[string, FileReport[]]> = [
    ['no files', []],
    ['only unreadable files', [missing, missing]],
    ['an unreadable file first', [missing, fromWorker('a.md', sample), fromWorker('b.md', 'Åsa säger "nej" 🚀\r\n')]],
    // More than one flush: over a megabyte and over 1,024 pieces.
    ['many files', Array.from({ length: 700 }, (_, i) => (i % 97 === 5 ? missing : fromWorker(`f${i}.md`, `${sample}\nNummer ${i}.\n`)))],
  ];
  for (const [name, reports] of cases) {
    it(name, () => {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
      const file = new JsonReportFile(path);
      for (const r of reports) file.add(r);
      file.finish();
      assert.ok(readFileSync(path).equals(whole(reports)));
    });
  }

  it('reports an error writing at the end, as writeFileSync would have', () => {
    const file = new JsonReportFile(join(dir, 'no-such-folder', 'r.json'));
    file.add(fromWorker('a.md', sample));
    assert.throws(() => file.finish(), /ENOENT/);
  });
});
