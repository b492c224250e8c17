// A client without pull diagnostics (LSP 3.16 and older editors): the server pushes
// textDocument/publishDiagnostics for open articles, for every article on disk and for KB files,
// never an older version after a newer one.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { fileUri, LspSession } from './lsp-session.js';
import { ensureServerBuilt, sampleWorkspace } from './server-bundle.js';

describe('protocol: push diagnostics for clients without pull support', function () {
  this.timeout(60_000);
  let ws: ReturnType<typeof sampleWorkspace>;
  let s: LspSession;
  let svUri: string;
  const file = (name: string) => path.join(ws.dir, name);
  const latest = (uri: string) => [...s.published].reverse().find((p) => p.uri === uri);

  before(async () => {
    ensureServerBuilt();
    ws = sampleWorkspace();
    s = await LspSession.start({ folders: [ws.dir], pull: false });
    svUri = await s.open(file('microsoft-mistral.sv.md'));
  });

  after(async () => {
    await s?.stop();
    ws?.remove();
  });

  it('declares no pull diagnostics to a push client', () => {
    assert.equal((s.initializeResult as InitializeResult).capabilities.diagnosticProvider, undefined);
  });

  it('publishes the open seed article with its version, the unopened article and the KB file', async () => {
    const enUri = fileUri(file('microsoft-mistral.en.md'));
    const kbUri = fileUri(file('entities.yaml'));
    await s.waitFor(() => latest(svUri) !== undefined && latest(enUri) !== undefined && latest(kbUri) !== undefined, 'diagnostics for both articles and the KB');
    const sv = latest(svUri)!;
    assert.equal(sv.version, 1);
    assert.equal(sv.diagnostics.filter((d) => d.code === 'unsourced-claim').length, 3);
    const en = latest(enUri)!;
    assert.equal(en.version, undefined, 'a file on disk has no version');
    assert.ok(
      en.diagnostics.some((d) => d.code === 'unknown-organisation'),
      'the unopened English article has its findings',
    );
    assert.deepEqual(latest(kbUri)!.diagnostics, []);
  });

  it('publishes an article opened during start-up only with the knowledge base loaded: no report without it', async () => {
    // The seed article was opened right after initialize, while the server was still loading its KB.
    const reports = s.published.filter((p) => p.uri === svUri && p.version === 1);
    assert.ok(reports.length >= 1);
    const codes = (d: ReadonlyArray<{ code?: unknown }>) => d.map((x) => String(x.code)).sort();
    for (const r of reports) {
      assert.deepEqual(codes(r.diagnostics), codes(reports[reports.length - 1]!.diagnostics), `${reports.length} reports of version 1 differ`);
      // Microsoft, Open AI and Mistral are in the KB: never reported as unknown organisations.
      const unknown = r.diagnostics.filter((d) => d.code === 'unknown-organisation').map((d) => String(d.message));
      assert.ok(!unknown.some((m) => /Microsoft|Open AI|Mistral/.test(m)), unknown.join('; '));
    }
  });

  it('survives a burst of edits: versions only go up and the last version gets its own report', async () => {
    const edits = 300;
    let version = 1;
    for (let i = 0; i < edits; i++) {
      version = await s.edit(svUri, { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, i % 2 === 0 ? 'X' : 'Y');
    }
    await s.waitFor(() => latest(svUri)?.version === version, `diagnostics for version ${version}`);
    const versions = s.published.filter((p) => p.uri === svUri && p.version !== undefined).map((p) => p.version!);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
    assert.ok(versions.length < edits, `edits are coalesced (${versions.length} reports for ${edits} edits)`);
  });

  it('reports a KB file broken on disk in that file and keeps the articles\' findings', async () => {
    const kbPath = file('entities.yaml');
    const kbUri = fileUri(kbPath);
    const published = s.published.length;
    writeFileSync(kbPath, readFileSync(kbPath, 'utf8') + '\n- id: broken\n  name: [unclosed\n');
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: kbUri, type: 2 }] });
    await s.waitFor(() => s.published.slice(published).some((p) => p.uri === kbUri && p.diagnostics.length > 0), 'a KB diagnostic');
    const d = latest(kbUri)!.diagnostics[0]!;
    assert.equal(d.code, 'kb-error');
    const svFindings = latest(svUri)!.diagnostics.filter((x) => x.code === 'unsourced-claim').length;
    assert.equal(svFindings, 3);
  });

  it('publishes the file on disk again when an article is closed', async () => {
    const before = s.published.length;
    await s.close(svUri);
    await s.waitFor(() => s.published.slice(before).some((p) => p.uri === svUri && p.version === undefined), 'the disk version');
  });
});
