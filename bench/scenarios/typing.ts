// Scenario b: typing in the real server over stdio with a 1 MB article open. After each one-character
// edit at a random place, the time until the diagnostics for that version arrive: the answer to the
// textDocument/diagnostic request sent right after the change (pull, as VS Code does), and in a
// second session the publishDiagnostics of a push client. Then hover and semanticTokens/range on
// the same document, and the server's memory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../server/src/analysis/line-index.js';
import { LspClient, type Position } from '../lib/lsp-client.js';
import { longArticle, MB, tempDir } from '../lib/corpus.js';
import { emit, mbps, type Row } from '../lib/result.js';
import { median, now, percentile, rng, summary } from '../lib/stats.js';

const QUICK = process.env.NA_BENCH_QUICK === '1';
const EDITS = QUICK ? 40 : 200;
const TARGET_TYPING_MS = 30;
const TARGET_REQUEST_MS = 5;
const TYPING_PAUSE_MS = 50;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const SCENARIO = 'b typing (server)';

interface DiagnosticReport {
  kind: 'full' | 'unchanged';
  resultId?: string;
  items?: unknown[];
}

async function session(pull: boolean, text: string, dir: string): Promise<Row[]> {
  const file = join(dir, 'long-article.md');
  const uri = pathToFileURL(file).href;
  const client = await LspClient.start([dir], { pull });
  const rows: Row[] = [];
  const mode = pull ? 'pull' : 'push';
  try {
    let version = 1;
    let t = now();
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    let resultId: string | undefined;
    // An `unchanged` answer means the diagnostics shown for the last version hold for this one too
    // (an edit that moved none): the client keeps them, as VS Code does.
    let shown = 0;
    let unchangedAnswers = 0;
    const diagnosticsOf = async (v: number): Promise<number> => {
      if (pull) {
        const report = await client.request<DiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId });
        if (report.kind === 'unchanged' && resultId !== undefined && report.resultId === resultId) {
          unchangedAnswers++;
          return shown;
        }
        if (report.kind !== 'full') throw new Error(`expected a full report or unchanged for the last result id, got ${report.kind}`);
        resultId = report.resultId;
        shown = report.items?.length ?? 0;
        return shown;
      }
      return (await client.nextPublish(uri, v)).diagnostics.length;
    };
    const firstCount = await diagnosticsOf(version);
    const openMs = now() - t;

    const random = rng(pull ? 2 : 3);
    let current = text;
    // Edits one after another: the next as soon as the diagnostics of the last are in, as the issue
    // measures it (the target row). Then the same at a typist's pace, 50 ms apart, reported without a
    // target: on this VM an idle vCPU is parked and woken again, which adds its own latency.
    const edit = async (pauseMs: number): Promise<{ times: number[]; counts: number }> => {
      const times: number[] = [];
      let counts = 0;
      for (let i = 0; i < EDITS; i++) {
        const at = Math.floor(random() * current.length);
        const ch = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
        const pos = new LineIndex(current).positionAt(at); // computed before the clock starts
        current = current.slice(0, at) + ch + current.slice(at);
        version++;
        if (pauseMs > 0) await sleep(pauseMs);
        t = now();
        await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
        counts += await diagnosticsOf(version);
        times.push(now() - t);
      }
      return { times, counts };
    };
    for (const [pauseMs, label] of [[0, 'one edit after another'], [TYPING_PAUSE_MS, `typed ${TYPING_PAUSE_MS} ms apart, no target`]] as const) {
      unchangedAnswers = 0;
      const { times, counts } = await edit(pauseMs);
      rows.push({
        scenario: SCENARIO,
        what: `1-char edit → diagnostics (${mode}), 1 MB article, ${label}`,
        unit: 'ms',
        ...summary(times),
        baseline: { what: 'open → first diagnostics', median: openMs },
        ratio: median(times) / openMs,
        ...(pauseMs === 0 ? { target: { text: `p95 ≤ ${TARGET_TYPING_MS} ms`, met: percentile(times, 95) <= TARGET_TYPING_MS } } : {}),
        note: `${Math.round(counts / EDITS)} diagnostics per answer, ${firstCount} at open${pull ? `; ${unchangedAnswers} of ${EDITS} answers \`unchanged\`` : ''}`,
      });
    }
    const bytes = Buffer.byteLength(current);
    if (!pull) return rows;
    rows.push({ scenario: SCENARIO, what: 'open 1 MB article → first diagnostics (pull)', unit: 'ms', median: openMs, samples: 1, mbPerSecond: mbps(bytes, openMs) });

    // Hover and semantic tokens on the document as it now is (its analysis is current).
    const lines = new LineIndex(current);
    const annotations = await client.request<{ mentions: Array<{ range: { start: Position } }> }>('newsAnnotator/documentAnnotations', { uri });
    const mentions = annotations.mentions;
    if (mentions.length === 0) throw new Error('no mentions in the benchmark article: hover would measure nothing');
    const hover: number[] = [];
    let cards = 0;
    for (let i = 0; i < (QUICK ? 50 : 200); i++) {
      const m = mentions[Math.floor(random() * mentions.length)]!;
      t = now();
      const h = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: m.range.start.line, character: m.range.start.character + 1 } });
      hover.push(now() - t);
      if (h) cards++;
    }
    rows.push({
      scenario: SCENARIO,
      what: 'hover on a mention, 1 MB article',
      unit: 'ms',
      ...summary(hover),
      target: { text: `p95 ≤ ${TARGET_REQUEST_MS} ms`, met: percentile(hover, 95) <= TARGET_REQUEST_MS },
      note: `${cards} of ${hover.length} answered with a card`,
    });
    const tokens: number[] = [];
    let tokenCount = 0;
    for (let i = 0; i < (QUICK ? 50 : 200); i++) {
      const first = Math.floor(random() * Math.max(1, lines.lineCount - 60));
      t = now();
      const r = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: first, character: 0 }, end: { line: first + 60, character: 0 } } });
      tokens.push(now() - t);
      tokenCount += r.data.length / 5;
    }
    rows.push({
      scenario: SCENARIO,
      what: 'semanticTokens/range, 60 lines of the 1 MB article',
      unit: 'ms',
      ...summary(tokens),
      target: { text: `p95 ≤ ${TARGET_REQUEST_MS} ms`, met: percentile(tokens, 95) <= TARGET_REQUEST_MS },
      note: `${(tokenCount / tokens.length).toFixed(1)} tokens per range`,
    });
    rows.push({ scenario: SCENARIO, what: 'server RSS, 1 MB article open, default KB', unit: 'MB', median: client.rssMb(), samples: 1 });
    return rows;
  } finally {
    await client.stop();
  }
}

async function main(): Promise<void> {
  const dir = tempDir('typing');
  const text = longArticle(MB);
  writeFileSync(join(dir, 'long-article.md'), text);
  const rows = [...(await session(true, text, dir)), ...(await session(false, text, dir))];
  emit(rows);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
