import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic, Message } from 'vscode-languageserver';
import { toLspDiagnostics } from '../../../server/src/features/diagnostics.js';
import { encodeMessage } from '../../../server/src/message-encoder.js';
import { analyseArticle } from '../../../server/src/workspace/article-analysis.js';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol.js';
import { seededRandom } from '../../support/seeded-random.js';
import { analysisOf, EN_ARTICLE, read, sampleKb, SV_ARTICLE } from './fixtures.js';

const CORPUS = resolve('..', 'shared', 'corpus');

/** The bytes vscode-jsonrpc's default encoder sends. */
const reference = (msg: unknown) => Buffer.from(JSON.stringify(msg), 'utf8');

/** The samples, and the corpus articles where this machine has them, as one long article: thousands of diagnostics. */
function longArticle(): string {
  const parts = [read(SV_ARTICLE), read(EN_ARTICLE)];
  for (const group of ['en', 'sv']) {
    const dir = join(CORPUS, group);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) parts.push(readFileSync(join(dir, f), 'utf8'));
  }
  return parts.join('\n\n');
}

describe('server: message encoder (stdio)', () => {
  let items: Diagnostic[];
  before(() => {
    const text = longArticle();
    items = analysisOf('long.md', text).diagnostics;
  });

  it('sends the same bytes as JSON.stringify for a document report, a push and a workspace report', () => {
    assert.ok(items.length >= 32, `the fast path needs a long list; got ${items.length}`);
    const messages: unknown[] = [
      { jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: 'r.1', items } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', version: 3, diagnostics: items } },
      {
        jsonrpc: '2.0',
        method: '$/progress',
        params: { token: 't', value: { items: [{ kind: 'full', uri: 'file:///a.md', version: null, items }, { kind: 'unchanged', uri: 'file:///b.md', resultId: 'x' }, { kind: 'full', uri: 'file:///c.md', items: items.slice(0, 40) }] } },
      },
    ];
    for (const msg of messages) assert.ok(encodeMessage(msg as Message).equals(reference(msg)), JSON.stringify(msg).slice(0, 120));
  });

  it('serialises copies of diagnostics (with data added) in full', () => {
    const mixed: Diagnostic[] = items.slice(0, 60).map((d, i) =>
      i % 7 === 3 ? ({ ...d, data: { preferred: 'Microsoft', entity: 'microsoft' } } as Diagnostic) : d,
    );
    const msg = { jsonrpc: '2.0', id: 1, result: { kind: 'full', items: mixed } };
    assert.ok(encodeMessage(msg as Message).equals(reference(msg)));
  });

  it('is not fooled by article text that looks like its own placeholder, by quotes, or by characters outside the BMP', () => {
    const text = [
      '# Test',
      '',
      'Acme Holdings AB ökade vinsten med 40 procent, "\\u0000na-diagnostics-0:0" 😀 och Ünïcode “citat”.',
      '',
    ]
      .join('\n')
      .repeat(40);
    const a = analysisOf('odd.md', text);
    const diagnostics = toLspDiagnostics(a.result, a.lines, a.kb);
    assert.ok(diagnostics.length >= 32, `${diagnostics.length} diagnostics`);
    const msg = { jsonrpc: '2.0', id: 'x', result: { kind: 'full', resultId: '\u0000na-diagnostics-0:0', items: diagnostics, note: '"\u0000na-diagnostics:0"' } };
    assert.ok(encodeMessage(msg as Message).equals(reference(msg)));
    assert.deepEqual(JSON.parse(encodeMessage(msg as Message).toString('utf8')), JSON.parse(JSON.stringify(msg)));
  });

  it('leaves every other message to JSON.stringify', () => {
    const msgs = [
      { jsonrpc: '2.0', id: 1, result: null },
      { jsonrpc: '2.0', id: 2, result: { contents: { kind: 'markdown', value: '**Microsoft** — ett företag' } } },
      { jsonrpc: '2.0', id: 3, error: { code: -32602, message: 'bad' } },
      { jsonrpc: '2.0', id: 4, result: { kind: 'full', items: items.slice(0, 5) } },
    ];
    for (const msg of msgs) assert.ok(encodeMessage(msg as Message).equals(reference(msg)));
  });
});

describe('server: diagnostics of the next version', () => {
  it('reuses the unchanged diagnostics of the last version and gives exactly what a fresh conversion gives', () => {
    const random = seededRandom(17);
    const kb = sampleKb();
    let text = longArticle();
    const input = { uri: 'file:///long.md', kb, settings: DEFAULT_SETTINGS, epoch: 'e', instance: 'i', incremental: true };
    let a = analyseArticle({ ...input, version: 1, text });
    let reused = 0;
    let total = 0;
    let kept = 0;
    // Typing (one character), a line break, a deletion, a pasted sentence with a claim: every kind of edit.
    const edits = ['x', '\n', '', ' Vinsten steg med 40 procent. ', '\n\n'];
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(random() * text.length);
      const insert = edits[i % edits.length]!;
      const cut = insert === '' ? 1 + Math.floor(random() * 20) : 0;
      text = text.slice(0, at) + insert + text.slice(at + cut);
      const next = analyseArticle({ ...input, version: i + 2, text, previous: a });
      // A full analysis of the new text: new lists from the core, nothing converted before.
      const full = analyseArticle({ ...input, incremental: false, version: i + 2, text });
      const fresh = toLspDiagnostics(full.result, full.lines, kb);
      assert.equal(JSON.stringify(next.diagnostics), JSON.stringify(fresh), `edit ${i} at ${at}`);
      // The result id stays exactly when the diagnostics did (a pull client is then answered `unchanged`).
      assert.equal(next.resultId === a.resultId, JSON.stringify(fresh) === JSON.stringify(a.diagnostics), `result id after edit ${i} at ${at}`);
      if (next.resultId === a.resultId) kept++;
      // Twice: the second time every run's JSON comes from the cache.
      for (let twice = 0; twice < 2; twice++) {
        assert.ok(encodeMessage({ jsonrpc: '2.0', id: i, result: { items: next.diagnostics } } as Message).equals(reference({ jsonrpc: '2.0', id: i, result: { items: fresh } })), `edit ${i} at ${at}`);
      }
      const before = new Set(a.diagnostics);
      reused += next.diagnostics.filter((d) => before.has(d)).length;
      total += next.diagnostics.length;
      a = next;
    }
    // Most edits leave most diagnostics where they were (the line breaks move the rest).
    assert.ok(reused > total / 2, `${reused} of ${total} reused`);
    // Typing inside a sentence with a claim changes its range; elsewhere nothing moves.
    assert.ok(kept > 0 && kept < 60, `the result id was kept after ${kept} of 60 edits`);
  });
});
