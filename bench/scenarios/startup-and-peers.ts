// Scenario e: start-up (spawn the server → `initialize` answered), what the client bundle loads, and
// peers side by side on the same 1 MB text: compromise's `.organizations()` and alex (a unified-based
// prose linter), against our whole analysis.
import { readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/index.js';
import { longArticle, MB, REPO } from '../lib/corpus.js';
import { realisticKb } from '../lib/knowledge-bases.js';
import { LspClient } from '../lib/lsp-client.js';
import { emit, mbps, type Row } from '../lib/result.js';
import { collectGarbage, median, now, percentile, summary } from '../lib/stats.js';

const QUICK = process.env.NA_BENCH_QUICK === '1';
const SCENARIO = 'e start-up, peers';
/** Markers of the analysis and its parser; none may be in the client bundle. */
const ANALYSIS_MARKERS = ['micromark', 'mdast-util-from-markdown', 'EntityMatcher', 'ClaimScanner', 'analyzeBlock', 'parseKnowledgeBaseFile', 'js-yaml'];

// ESM-only packages, loaded at run time (a plain import() that the bundler leaves alone).
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<Record<string, unknown>>;

async function startup(): Promise<Row[]> {
  const times: number[] = [];
  for (let i = 0; i < (QUICK ? 3 : 8); i++) {
    const client = await LspClient.start([]);
    times.push(client.initializeMs);
    await client.stop();
  }
  return [
    {
      scenario: SCENARIO,
      what: 'server start: spawn → initialize answered',
      unit: 'ms',
      ...summary(times),
      target: { text: '≤ 300 ms', met: median(times) <= 300 },
    },
  ];
}

function clientBundle(): Row[] {
  const file = join(REPO, 'dist/client.cjs');
  const source = readFileSync(file, 'utf8');
  const found = ANALYSIS_MARKERS.filter((m) => source.includes(m));
  // Load it as VS Code would, with a stand-in for the `vscode` module (activation is not run).
  const vscodeStub = new Proxy({}, { get: () => new Proxy(function () {}, { get: () => undefined }) });
  const resolve = (Module as unknown as { _resolveFilename: (r: string, ...rest: unknown[]) => string })._resolveFilename;
  const load = (Module as unknown as { _load: (r: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscodeStub : load.call(this, request, ...rest);
  };
  const t = now();
  let loadMs = NaN;
  let loadError = '';
  try {
    require(file);
    loadMs = now() - t;
  } catch (err) {
    // not loadable outside VS Code: size and contents still say what it holds
    loadError = `; not loadable without VS Code (${String((err as Error).message).split('\n')[0]})`;
  } finally {
    (Module as unknown as { _load: typeof load })._load = load;
    void resolve;
  }
  return [
    {
      scenario: SCENARIO,
      what: `client bundle dist/client.cjs (${(statSync(file).size / 1024).toFixed(0)} KB): require time`,
      unit: 'ms',
      median: loadMs,
      samples: 1,
      target: { text: 'no analysis in the client', met: found.length === 0 },
      note: (found.length === 0 ? 'no analysis or parser code in it' : `contains ${found.join(', ')}`) + loadError,
    },
  ];
}

async function peers(): Promise<Row[]> {
  const text = longArticle(MB);
  const bytes = Buffer.byteLength(text);
  const kb = realisticKb();
  kb.matcher;
  const options = { maxFileSize: 2 * MB };
  analyze(text, kb, options); // warm
  const ours: number[] = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++) {
    collectGarbage();
    const t = now();
    analyze(text, kb, options);
    ours.push(now() - t);
  }
  const oursMs = median(ours);
  const rows: Row[] = [{ scenario: SCENARIO, what: 'ours: whole analysis, 1 MB article', unit: 'ms', median: oursMs, samples: ours.length, mbPerSecond: mbps(bytes, oursMs) }];

  const nlp = ((await importEsm('compromise')) as { default: (t: string) => { organizations(): { out(f: string): string[] } } }).default;
  nlp('warm up the tagger. Microsoft said so.').organizations().out('array');
  collectGarbage();
  let t = now();
  const orgs = nlp(text).organizations().out('array');
  const compromiseMs = now() - t;
  rows.push({ scenario: SCENARIO, what: "peer: compromise .organizations(), same text", unit: 'ms', median: compromiseMs, samples: 1, baseline: { what: 'ours', median: oursMs }, ratio: compromiseMs / oursMs, mbPerSecond: mbps(bytes, compromiseMs), note: `${orgs.length} organisations` });

  const alex = (await importEsm('alex')) as { markdown: (t: string) => { messages: unknown[] } };
  alex.markdown('Warm up.');
  collectGarbage();
  t = now();
  const file = alex.markdown(text);
  const alexMs = now() - t;
  rows.push({ scenario: SCENARIO, what: 'peer: alex (unified prose linter), same text', unit: 'ms', median: alexMs, samples: 1, baseline: { what: 'ours', median: oursMs }, ratio: alexMs / oursMs, mbPerSecond: mbps(bytes, alexMs), note: `${file.messages.length} messages` });
  return rows;
}

async function main(): Promise<void> {
  emit([...(await startup()), ...clientBundle(), ...(await peers())]);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
