// Scenario a: the whole analysis against a bare unified + remark-parse + remark-gfm parse of the
// same text, in the same process, runs interleaved so that load from other processes hits both.
// Also the incremental core: IncrementalAnalysis.update after a one-character edit.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze, IncrementalAnalysis } from '../../server/src/analysis/index.js';
import { longArticle, MB, seedArticle } from '../lib/corpus.js';
import { realisticKb } from '../lib/knowledge-bases.js';
import { emit, mbps, type Row } from '../lib/result.js';
import { collectGarbage, median, now, percentile, rng, summary } from '../lib/stats.js';

const QUICK = process.env.NA_BENCH_QUICK === '1';
const TARGET_RATIO = 1.3;
const kb = realisticKb();
kb.matcher; // compiled once, as in a running server; KB loading is scenario c
const bare = unified().use(remarkParse).use(remarkGfm);

function compare(label: string, text: string, rounds: number, loops: number): Row[] {
  const options = { maxFileSize: text.length + 1 };
  const bytes = Buffer.byteLength(text);
  // Warm up both paths (JIT) before measuring; the 10 MB run comes after the others, warm already.
  for (let i = 0; i < (text.length > 4 * MB ? 0 : 3); i++) {
    bare.parse(text);
    analyze(text, kb, options);
  }
  const parse: number[] = [];
  const full: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs right after a collection.
    const order = r % 2 === 0 ? ['parse', 'analyze'] : ['analyze', 'parse'];
    for (const which of order) {
      collectGarbage();
      const t = now();
      for (let i = 0; i < loops; i++) {
        if (which === 'parse') bare.parse(text);
        else analyze(text, kb, options);
      }
      (which === 'parse' ? parse : full).push((now() - t) / loops);
    }
  }
  const p = median(parse);
  const a = median(full);
  // Paired: each round's ratio, so load from other processes that changes between rounds cancels out.
  const ratio = median(full.map((v, i) => v / parse[i]!));
  return [
    { scenario: 'a parse floor', what: `bare remark-parse+gfm, ${label}`, unit: 'ms', median: p, p95: percentile(parse, 95), samples: rounds, mbPerSecond: mbps(bytes, p) },
    {
      scenario: 'a parse floor',
      what: `analyze, ${label}`,
      unit: 'ms',
      median: a,
      p95: percentile(full, 95),
      samples: rounds,
      baseline: { what: 'bare parse', median: p },
      ratio,
      mbPerSecond: mbps(bytes, a),
      target: { text: `≤ ${TARGET_RATIO}× bare parse`, met: ratio <= TARGET_RATIO },
    },
  ];
}

function incremental(text: string, edits: number): Row[] {
  const options = { maxFileSize: 64 * MB };
  const random = rng(6);
  let state = IncrementalAnalysis.full(text, kb, options);
  let current = text;
  const times: number[] = [];
  let fallbacks = 0;
  for (let i = 0; i < edits + 10; i++) {
    const at = Math.floor(random() * current.length);
    current = random() < 0.2 && at > 0 ? current.slice(0, at - 1) + current.slice(at) : current.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] + current.slice(at);
    const t = now();
    state = state.update(current);
    const ms = now() - t;
    if (i >= 10) {
      times.push(ms);
      if (state.lastUpdate === 'full') fallbacks++;
    }
  }
  collectGarbage();
  const t = now();
  analyze(current, kb, options);
  const fullMs = now() - t;
  return [
    {
      scenario: 'a parse floor',
      what: 'core IncrementalAnalysis.update, 1 MB, 1-char edit',
      unit: 'ms',
      ...summary(times),
      baseline: { what: 'full analysis', median: fullMs },
      ratio: median(times) / fullMs,
      note: `${fallbacks} of ${times.length} edits fell back to a full parse`,
    },
  ];
}

const rows: Row[] = [];
rows.push(...compare('seed article', seedArticle(), QUICK ? 5 : 15, 40));
const oneMb = longArticle(MB);
rows.push(...compare('1 MB article', oneMb, QUICK ? 3 : 7, 1));
rows.push(...incremental(oneMb, QUICK ? 50 : 200));
if (process.env.NA_BENCH_SKIP_10MB !== '1') rows.push(...compare('10 MB article', longArticle(10 * MB), QUICK ? 1 : 2, 1));
emit(rows);
