// Quick fixes never damage an article. For every article of samples/ and ../shared/corpus/ (read in
// place), every quick fix the server's code-action module offers for every diagnostic is applied:
// the original is a subsequence of the result (fixes only insert; "Use preferred spelling" replaces
// just the name), the result parses to the same prose, and its analysis is consistent — a claim
// given an empty placeholder is still flagged, and once the placeholder is filled in it is not.
// The samples also go through the real server's codeAction requests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeAction, Diagnostic as LspDiagnostic, FullDocumentDiagnosticReport, SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { analyze, IncrementalAnalysis, KnowledgeBase, LineIndex, parseKnowledgeBaseFile, type AnalysisResult } from '../../server/src/analysis/index.js';
import { parseBlocks } from '../../server/src/analysis/markdown-prose.js';
import { codeActions } from '../../server/src/features/code-actions.js';
import { DEFAULT_SETTINGS } from '../../server/src/protocol.js';
import { analyseArticle } from '../../server/src/workspace/article-analysis.js';
import { fileUri, LspSession } from '../protocol/lsp-session.js';
import { ensureServerBuilt, sampleWorkspace } from '../protocol/server-bundle.js';
import { articlePaths, recordFigure, ROOT, samplesKb, warnCorpusAbsent } from './helpers.js';

type AnyEdit = TextEdit | SnippetTextEdit;
const CAPS = { documentChanges: true, snippets: false, createFiles: true };
const KB_PATH = path.join(ROOT, 'samples', 'entities.yaml');
const KB_URI = fileUri(KB_PATH);
const FILLED = 'Reuters, 1 March 2024';

function editsFor(edit: WorkspaceEdit | undefined, uri: string): AnyEdit[] {
  const out: AnyEdit[] = [];
  for (const c of edit?.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as AnyEdit[]));
  out.push(...(edit?.changes?.[uri] ?? []));
  return out;
}
function otherUris(edit: WorkspaceEdit | undefined, uri: string): string[] {
  const out = new Set<string>();
  for (const c of edit?.documentChanges ?? []) {
    if ('textDocument' in c && c.textDocument.uri !== uri) out.add(c.textDocument.uri);
    if ('kind' in c && c.kind === 'create') out.add(c.uri);
  }
  for (const u of Object.keys(edit?.changes ?? {})) if (u !== uri) out.add(u);
  return [...out];
}

/** The edits as offsets, applied from the end; also returns where each insertion landed. */
function apply(text: string, edits: AnyEdit[]): { text: string; spans: Array<{ start: number; end: number; removed: string; inserted: string }> } {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => {
      assert.ok('newText' in e, 'plain text edits without snippet support');
      const start = lines.offsetAt(e.range.start);
      const end = lines.offsetAt(e.range.end);
      return { start, end, removed: text.slice(start, end), inserted: e.newText };
    })
    .sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    assert.ok(s.start >= pos, 'edits do not overlap');
    out += text.slice(pos, s.start) + s.inserted;
    pos = s.end;
  }
  return { text: out + text.slice(pos), spans };
}

/** Offset in the edited text of an offset of the original (insertions at it go before it when `after`). */
function mapOffset(spans: ReadonlyArray<{ start: number; end: number; inserted: string }>, offset: number, after = false): number {
  let delta = 0;
  for (const s of spans) if (s.start < offset || (after && s.start === offset)) delta += s.inserted.length - (s.end - s.start);
  return offset + delta;
}

function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big.charCodeAt(j) === small.charCodeAt(i)) i++;
  return i === small.length;
}

/** The prose a reader sees: the masked text of every prose block, whitespace collapsed. */
function prose(text: string): string {
  return parseBlocks(text)
    .flatMap((b) => b.blocks.map((s) => b.masked.slice(s.start, s.end)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const count = (r: AnalysisResult, code: string) => r.diagnostics.filter((d) => d.code === code).length;

interface Tally {
  articles: number;
  diagnostics: number;
  applied: Record<string, number>;
}

/** Applies every quick fix offered for every diagnostic of one article and checks each result. */
function checkArticle(file: string, text: string, kb: KnowledgeBase, kbText: string, tally: Tally): void {
  const uri = fileUri(file);
  const a = analyseArticle({ uri, version: 1, text, kb, settings: DEFAULT_SETTINGS, epoch: 't', instance: 't' });
  const base = a.result;
  const state = IncrementalAnalysis.full(text, kb);
  assert.deepEqual(state.result, base);
  const reanalyse = (t: string) => state.update(t).result;
  const seen = new Set<string>();
  tally.articles++;
  base.diagnostics.forEach((_, i) => {
    tally.diagnostics++;
    const lsp = a.diagnostics[i]!;
    const actions = codeActions(a, {
      range: lsp.range,
      caps: CAPS,
      kbTarget: { uri: KB_URI, text: kbText, version: null },
      idTaken: (id) => kb.get(id) !== undefined,
      today: new Date(2024, 2, 1),
    });
    for (const action of actions) {
      const key = action.title + JSON.stringify(action.edit);
      if (seen.has(key)) continue;
      seen.add(key);
      // The range may touch several findings (a name inside a claim): each fix says which it fixes.
      const fixes = action.diagnostics?.[0];
      assert.ok(fixes, `${action.title}: names the diagnostic it fixes`);
      const j = a.diagnostics.findIndex((x) => x.code === fixes.code && JSON.stringify(x.range) === JSON.stringify(fixes.range));
      assert.ok(j >= 0, `${action.title}: fixes one of the article's diagnostics`);
      const d = base.diagnostics[j]!;
      const where = `${path.basename(file)}: "${action.title}" for ${d.code} at ${d.start} ("${text.slice(d.start, Math.min(d.end, d.start + 60))}")`;
      checkAction(where, uri, text, base, action, d, kb, kbText, reanalyse);
      const kind = action.title.startsWith('Use preferred spelling') ? 'Use preferred spelling' : action.title.startsWith('Add') && action.title.includes('entities') ? 'Add to entities.yaml' : action.title;
      tally.applied[kind] = (tally.applied[kind] ?? 0) + 1;
    }
  });
}

function checkAction(
  where: string,
  uri: string,
  text: string,
  base: AnalysisResult,
  action: CodeAction,
  d: AnalysisResult['diagnostics'][number],
  kb: KnowledgeBase,
  kbText: string,
  reanalyse: (t: string) => AnalysisResult,
): void {
  const edits = editsFor(action.edit, uri);
  const title = action.title;

  if (title.startsWith('Add') && title.includes('entities')) {
    // Touches the KB file only; the article is left as it is.
    assert.deepEqual(edits, [], `${where}: no edit to the article`);
    assert.deepEqual(otherUris(action.edit, uri), [KB_URI], `${where}: edits the workspace KB`);
    const kbEdits = editsFor(action.edit, KB_URI);
    const { text: newKb } = apply(kbText, kbEdits);
    assert.ok(kbEdits.every((e) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character), `${where}: only inserts into the KB`);
    assert.ok(isSubsequence(kbText, newKb), `${where}: the KB keeps all it held`);
    const parsed = parseKnowledgeBaseFile({ uri: KB_URI, text: newKb });
    assert.deepEqual(parsed.diagnostics.filter((x) => x.severity === 'error'), [], `${where}: the KB stays valid`);
    const added = parsed.entities.find((e) => !kb.get(e.id) || kb.get(e.id)!.name !== e.name);
    assert.ok(added, `${where}: a new entity`);
    const known = analyze(text, KnowledgeBase.fromLayers([[...kb.entities], parsed.entities])).mentions.find((m) => m.start <= d.start && d.start < m.end);
    assert.ok(known && known.entity === added.id, `${where}: the organisation is known afterwards (${JSON.stringify(known)})`);
    return;
  }

  assert.ok(edits.length > 0, `${where}: edits the article`);
  const { text: fixed, spans } = apply(text, edits);
  const after = reanalyse(fixed);

  if (title.startsWith('Use preferred spelling')) {
    assert.equal(spans.length, 1);
    const s = spans[0]!;
    const preferred = String(d.data?.preferred);
    assert.deepEqual([s.start, s.end, s.inserted], [d.start, d.end, preferred], `${where}: replaces exactly the name`);
    const mention = base.mentions.find((m) => m.start === d.start)!;
    assert.equal(s.removed, text.slice(mention.start, mention.nameEnd), `${where}: the name, not its ending`);
    assert.equal(prose(fixed), prose(text.slice(0, s.start) + preferred + text.slice(s.end)), `${where}: prose as before but the name`);
    assert.equal(count(after, 'inconsistent-name'), count(base, 'inconsistent-name') - 1, `${where}: the finding goes`);
    assert.equal(after.mentions.find((m) => m.start === d.start)?.entity, mention.entity, `${where}: still the same entity`);
    assert.equal(after.mentions.length, base.mentions.length);
    return;
  }

  // Every other fix only inserts.
  assert.ok(spans.every((s) => s.start === s.end), `${where}: only insertions`);
  assert.ok(isSubsequence(text, fixed), `${where}: the original is a subsequence of the result`);
  assert.equal(prose(fixed), prose(text), `${where}: the result parses to the same prose`);
  assert.equal(after.mentions.length, base.mentions.length, `${where}: the same mentions`);
  const sentence = base.sentences.find((s) => s.start <= d.start && d.start < s.end)!;
  const claimAfter = (r: AnalysisResult) => r.claims.find((c) => c.start === mapOffset(spans, sentence.start));
  const claimBefore = base.claims.find((c) => c.start === sentence.start);

  if (title === 'Mark as verified') {
    assert.equal(claimAfter(after)?.verified ?? true, true, `${where}: the claim is verified`);
    const inSentence = (r: AnalysisResult, code: string, s: { start: number; end: number }) => r.diagnostics.filter((x) => x.code === code && x.start >= s.start && x.end <= s.end).length;
    const moved = { start: mapOffset(spans, sentence.start), end: mapOffset(spans, sentence.end) };
    assert.equal(inSentence(after, 'unsourced-claim', moved) + inSentence(after, 'vague-attribution', moved), 0, `${where}: nothing flagged in the verified sentence`);
    assert.equal(count(after, 'stale-verification'), count(base, 'stale-verification'), `${where}: the new mark is not stale`);
    return;
  }

  assert.ok(title === 'Add source footnote' || title === 'Add source comment', `${where}: a fix this suite knows`);
  assert.equal(d.code, 'unsourced-claim');
  assert.ok(claimBefore && !claimBefore.sourced, `${where}: the claim was unsourced`);
  // The empty placeholder is still flagged: no longer as unsourced, but as an empty source.
  assert.equal(claimAfter(after)?.sourced, false, `${where}: an empty placeholder is no source`);
  assert.equal(count(after, 'unsourced-claim'), count(base, 'unsourced-claim') - 1, `${where}: unsourced-claim becomes…`);
  assert.equal(count(after, 'empty-source'), count(base, 'empty-source') + 1, `${where}: …empty-source`);
  // Fill the placeholder in where the cursor is left: after `[^n]: ` or after `source: `.
  const placeholder = title === 'Add source footnote' ? spans[spans.length - 1]! : spans[0]!;
  const insertedAt = mapOffset(spans, placeholder.start);
  const cursor = title === 'Add source footnote' ? insertedAt + placeholder.inserted.indexOf(']: ') + 3 : insertedAt + placeholder.inserted.indexOf('source: ') + 'source: '.length;
  const filled = fixed.slice(0, cursor) + FILLED + fixed.slice(cursor);
  const done = reanalyse(filled);
  const claimDone = done.claims.find((c) => c.start === mapOffset(spans, sentence.start));
  assert.equal(claimDone?.sourced, true, `${where}: sourced once filled in (${JSON.stringify(claimDone?.source)})`);
  assert.equal(claimDone?.source?.kind, title === 'Add source footnote' ? 'footnote' : 'comment');
  assert.equal(count(done, 'unsourced-claim'), count(base, 'unsourced-claim') - 1, `${where}: no longer flagged`);
  assert.equal(count(done, 'empty-source'), count(base, 'empty-source'), `${where}: no empty source left`);
}

describe('reliability: quick fixes never damage an article', function () {
  this.timeout(300000);
  warnCorpusAbsent('quick fixes');
  const tally: Tally = { articles: 0, diagnostics: 0, applied: {} };
  after(() => {
    recordFigure('quick fixes: articles / diagnostics / fixes applied', `${tally.articles} / ${tally.diagnostics} / ${Object.values(tally.applied).reduce((a, b) => a + b, 0)}`);
    recordFigure('quick fixes: applied by kind', JSON.stringify(tally.applied));
  });

  const { samples, corpus } = articlePaths();
  for (const [label, files] of [
    ['samples/', samples],
    ['../shared/corpus/', corpus],
  ] as const) {
    it(`every fix on every article of ${label} (${files.length} articles)`, function () {
      if (files.length === 0) {
        console.warn(`\n  !!! SKIPPED: no articles in ${label} (absent on this machine) !!!\n`);
        this.skip();
      }
      const kb = samplesKb();
      const kbText = readFileSync(KB_PATH, 'utf8');
      const before = Object.values(tally.applied).reduce((a, b) => a + b, 0);
      for (const f of files) checkArticle(f, readFileSync(f, 'utf8'), kb, kbText, tally);
      assert.ok(Object.values(tally.applied).reduce((a, b) => a + b, 0) > before, 'some fixes were offered');
    });
  }

  it('every fix applied to a variant of each sample with CRLF line ends, a BOM and emoji keeps the same promises', () => {
    const kb = samplesKb();
    const kbText = readFileSync(KB_PATH, 'utf8');
    for (const f of samples) {
      const text = '\ufeff' + readFileSync(f, 'utf8').replace(/\n/g, '\r\n').replace(/\. /g, '. 🚀 ');
      checkArticle(f, text, kb, kbText, tally);
    }
  });

  it('the real server offers fixes whose edits keep the same promises (samples, over LSP)', async function () {
    this.timeout(60000);
    ensureServerBuilt();
    const ws = sampleWorkspace();
    const s = await LspSession.start({ folders: [ws.dir], capabilities: { workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } } });
    try {
      let checked = 0;
      for (const f of samples) {
        const file = path.join(ws.dir, path.basename(f));
        const text = readFileSync(file, 'utf8');
        const uri = await s.open(file);
        const report = await s.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
        for (const d of report.items as LspDiagnostic[]) {
          const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
          for (const action of actions) {
            const edits = editsFor(action.edit, uri);
            if (edits.length === 0) continue;
            const { text: fixed, spans } = apply(text, edits);
            checked++;
            if (action.title.startsWith('Use preferred spelling')) {
              // Replaces exactly the flagged name: the range of the diagnostic it fixes.
              const fixes = action.diagnostics?.[0];
              assert.equal(fixes?.code, 'inconsistent-name');
              const lines = new LineIndex(text);
              assert.equal(spans.length, 1);
              assert.deepEqual([spans[0]!.start, spans[0]!.end], [lines.offsetAt(fixes!.range.start), lines.offsetAt(fixes!.range.end)]);
              assert.equal(action.title, `Use preferred spelling "${spans[0]!.inserted}"`);
            } else {
              assert.ok(spans.every((x) => x.start === x.end), `${action.title}: only insertions`);
              assert.ok(isSubsequence(text, fixed), `${action.title}: the original is a subsequence`);
              assert.equal(prose(fixed), prose(text), `${action.title}: the same prose`);
            }
          }
        }
      }
      assert.ok(checked > 10, `only ${checked} fixes offered over LSP`);
      recordFigure('quick fixes: fixes offered by the real server and checked (samples)', checked);
    } finally {
      await s.stop();
      ws.remove();
    }
  });
});
