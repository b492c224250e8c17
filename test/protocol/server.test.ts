// The language server as an editor sees it: dist/server.cjs started over stdio, driven with
// vscode-jsonrpc on a copy of samples/. No part of the server is mocked.
import assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  CodeAction,
  Diagnostic,
  FullDocumentDiagnosticReport,
  Hover,
  InitializeResult,
  Location,
  LocationLink,
  MarkupContent,
  SemanticTokens,
  SemanticTokensDelta,
  WorkspaceDiagnosticReport,
  WorkspaceDocumentDiagnosticReport,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol';
import { applyEdits, editsFor, isSubsequence, positionOf } from '../unit/server/fixtures.js';
import { decodeTokens } from '../unit/server/token-decoding.js';
import { fileUri, LspSession } from './lsp-session.js';
import { ensureServerBuilt, sampleWorkspace } from './server-bundle.js';

const SV = 'microsoft-mistral.sv.md';
const EN = 'microsoft-mistral.en.md';
const KB = 'entities.yaml';

type DocReport = FullDocumentDiagnosticReport | { kind: 'unchanged'; resultId: string };

function kbLine(kbText: string, id: string): number {
  return kbText.split(/\r?\n/).findIndex((l) => l === `- id: ${id}`);
}

function textOf(text: string, d: { range: Diagnostic['range'] }): string {
  const lines = text.split('\n');
  if (d.range.start.line === d.range.end.line) return lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
  return [lines[d.range.start.line]!.slice(d.range.start.character), ...lines.slice(d.range.start.line + 1, d.range.end.line), lines[d.range.end.line]!.slice(0, d.range.end.character)].join('\n');
}

describe('protocol: news-annotator-ls over stdio on samples/', function () {
  this.timeout(60_000);
  let ws: ReturnType<typeof sampleWorkspace>;
  let s: LspSession;
  let sv: string;
  let en: string;
  let kb: string;
  let svUri: string;
  let enUri: string;
  let kbUri: string;
  const file = (name: string) => path.join(ws.dir, name);

  before(async () => {
    ensureServerBuilt();
    ws = sampleWorkspace();
    sv = readFileSync(file(SV), 'utf8');
    en = readFileSync(file(EN), 'utf8');
    kb = readFileSync(file(KB), 'utf8');
    svUri = fileUri(file(SV));
    enUri = fileUri(file(EN));
    kbUri = fileUri(file(KB));
    s = await LspSession.start({ folders: [ws.dir] });
    await s.open(file(SV));
  });

  /** The English article stays unopened until a test needs it open (workspace diagnostics check it unopened first). */
  let enOpen = false;
  const openEnglish = async () => {
    if (!enOpen) await s.open(file(EN));
    enOpen = true;
  };

  after(async () => {
    const code = await s?.stop();
    ws?.remove();
    assert.equal(code, 0, 'the server exits cleanly after shutdown/exit');
  });

  const diagnose = (uri: string, previousResultId?: string) => s.request<DocReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  const fullReport = async (uri: string) => {
    const r = await diagnose(uri);
    assert.equal(r.kind, 'full');
    return (r as FullDocumentDiagnosticReport).items;
  };

  it('answers initialize with its capabilities', () => {
    const caps = (s.initializeResult as InitializeResult).capabilities;
    assert.equal(s.initializeResult.serverInfo?.name, 'news-annotator-ls');
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'news-annotator', interFileDependencies: true, workspaceDiagnostics: true });
    assert.deepEqual(caps.semanticTokensProvider, {
      legend: { tokenTypes: ['company', 'regulator', 'organisation', 'person', 'product', 'place'], tokenModifiers: ['unknown'] },
      full: { delta: true },
      range: true,
    });
    assert.ok(caps.hoverProvider && caps.definitionProvider && caps.referencesProvider && caps.workspaceSymbolProvider && caps.completionProvider && caps.codeLensProvider, "caps.hoverProvider && caps.definitionProvider && caps.referencesProvider && caps.workspaceSymbolProvider && caps.completionProvider && caps.codeLensProvider");
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'], resolveProvider: false });
    assert.deepEqual(caps.executeCommandProvider?.commands, ['newsAnnotator.server.addEntity', 'newsAnnotator.server.checkAll']);
    assert.equal(caps.documentSymbolProvider, undefined, 'no document symbols to crowd the Markdown outline');
  });

  it('watches article and KB files once initialized', async () => {
    await s.waitFor(() => s.registrations.length > 0, 'registrations');
    const watch = s.registrations.find((r) => (r as { method: string }).method === 'workspace/didChangeWatchedFiles') as { registerOptions: { watchers: Array<{ globPattern: string }> } };
    assert.deepEqual(
      watch.registerOptions.watchers.map((w) => w.globPattern),
      ['**/*.{md,markdown}', '**/entities.{yaml,yml}'],
    );
  });

  it('pulls the seed article\'s findings: the claims and vague attributions issue 2 lists', async () => {
    const r = await diagnose(svUri);
    assert.equal(r.kind, 'full');
    const items = (r as FullDocumentDiagnosticReport).items;
    for (const d of items) {
      assert.equal(d.source, 'news-annotator');
      assert.equal(d.codeDescription?.href, `https://github.com/news-annotator/news-annotator/blob/main/docs/rules/${d.code}.md`);
    }
    const unsourced = items.filter((d) => d.code === 'unsourced-claim').map((d) => textOf(sv, d));
    assert.equal(unsourced.length, 3, unsourced.join('\n'));
    assert.ok(unsourced.some((t) => t.includes('miljarder dollar investerade och exklusiva rättigheter')), "unsourced.some((t) => t.includes('miljarder dollar investerade och exklusiva r\u00e4ttigheter'))");
    assert.ok(unsourced.some((t) => t.startsWith('Storleken på investeringen är ännu okänd')), "unsourced.some((t) => t.startsWith('Storleken p\u00e5 investeringen \u00e4r \u00e4nnu ok\u00e4nd'))");
    assert.ok(unsourced.some((t) => t.includes('en av världens största tech-företag')), "unsourced.some((t) => t.includes('en av v\u00e4rldens st\u00f6rsta tech-f\u00f6retag'))");
    const vague = items.filter((d) => d.code === 'vague-attribution').map((d) => textOf(sv, d));
    assert.ok(vague.includes('ofta kallas') && vague.some((v) => v.startsWith('anses')) && vague.includes('förväntas'), vague.join());
    for (const sourced of ['meddelade Microsoft nyligen', 'Brad Smith, understryker']) {
      const line = positionOf(sv, sourced).line;
      const col = positionOf(sv, sourced).character;
      assert.ok(!items.some((d) => d.code === 'unsourced-claim' && d.range.start.line === line && d.range.start.character <= col && d.range.end.character > col), `${sourced} is sourced`);
    }
    const again = await diagnose(svUri, (r as FullDocumentDiagnosticReport).resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: (r as FullDocumentDiagnosticReport).resultId });
  });

  it('reports workspace diagnostics for an article nobody opened, then answers unchanged', async () => {
    const first = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const byUri = new Map(first.items.map((i) => [i.uri, i]));
    assert.ok(byUri.has(svUri) && byUri.has(enUri) && byUri.has(kbUri), [...byUri.keys()].join());
    const enReport = byUri.get(enUri) as FullDocumentDiagnosticReport & WorkspaceDocumentDiagnosticReport;
    assert.equal(enReport.kind, 'full');
    assert.equal(enReport.version, null);
    const codes = enReport.items.map((d) => `${d.code}:${textOf(en, d)}`);
    assert.ok(codes.includes('unknown-organisation:Nordvik Data AB'), codes.join('\n'));
    assert.ok(codes.includes('inconsistent-name:Open AI'), codes.join('\n'));
    const related = enReport.items.find((d) => d.code === 'inconsistent-name')!.relatedInformation![0]!;
    assert.equal(related.location.uri, kbUri);
    assert.equal(related.location.range.start.line, kbLine(kb, 'openai'));
    const second = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
      previousResultIds: first.items.map((i) => ({ uri: i.uri, value: i.resultId })),
    });
    assert.deepEqual(
      second.items.map((i) => i.kind),
      first.items.map(() => 'unchanged'),
    );
  });

  it('streams workspace diagnostics as partial results when the client asks for them', async () => {
    const partial: WorkspaceDocumentDiagnosticReport[] = [];
    const sub = s.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, 'partial-1', (p) => {
      partial.push(...p.items);
    });
    try {
      const final = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'partial-1' });
      assert.deepEqual(final.items, [], 'everything came as partial results');
      await s.waitFor(() => partial.some((i) => i.uri === kbUri), 'the partial results');
      assert.deepEqual(partial.map((i) => i.uri).sort(), [enUri, kbUri, svUri].sort());
    } finally {
      sub.dispose();
    }
  });

  it('shows the hover card on "Microsofts" with the definition link to its KB line', async () => {
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri: svUri }, position: positionOf(sv, 'Microsofts historiska', 0, 4) });
    const v = (h.contents as MarkupContent).value;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match(v, /^\*\*Microsoft\*\* — company/);
    assert.ok(v.includes(`(${kbUri}#L${kbLine(kb, 'microsoft') + 1})`), v);
    assert.ok(v.includes('(https://www.wikidata.org/wiki/Q2283)'), v);
    assert.match(v.replace(/\\/g, ''), /times in 2 articles of the workspace/, 'counts across the workspace once it is indexed');
  });

  it('goes to the definition and finds references across articles, opened or not', async () => {
    const def = await s.request<LocationLink[]>('textDocument/definition', { textDocument: { uri: svUri }, position: positionOf(sv, 'Brad Smith', 0, 2) });
    assert.equal(def[0]!.targetUri, kbUri);
    assert.equal(def[0]!.targetRange.start.line, kbLine(kb, 'brad-smith'));
    const refs = await s.request<Location[]>('textDocument/references', { textDocument: { uri: svUri }, position: positionOf(sv, 'Brad Smith', 0, 2), context: { includeDeclaration: true } });
    assert.deepEqual(
      refs.map((r) => r.uri),
      [kbUri, enUri, svUri],
      'the KB entry, then the mentions in each article',
    );
    assert.equal(textOf(en, refs[1]!), 'Brad Smith');
    const symbols = await s.request<Array<{ name: string; location: Location }>>('workspace/symbol', { query: 'Brad' });
    assert.equal(symbols[0]!.name, 'Brad Smith');
    assert.equal(symbols[0]!.location.uri, kbUri);
  });

  it('encodes semantic tokens that decode to the article\'s mentions, with deltas', async () => {
    const full = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: svUri } });
    const tokens = decodeTokens(full.data, sv);
    const microsofts = tokens.find((t) => t.text === 'Microsofts');
    assert.equal(microsofts?.type, 'company');
    assert.equal(tokens.find((t) => t.text === 'europeiska konkurrenslagstiftarnas')?.type, 'regulator');
    assert.equal(tokens.find((t) => t.text === 'Brad Smith')?.type, 'person');
    assert.equal(tokens.find((t) => t.text === 'Microsoft Azures')?.type, 'product');
    const delta = await s.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri: svUri }, previousResultId: full.resultId });
    assert.deepEqual(delta.edits, [], 'nothing changed');
    const range = await s.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri: svUri }, range: { start: { line: 17, character: 0 }, end: { line: 18, character: 0 } } });
    assert.deepEqual(
      decodeTokens(range.data, sv).map((t) => t.text),
      tokens.filter((t) => t.line === 17).map((t) => t.text),
    );
  });

  describe('quick fixes applied to the text', () => {
    const actionsAt = (uri: string, text: string, needle: string) => {
      const at = positionOf(text, needle);
      return s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
    };
    const applied = (action: CodeAction | undefined, uri: string, text: string) => {
      assert.ok(action?.edit, 'an action with an edit');
      return applyEdits(text, editsFor(action.edit as WorkspaceEdit, uri));
    };

    it('"Add source footnote" gives the expected article', async () => {
      const [footnote] = await actionsAt(svUri, sv, 'med miljarder dollar');
      assert.equal(footnote?.title, 'Add source footnote');
      const out = applied(footnote, svUri, sv);
      assert.equal(out, sv.replace('Microsoft Azures molnplattform.', 'Microsoft Azures molnplattform.[^1]') + '\n[^1]: \n');
    });

    it('"Add source comment" and "Mark as verified" only insert after the sentence', async () => {
      const actions = await actionsAt(svUri, sv, 'Storleken på investeringen');
      assert.deepEqual(actions.map((a) => a.title), ['Add source footnote', 'Add source comment', 'Mark as verified']);
      const comment = applied(actions[1], svUri, sv);
      assert.equal(comment, sv.replace('sträcka sig över flera år.', 'sträcka sig över flera år. <!-- source:  -->'));
      const verified = applied(actions[2], svUri, sv);
      assert.match(verified.slice(verified.indexOf('flera år.') + 'flera år.'.length), /^ <!-- verified: your name, \d{4}-\d\d-\d\d, #[0-9a-f]{8} -->\n/);
      assert.ok(isSubsequence(sv, verified), "isSubsequence(sv, verified)");
    });

    it('"Use preferred spelling" replaces only the name', async () => {
      await openEnglish();
      const fix = (await actionsAt(enUri, en, 'Open AI since')).find((a) => a.title.startsWith('Use preferred spelling'));
      assert.equal(applied(fix, enUri, en), en.replace('into Open AI since', 'into OpenAI since'));
    });

    it('"Add to entities.yaml" appends the organisation to the workspace KB', async () => {
      await openEnglish();
      const actions = await actionsAt(enUri, en, 'Nordvik Data AB');
      assert.deepEqual(actions.map((a) => a.title), ['Add "Nordvik Data AB" to entities.yaml as company', 'Add "Nordvik Data AB" to entities.yaml as regulator']);
      assert.equal(applied(actions[0], kbUri, kb), kb + '\n- id: nordvik-data-ab\n  name: Nordvik Data AB\n  kind: company\n');
    });

    it('the server re-analyses the fixed article: the placeholder stays flagged until filled', async () => {
      const [footnote] = await actionsAt(svUri, sv, 'med miljarder dollar');
      const fixed = applied(footnote, svUri, sv);
      await s.replace(svUri, fixed);
      let items = await fullReport(svUri);
      assert.equal(items.filter((d) => d.code === 'unsourced-claim').length, 2);
      assert.deepEqual(
        items.filter((d) => d.code === 'empty-source').map((d) => textOf(fixed, d).trim()),
        ['[^1]:'],
      );
      const filled = fixed.replace('[^1]: \n', '[^1]: Microsofts pressmeddelande, januari 2023.\n');
      await s.replace(svUri, filled);
      items = await fullReport(svUri);
      assert.equal(items.filter((d) => d.code === 'empty-source').length, 0);
      await s.replace(svUri, sv);
    });
  });

  it('keeps the articles\' mentions when the KB breaks, and reports the KB error in the KB file', async () => {
    const before = decodeTokens((await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: svUri } })).data, sv);
    await s.open(file(KB));
    const broken = kb.replace('- id: microsoft\n  name: Microsoft\n', '- id: microsoft\n  name: [Microsoft\n');
    await s.replace(kbUri, broken);
    const kbItems = await fullReport(kbUri);
    assert.ok(kbItems.length >= 1, "kbItems.length >= 1");
    assert.equal(kbItems[0]!.code, 'kb-error');
    assert.ok(Math.abs(kbItems[0]!.range.start.line - kbLine(kb, 'microsoft')) <= 3, `near the broken entry: line ${kbItems[0]!.range.start.line}`);
    const after = decodeTokens((await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: svUri } })).data, sv);
    assert.deepEqual(after, before, 'every mention is still there');
    await s.replace(kbUri, kb);
    assert.deepEqual(await fullReport(kbUri), []);
  });

  it('updates an open article when the KB is edited, and asks the client to refresh', async () => {
    await openEnglish();
    const refreshes = s.refreshes.length;
    await s.replace(kbUri, kb + '\n- id: nordvik-data\n  name: Nordvik Data AB\n  kind: company\n');
    try {
    const asked = (m: string) => s.refreshes.slice(refreshes).includes(m);
    await s.waitFor(() => asked('workspace/diagnostic/refresh') && asked('workspace/semanticTokens/refresh') && asked('workspace/codeLens/refresh'), 'refreshes of diagnostics, tokens and lenses');
    const items = await fullReport(enUri);
    assert.ok(!items.some((d) => d.code === 'unknown-organisation'), 'Nordvik Data AB is known now');
    const tokens = decodeTokens((await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: enUri } })).data, en);
    assert.deepEqual(
      tokens.filter((t) => t.text.startsWith('Nordvik')).map((t) => [t.type, t.modifiers]),
      [['company', []]],
    );
    } finally {
      await s.replace(kbUri, kb);
      await s.close(kbUri);
    }
  });

  it('applies changed settings without a restart', async () => {
    // Other refreshes may be in flight, so the report is asked for until the change shows (or 10 s pass).
    const changed = async (settings: Record<string, unknown>, ok: (items: Diagnostic[]) => boolean, what: string) => {
      s.settings = settings;
      await s.notify('workspace/didChangeConfiguration', { settings: { newsAnnotator: settings } });
      const deadline = Date.now() + 10_000;
      for (;;) {
        const items = await fullReport(svUri);
        if (ok(items)) return items;
        if (Date.now() > deadline) assert.fail(`${what}: ${items.map((d) => `${d.code}/${d.severity}`).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const off = await changed({ rules: { 'vague-attribution': 'off', 'unsourced-claim': 'error' } }, (items) => !items.some((d) => d.code === 'vague-attribution'), 'the rule is off');
    assert.deepEqual(
      off.filter((d) => d.code === 'unsourced-claim').map((d) => d.severity),
      [1, 1, 1],
      'unsourced claims are errors now',
    );
    await changed({}, (items) => items.some((d) => d.code === 'vague-attribution'), 'the rule is back on');
  });

  it('follows articles created and deleted on disk', async () => {
    const extra = file('breaking.en.md');
    writeFileSync(extra, 'Acme Holdings plc said revenue rose 40% last year.\n\nIt is expected to grow.\n');
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(extra), type: 1 }] });
    let report = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const item = report.items.find((i) => i.uri === fileUri(extra)) as FullDocumentDiagnosticReport | undefined;
    assert.ok(item?.items.some((d) => d.code === 'vague-attribution'), "item?.items.some((d) => d.code === 'vague-attribution')");
    unlinkSync(extra);
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(extra), type: 3 }] });
    report = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: report.items.map((i) => ({ uri: i.uri, value: i.resultId })) });
    const gone = report.items.find((i) => i.uri === fileUri(extra)) as FullDocumentDiagnosticReport | undefined;
    assert.deepEqual(gone?.items, [], 'its findings are cleared');
  });

  it('answers the custom requests of the VS Code client', async () => {
    const ann = await s.request<{ mentions: Array<{ text: string; name: string; kind: string }>; claims: Array<{ status: string }>; language: string }>('newsAnnotator/documentAnnotations', { uri: svUri });
    assert.equal(ann.language, 'sv');
    assert.ok(ann.mentions.some((m) => m.text === 'Microsofts' && m.name === 'Microsoft' && m.kind === 'company'), "ann.mentions.some((m) => m.text === 'Microsofts' && m.name === 'Microsoft' && m.kind === 'company')");
    assert.equal(ann.claims.filter((c) => c.status === 'unsourced').length, 3);
    assert.equal(await s.request('newsAnnotator/documentAnnotations', { uri: fileUri(file('no-such.md')) }), null);
    const exported = await s.request<{ text: string }>('newsAnnotator/exportClean', { uri: enUri });
    assert.ok(en.includes('<!-- source:') && !exported.text.includes('<!-- source:') && !exported.text.includes('<!-- verified:'), "en.includes('<!-- source:') && !exported.text.includes('<!-- source:') && !exported.text.includes('<!-- verified:')");
    assert.ok(isSubsequence(exported.text, en), "isSubsequence(exported.text, en)");
    const files = await s.request<{ uris: string[] }>('newsAnnotator/knowledgeBaseFiles', undefined);
    assert.equal(files.uris[0], kbUri);
    assert.match(files.uris[1]!, /entities\.default\.yaml$/);
  });

  it('runs its commands: addEntity asks the client to apply the KB edit, checkAll re-checks', async () => {
    const result = await s.request<{ applied: boolean; uri: string }>('workspace/executeCommand', { command: 'newsAnnotator.server.addEntity', arguments: [{ uri: enUri, name: 'Nordvik Data AB', kind: 'company' }] });
    assert.equal(result.applied, true);
    assert.equal(result.uri, kbUri);
    const edit = (s.appliedEdits.at(-1) as { edit: WorkspaceEdit }).edit;
    assert.equal(applyEdits(kb, editsFor(edit, kbUri)), kb + '\n- id: nordvik-data-ab\n  name: Nordvik Data AB\n  kind: company\n');
    const check = await s.request<{ articles: number }>('workspace/executeCommand', { command: 'newsAnnotator.server.checkAll', arguments: [] });
    assert.equal(check.articles, 2);
    await assert.rejects(s.request('workspace/executeCommand', { command: 'newsAnnotator.server.addEntity', arguments: [] }), /addEntity expects/);
  });

  it('answers requests on unknown documents, past the end or malformed, and keeps serving', async () => {
    const unknown = fileUri(file('not-open.md'));
    assert.equal(await s.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await s.request('textDocument/semanticTokens/full', { textDocument: { uri: unknown } }), { data: [] });
    assert.equal(await s.request('textDocument/hover', { textDocument: { uri: svUri }, position: { line: 99_999, character: 99_999 } }), null);
    assert.deepEqual(await s.request('textDocument/codeAction', { textDocument: { uri: svUri }, range: { start: { line: 500, character: 0 }, end: { line: 900, character: 3 } }, context: { diagnostics: [] } }), []);
    await assert.rejects(s.request('textDocument/hover', { textDocument: { uri: svUri } }), (e: { code?: number }) => e.code === -32602);
    await assert.rejects(s.request('no/such/method', {}), (e: { code?: number }) => e.code === -32601);
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri: svUri }, position: positionOf(sv, 'Brad Smith') });
    assert.ok(h, 'still serving');
  });
});
