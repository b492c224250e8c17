// Scenario c: a knowledge base of 100,000 generated entities. Loading it (parse with positions, merge,
// compile the matcher), matching throughput against a 100-entity KB on the same text, and the memory
// of the real server with that KB and the 1 MB article open.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, KnowledgeBase, parseKnowledgeBaseFile } from '../../server/src/analysis/index.js';
import * as markdownProse from '../../server/src/analysis/markdown-prose.js';
import { tokenize } from '../../server/src/analysis/tokens.js';
import { longArticle, MB, tempDir } from '../lib/corpus.js';
import { defaultEntities, generatedKbYaml } from '../lib/knowledge-bases.js';
import { LspClient } from '../lib/lsp-client.js';
import { emit, mbps, type Row } from '../lib/result.js';
import { collectGarbage, median, now, percentile, summary } from '../lib/stats.js';

const QUICK = process.env.NA_BENCH_QUICK === '1';
const ENTITIES = 100_000;
const SCENARIO = 'c KB scale';

function loadRows(yaml: string): { rows: Row[]; kb: KnowledgeBase } {
  const parse: number[] = [];
  const total: number[] = [];
  let kb: KnowledgeBase | undefined;
  let entities = 0;
  let withPosition = 0;
  for (let r = 0; r < (QUICK ? 1 : 3); r++) {
    collectGarbage();
    const t = now();
    const result = parseKnowledgeBaseFile({ uri: 'file:///bench/entities.yaml', text: yaml });
    const parsed = now();
    kb = KnowledgeBase.fromLayers([result.entities]);
    kb.matcher; // compiled here rather than at the first analysis
    total.push(now() - t);
    parse.push(parsed - t);
    entities = result.entities.length;
    withPosition = result.entities.filter((e) => e.location && e.location.line > 0).length;
    if (result.diagnostics.length > 0) throw new Error(`the generated KB has problems: ${result.diagnostics[0]!.message}`);
  }
  const bytes = Buffer.byteLength(yaml);
  return {
    kb: kb!,
    rows: [
      { scenario: SCENARIO, what: `parse ${ENTITIES.toLocaleString('en')}-entity KB with positions (${(bytes / MB).toFixed(1)} MB YAML)`, unit: 'ms', median: median(parse), p95: percentile(parse, 95), samples: parse.length, mbPerSecond: mbps(bytes, median(parse)), note: `${withPosition} of ${entities} entries with their line` },
      {
        scenario: SCENARIO,
        what: 'load = parse + merge + compile matcher',
        unit: 'ms',
        ...summary(total),
        target: { text: '≤ 1.5 s', met: median(total) <= 1500 },
      },
    ],
  };
}

// parseDocument (pieces) where it exists, else the one-piece parse: the bench also runs on older trees.
const parseDocument = ((markdownProse as Record<string, unknown>)['parseDocument'] as typeof markdownProse.parseBlocks | undefined) ?? markdownProse.parseBlocks;

/** Time to tokenize and match every prose block of `text` (the matcher stage alone). */
function matchTime(prose: ReturnType<typeof markdownProse.parseBlocks>, kb: KnowledgeBase): number {
  const matcher = kb.matcher;
  const t = now();
  let found = 0;
  for (const p of prose) for (const b of p.blocks) found += matcher.match(p.masked, tokenize(p.masked, b.start, b.end)).length;
  const ms = now() - t;
  if (found === 0) throw new Error('the benchmark text has no mentions');
  return ms;
}

async function main(): Promise<void> {
  const yaml = generatedKbYaml(ENTITIES - 100);
  // The large KB is the small one plus generated entries: both match the same real names in the text.
  const small = defaultEntities(100);
  const rows: Row[] = [];
  const { rows: load, kb: generated } = loadRows(yaml);
  rows.push(...load);
  const large = KnowledgeBase.fromLayers([small, generated.entities as never]);
  const smallKb = KnowledgeBase.fromLayers([small]);
  large.matcher;
  smallKb.matcher;

  const text = longArticle(MB);
  const bytes = Buffer.byteLength(text);
  const prose = parseDocument(text);
  const m100: number[] = [];
  const mLarge: number[] = [];
  const a100: number[] = [];
  const aLarge: number[] = [];
  const options = { maxFileSize: 2 * MB };
  for (let r = 0; r < (QUICK ? 2 : 7); r++) {
    collectGarbage();
    m100.push(matchTime(prose, smallKb));
    collectGarbage();
    mLarge.push(matchTime(prose, large));
    collectGarbage();
    let t = now();
    analyze(text, smallKb, options);
    a100.push(now() - t);
    collectGarbage();
    t = now();
    analyze(text, large, options);
    aLarge.push(now() - t);
  }
  // Paired: each round's ratio, so load from other processes that changes between rounds cancels out.
  const ratio = median(mLarge.map((v, i) => v / m100[i]!));
  rows.push({ scenario: SCENARIO, what: 'tokenize + match, 1 MB article, 100-entity KB', unit: 'ms', median: median(m100), p95: percentile(m100, 95), samples: m100.length, mbPerSecond: mbps(bytes, median(m100)) });
  rows.push({
    scenario: SCENARIO,
    what: `tokenize + match, 1 MB article, ${ENTITIES.toLocaleString('en')}-entity KB`,
    unit: 'ms',
    ...summary(mLarge),
    baseline: { what: '100-entity KB', median: median(m100) },
    ratio,
    mbPerSecond: mbps(bytes, median(mLarge)),
    target: { text: '≤ 1.2× 100-entity KB', met: ratio <= 1.2 },
  });
  rows.push({
    scenario: SCENARIO,
    what: `whole analysis, 1 MB article, ${ENTITIES.toLocaleString('en')}-entity KB`,
    unit: 'ms',
    ...summary(aLarge),
    baseline: { what: '100-entity KB', median: median(a100) },
    ratio: median(aLarge.map((v, i) => v / a100[i]!)),
    mbPerSecond: mbps(bytes, median(aLarge)),
  });

  // The real server with that KB in the workspace and the 1 MB article open.
  const dir = tempDir('kb-scale');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'entities.yaml'), yaml);
  const file = join(dir, 'long-article.md');
  writeFileSync(file, text);
  const client = await LspClient.start([dir]);
  try {
    const uri = pathToFileURL(file).href;
    const t = now();
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const report = await client.request<{ items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    const ms = now() - t;
    rows.push({ scenario: SCENARIO, what: 'server: open 1 MB article → diagnostics, 100k-entity KB in the workspace', unit: 'ms', median: ms, samples: 1, note: `${report.items?.length ?? 0} diagnostics` });
    const rss = client.rssMb();
    rows.push({ scenario: SCENARIO, what: 'server RSS, 100k-entity KB + 1 MB article open', unit: 'MB', median: rss, samples: 1, target: { text: '≤ 300 MB', met: rss <= 300 } });
  } finally {
    await client.stop();
  }
  emit(rows);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
