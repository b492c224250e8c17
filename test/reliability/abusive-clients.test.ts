// Abusive clients against the real built server over stdio: bursts of 1,000 edits (diagnostics never
// go back to an older version, and the last version gets its own, correct report), positions past
// the end, requests on closed and unknown documents, requests cancelled mid-flight, well-framed
// but malformed JSON-RPC (answered with the protocol's error, then business as usual), broken
// framing (the server ends by itself, with a message and no stack trace), a client that stops
// reading for a while, and memory after 10,000 edits within 1.5× of after 100.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic as LspDiagnostic, FullDocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { analyze, LineIndex } from '../../server/src/analysis/index.js';
import { fileUri } from '../protocol/lsp-session.js';
import { ensureServerBuilt, sampleWorkspace } from '../protocol/server-bundle.js';
import { recordFigure, samplesKb } from './helpers.js';
import { AbusiveClient, RawClient } from './lsp-client.js';

const PROBE = fileURLToPath(new URL('./memory-probe.cjs', import.meta.url));
const SV = 'microsoft-mistral.sv.md';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A document mirrored on the client side, edited the way a typist edits: mostly at a moving cursor. */
class Typist {
  version = 1;
  private cursor: number;
  constructor(
    readonly uri: string,
    public text: string,
    private readonly random: () => number,
  ) {
    this.cursor = Math.floor(text.length / 2);
  }
  next(): { textDocument: { uri: string; version: number }; contentChanges: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }> } {
    const r = this.random();
    if (r < 0.05) this.cursor = Math.floor(this.random() * (this.text.length + 1));
    // Never inside a CRLF or a surrogate pair: an editor's cursor cannot be there.
    while (this.cursor > 0 && this.cursor < this.text.length && (this.text[this.cursor - 1] === '\r' || /[\ud800-\udbff]/.test(this.text[this.cursor - 1]!))) this.cursor++;
    let remove = 0;
    let insert = '';
    if (r < 0.2 && this.cursor > 0) {
      remove = 1;
      this.cursor--;
      if (/[\udc00-\udfff]/.test(this.text[this.cursor]!) && this.cursor > 0) {
        this.cursor--;
        remove = 2;
      }
    } else {
      const pieces = ['a', 'e', ' ', 'n', 's', 't', '.', ' ', '5', '%', '\n', ' Microsoft', ' 3 miljarder kronor', ' sade hon', 'ä', '🚀'];
      insert = pieces[Math.floor(this.random() * pieces.length)]!;
    }
    const lines = new LineIndex(this.text);
    const range = { start: lines.positionAt(this.cursor), end: lines.positionAt(this.cursor + remove) };
    this.text = this.text.slice(0, this.cursor) + insert + this.text.slice(this.cursor + remove);
    this.cursor += insert.length;
    this.version++;
    return { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ range, text: insert }] };
  }
}

/** The diagnostics the core gives the text, as comparable strings (code and LSP range). */
function expectedDiagnostics(text: string): string[] {
  const lines = new LineIndex(text);
  return analyze(text, samplesKb())
    .diagnostics.map((d) => {
      const s = lines.positionAt(d.start);
      const e = lines.positionAt(d.end);
      return `${d.code} ${s.line}:${s.character}-${e.line}:${e.character}`;
    })
    .sort();
}
function lspDiagnostics(items: LspDiagnostic[]): string[] {
  return items.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

/** Error codes a request may fairly get instead of a result. Never InternalError (-32603). */
const FAIR_ERRORS = new Set([-32602 /* InvalidParams */, -32800 /* RequestCancelled */, -32801 /* ContentModified */, -32802 /* ServerCancelled */]);

async function answered<T>(p: Promise<T>): Promise<{ result?: T; code?: number }> {
  try {
    return { result: await p };
  } catch (err) {
    return { code: (err as { code?: number }).code ?? -1 };
  }
}

describe('reliability: abusive clients against the real server over stdio', function () {
  this.timeout(180000);
  let ws: { dir: string; remove: () => void };
  let svText: string;
  before(() => {
    ensureServerBuilt();
    ws = sampleWorkspace();
    svText = readFileSync(path.join(ws.dir, SV), 'utf8');
  });
  after(() => ws?.remove());

  it('survives bursts of 1,000 edits (push): versions never go back, and the last version gets its own, correct report', async () => {
    const c = await AbusiveClient.start({ folders: [ws.dir], pull: false });
    try {
      const uri = fileUri(path.join(ws.dir, SV));
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: svText } });
      const doc = new Typist(uri, svText, rng(1));
      let bursts = 0;
      let edits = 0;
      for (let b = 0; b < 3; b++) {
        const writes: Array<Promise<void>> = [];
        for (let i = 0; i < 1000; i++) writes.push(c.connection.sendNotification('textDocument/didChange', doc.next()));
        await Promise.all(writes);
        edits += 1000;
        await c.waitFor(() => c.published.some((p) => p.uri === uri && p.version === doc.version), `the report of version ${doc.version}`);
        bursts++;
        const mine = c.published.filter((p) => p.uri === uri);
        for (let i = 1; i < mine.length; i++) assert.ok((mine[i]!.version ?? 0) >= (mine[i - 1]!.version ?? 0), `version ${String(mine[i]!.version)} published after ${String(mine[i - 1]!.version)}`);
        const last = mine[mine.length - 1]!;
        assert.equal(last.version, doc.version);
        assert.deepEqual(lspDiagnostics(last.diagnostics), expectedDiagnostics(doc.text), 'the last report is that of the final text');
      }
      const publishes = c.published.filter((p) => p.uri === uri).length;
      recordFigure('abusive clients: push bursts of 1,000 edits survived', `${bursts} (${edits} edits, ${publishes} reports published for them)`);
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('answers pull requests interleaved with a 1,000-edit burst, ending on the final text', async () => {
    const c = await AbusiveClient.start({ folders: [ws.dir], pull: true });
    try {
      const uri = fileUri(path.join(ws.dir, SV));
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: svText } });
      const doc = new Typist(uri, svText, rng(2));
      const requests: Array<Promise<{ result?: unknown; code?: number }>> = [];
      for (let i = 0; i < 1000; i++) {
        void c.connection.sendNotification('textDocument/didChange', doc.next());
        if (i % 50 === 0) {
          requests.push(answered(c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })));
          requests.push(answered(c.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })));
          requests.push(answered(c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: i % 20, character: 3 } })));
        }
      }
      for (const r of await Promise.all(requests)) assert.ok(r.code === undefined || FAIR_ERRORS.has(r.code), `answered with error ${String(r.code)}`);
      const final = await c.connection.sendRequest<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(final.kind, 'full');
      assert.deepEqual(lspDiagnostics(final.items), expectedDiagnostics(doc.text));
      recordFigure('abusive clients: requests answered during a pull burst', requests.length);
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('answers requests past the end, on closed and on unknown documents, per the protocol, and keeps serving', async () => {
    const c = await AbusiveClient.start({ folders: [ws.dir], pull: true });
    try {
      const uri = fileUri(path.join(ws.dir, SV));
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: svText } });
      const positions = [
        { line: 1_000_000, character: 0 },
        { line: 0, character: 1_000_000_000 },
        { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
        { line: -1, character: -5 },
        { line: 1.5, character: 0 },
      ];
      const targets = { open: uri, unknown: fileUri(path.join(ws.dir, 'no-such-article.md')), 'not a file': 'untitled:Untitled-1', garbage: '%%%not a uri%%%' };
      const probe = async (label: string, target: string) => {
        let count = 0;
        for (const position of positions) {
          const range = { start: position, end: { line: 0, character: 0 } };
          const calls: Array<[string, unknown]> = [
            ['textDocument/hover', { textDocument: { uri: target }, position }],
            ['textDocument/definition', { textDocument: { uri: target }, position }],
            ['textDocument/references', { textDocument: { uri: target }, position, context: { includeDeclaration: true } }],
            ['textDocument/completion', { textDocument: { uri: target }, position }],
            ['textDocument/codeAction', { textDocument: { uri: target }, range, context: { diagnostics: [] } }],
            ['textDocument/semanticTokens/range', { textDocument: { uri: target }, range }],
          ];
          for (const [method, params] of calls) {
            const r = await answered(c.connection.sendRequest(method, params));
            count++;
            assert.ok(r.code === undefined || FAIR_ERRORS.has(r.code), `${label}: ${method} at ${JSON.stringify(position)} → error ${String(r.code)}`);
          }
        }
        for (const [method, params] of [
          ['textDocument/semanticTokens/full', { textDocument: { uri: target } }],
          ['textDocument/codeLens', { textDocument: { uri: target } }],
          ['textDocument/diagnostic', { textDocument: { uri: target } }],
          ['newsAnnotator/documentAnnotations', { uri: target }],
          ['newsAnnotator/exportClean', { uri: target }],
        ] as Array<[string, unknown]>) {
          const r = await answered(c.connection.sendRequest(method, params));
          count++;
          assert.ok(r.code === undefined || FAIR_ERRORS.has(r.code) || r.code === -32803, `${label}: ${method} → error ${String(r.code)}`);
        }
        return count;
      };
      let total = 0;
      for (const [label, target] of Object.entries(targets)) total += await probe(label, target);
      await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      total += await probe('closed', uri);
      // Edits and closes for documents never opened.
      await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: targets.unknown, version: 7 }, contentChanges: [{ text: 'x' }] });
      await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: targets.unknown } });
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: svText } });
      // A range edit past the end of the document.
      await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 9999, character: 9999 }, end: { line: 99999, character: 0 } }, text: '\n\nMicrosoft sade.' }] });
      const hover = await c.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: svText.split('\n')[2]!.indexOf('Microsoft') + 2 } });
      assert.ok(c.alive, 'still running');
      assert.ok(hover === null || typeof hover === 'object');
      const report = await c.connection.sendRequest<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(report.items.length > 0, 'still analysing');
      recordFigure('abusive clients: requests at bad positions / on closed or unknown documents answered', total);
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('honours requests cancelled mid-flight, and serves the next ones in full', async function () {
    // Enough articles that a workspace report takes a while.
    const big = path.join(ws.dir, 'many');
    mkdirSync(big, { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(path.join(big, `a${i}.md`), svText.replace(/Microsoft/g, i % 2 ? 'Microsoft' : 'Alfabet'));
    const c = await AbusiveClient.start({ folders: [ws.dir], pull: true });
    try {
      let cancelled = 0;
      let completed = 0;
      for (let round = 0; round < 5; round++) {
        const source = new CancellationTokenSource();
        const p = answered(c.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] }, source.token));
        await new Promise((r) => setTimeout(r, round * 20));
        source.cancel();
        const r = await p;
        // RequestCancelled, or ServerCancelled with retriggerRequest, which the server uses for diagnostics.
        if (r.code === -32800 || r.code === -32802) cancelled++;
        else {
          assert.equal(r.code, undefined, `workspace/diagnostic cancelled → error ${String(r.code)}`);
          completed++;
        }
      }
      // Many small requests, each cancelled at once.
      const uri = fileUri(path.join(ws.dir, SV));
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: svText } });
      const small: Array<Promise<{ result?: unknown; code?: number }>> = [];
      for (let i = 0; i < 200; i++) {
        const source = new CancellationTokenSource();
        small.push(answered(c.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token)));
        source.cancel();
      }
      for (const r of await Promise.all(small)) assert.ok(r.code === undefined || r.code === -32800, `error ${String(r.code)}`);
      const full = await c.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      assert.ok(full.items.length >= 302, `a full workspace report after the cancellations: ${full.items.length} items`);
      recordFigure('abusive clients: workspace reports cancelled mid-flight / completed before the cancel arrived', `${cancelled} / ${completed}`);
      assert.ok(cancelled >= 1, 'at least one workspace report was cancelled mid-flight');
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('answers well-framed but malformed JSON-RPC with the protocol error, then keeps serving', async () => {
    const c = new RawClient();
    try {
      await c.initialize(ws.dir);
      const cases: Array<[string, string | Buffer, unknown, number | null]> = [
        // [what, body, id the error answers (null when it cannot be known), expected code or null = no answer]
        ['not JSON', '{"jsonrpc":"2.0","id":1,', null, -32700],
        ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), null, -32700],
        ['a JSON string', '"hello"', null, -32600],
        ['a batch (not in LSP)', '[{"jsonrpc":"2.0","id":2,"method":"shutdown"}]', null, -32600],
        ['JSON-RPC 1.0', '{"jsonrpc":"1.0","id":3,"method":"textDocument/hover"}', 3, -32600],
        ['an object as id', '{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover","params":{}}', null, -32600],
        ['a number as method', '{"jsonrpc":"2.0","id":4,"method":42}', 4, -32600],
        ['params as a string', '{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":"x"}', 5, -32600],
        ['an unknown method', '{"jsonrpc":"2.0","id":6,"method":"no/such/method","params":{}}', 6, -32601],
        ['hover without params', '{"jsonrpc":"2.0","id":7,"method":"textDocument/hover"}', 7, -32602],
        ['didOpen with a number as text', '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.md","languageId":"markdown","version":1,"text":42}}}', null, null],
        ['didChange with nonsense', '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.md"},"contentChanges":"x"}}', null, null],
        ['an unknown notification', '{"jsonrpc":"2.0","method":"$/no-such","params":{}}', null, null],
        ['a response nobody asked for', '{"jsonrpc":"2.0","id":999,"result":{}}', null, null],
        ['JSON nested 100,000 deep', '['.repeat(100000) + ']'.repeat(100000), null, -32600],
        ['a 20 MB string', `{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":{"uri":"${'x'.repeat(20_000_000)}"},"position":{"line":0,"character":0}}}`, 8, 0],
      ];
      let k = 0;
      for (const [what, body, id, code] of cases) {
        const before = c.messages.length;
        c.sendBody(body);
        // A probe after each case: the server must still answer.
        const probeId = `probe-${k++}`;
        c.send({ jsonrpc: '2.0', id: probeId, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } } });
        const probe = await c.response(probeId);
        assert.ok('result' in probe, `${what}: the next request is served (${JSON.stringify(probe)})`);
        const replies = c.messages.slice(before).filter((m) => m.id !== probeId && m.method === undefined);
        if (code === null) assert.deepEqual(replies, [], `${what}: no answer expected`);
        else if (code === 0) assert.ok(replies.some((m) => m.id === id && 'result' in m), `${what}: answered with a result`);
        else {
          const err = replies.find((m) => (m.error as { code?: number } | undefined)?.code === code);
          assert.ok(err, `${what}: expected error ${code}, got ${JSON.stringify(replies).slice(0, 300)}`);
          if (id !== null) assert.equal(err.id, id, `${what}: the error answers id ${String(id)}`);
        }
      }
      assert.equal(c.exitCode, undefined, 'still running');
      recordFigure('abusive clients: malformed JSON-RPC messages survived', cases.length);
      c.send({ jsonrpc: '2.0', id: 'bye', method: 'shutdown' });
      await c.response('bye');
      c.send({ jsonrpc: '2.0', method: 'exit' });
      assert.deepEqual(await c.exit(), { code: 0, killed: false });
    } finally {
      c.child.kill();
    }
  });

  for (const [what, bytes] of [
    ['a header without Content-Length', 'Content-Type: x\r\n\r\n{}'],
    ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}'],
    ['a header line without a colon', 'this is not a header\r\n\r\n{"jsonrpc":"2.0"}'],
  ] as Array<[string, string]>) {
    it(`ends by itself, with a message and no stack trace, on broken framing: ${what}`, async () => {
      const c = new RawClient();
      await c.initialize();
      c.write(bytes);
      // A client goes on sending. (A negative length is read as a length of its own by vscode-jsonrpc,
      // so the server notices only in what follows; it must end then.)
      for (let i = 0; i < 5 && c.exitCode === undefined; i++) {
        c.send({ jsonrpc: '2.0', id: `after-${i}`, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } } });
        await new Promise((r) => setTimeout(r, 200));
      }
      const { code, killed } = await c.exit();
      assert.equal(killed, false, `the server did not end by itself; stderr: ${c.stderr}`);
      assert.notEqual(code, 0, 'a broken stream is an abnormal end');
      assert.match(c.stderr, /news-annotator-ls: /);
      assert.doesNotMatch(c.stderr, /\n\s+at .*:\d+:\d+/, `no stack trace: ${c.stderr}`);
    });
  }

  for (const [what, act] of [
    ['the client closes its end mid-message', (c: RawClient) => (c.write('Content-Length: 500\r\n\r\n{"jsonrpc":"2.0",'), c.child.stdin.end())],
    ['the client closes its end without shutdown', (c: RawClient) => c.child.stdin.end()],
    ['an endless Content-Length and then the end', (c: RawClient) => (c.write('Content-Length: 99999999999\r\n\r\n{'), c.child.stdin.end())],
  ] as Array<[string, (c: RawClient) => void]>) {
    it(`ends by itself when ${what}`, async () => {
      const c = new RawClient();
      await c.initialize();
      act(c);
      const { code, killed } = await c.exit();
      assert.equal(killed, false, `the server did not end by itself; stderr: ${c.stderr}`);
      assert.equal(code, 1, 'no shutdown was asked for');
      assert.doesNotMatch(c.stderr, /\n\s+at .*:\d+:\d+/, `no stack trace: ${c.stderr}`);
    });
  }

  it('copes with a client that stops reading its output for a while', async () => {
    const c = await AbusiveClient.start({ folders: [ws.dir], pull: false });
    try {
      const uri = fileUri(path.join(ws.dir, SV));
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: svText } });
      c.pauseReading();
      const doc = new Typist(uri, svText, rng(3));
      const pending: Array<Promise<{ result?: unknown; code?: number }>> = [];
      for (let i = 0; i < 1000; i++) {
        void c.connection.sendNotification('textDocument/didChange', doc.next());
        // Large answers, to fill the pipe the client no longer drains.
        if (i % 5 === 0) pending.push(answered(c.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })));
        if (i % 100 === 0) await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 3000));
      assert.ok(c.alive, 'alive while nobody reads');
      c.resumeReading();
      const results = await Promise.all(pending);
      for (const r of results) assert.ok(r.code === undefined || FAIR_ERRORS.has(r.code), `error ${String(r.code)}`);
      await c.waitFor(() => c.published.some((p) => p.uri === uri && p.version === doc.version), 'the report of the last version');
      const mine = c.published.filter((p) => p.uri === uri);
      for (let i = 1; i < mine.length; i++) assert.ok((mine[i]!.version ?? 0) >= (mine[i - 1]!.version ?? 0));
      recordFigure('abusive clients: requests answered after the client stopped reading for 3 s', results.length);
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('does not leak: heap after 10,000 edits within 1.5× of after 100', async () => {
    const c = await AbusiveClient.start({ folders: [ws.dir], pull: false, nodeArgs: ['--expose-gc', '--require', PROBE] });
    try {
      const uri = fileUri(path.join(ws.dir, SV));
      await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: svText } });
      // The typist types and deletes in turn, so the text stays about the same size.
      const doc = new Typist(uri, svText, rng(4));
      const run = async (n: number) => {
        for (let i = 0; i < n; i += 500) {
          const writes: Array<Promise<void>> = [];
          for (let j = i; j < Math.min(n, i + 500); j++) {
            const change = doc.next();
            // Keep the length steady: after every 200 edits go back to the original text.
            if (doc.version % 200 === 0) {
              doc.text = svText;
              writes.push(c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text: svText }] }));
            } else writes.push(c.connection.sendNotification('textDocument/didChange', change));
          }
          await Promise.all(writes);
          await c.waitFor(() => c.published.some((p) => p.uri === uri && p.version === doc.version), `version ${doc.version}`);
          // Hovers and tokens along the way, as an editor asks for them.
          await c.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
        }
        c.published.length = 0;
      };
      await run(100);
      const after100 = await c.memory();
      await run(10_000);
      const after10k = await c.memory();
      const ratio = after10k.heapUsed / after100.heapUsed;
      recordFigure(
        'abusive clients: server heap after 100 / 10,000 edits',
        `${(after100.heapUsed / 1e6).toFixed(1)} MB / ${(after10k.heapUsed / 1e6).toFixed(1)} MB (×${ratio.toFixed(2)}; RSS ${(after100.rss / 1e6).toFixed(0)} → ${(after10k.rss / 1e6).toFixed(0)} MB)`,
      );
      assert.ok(ratio <= 1.5, `heap grew ×${ratio.toFixed(2)}: ${after100.heapUsed} → ${after10k.heapUsed}`);
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });
});
