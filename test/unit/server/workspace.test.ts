// The workspace model and pull diagnostics over an in-memory file system holding the samples.
import assert from 'node:assert/strict';
import { CancellationTokenSource, type FullDocumentDiagnosticReport, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { documentDiagnostics, workspaceDiagnostics } from '../../../server/src/features/pull-diagnostics.js';
import { FileChange, NewsWorkspace } from '../../../server/src/workspace/news-workspace.js';
import { EN_ARTICLE, MemoryFiles, read, SAMPLE_KB, SV_ARTICLE } from './fixtures.js';

const token = new CancellationTokenSource().token;

function workspace(files: Record<string, string>, settings: Record<string, unknown> = {}) {
  const io = new MemoryFiles(files);
  const logs: string[] = [];
  const ws = new NewsWorkspace(io, { log: (m) => logs.push(m), fetchSettings: async (scopes) => scopes.map(() => settings) });
  ws.setFolders(['file:///ws']);
  return { io, ws, logs };
}

const samples = () => ({ '/ws/news/sv.md': read(SV_ARTICLE), '/ws/news/en.md': read(EN_ARTICLE), '/ws/entities.yaml': read(SAMPLE_KB) });

async function report(ws: NewsWorkspace, previous: Array<{ uri: string; value: string }> = []) {
  const r = await workspaceDiagnostics(ws, previous, token);
  return new Map(r.items.map((i) => [i.uri, i]));
}

const full = (i: WorkspaceDocumentDiagnosticReport | undefined) => {
  assert.equal(i?.kind, 'full');
  return i as FullDocumentDiagnosticReport & WorkspaceDocumentDiagnosticReport;
};

describe('server: workspace model and pull diagnostics', () => {
  it('reports every article, opened or not, and the KB file', async () => {
    const { ws } = workspace(samples());
    await ws.start();
    const items = await report(ws);
    assert.deepEqual([...items.keys()].sort(), ['file:///ws/entities.yaml', 'file:///ws/news/en.md', 'file:///ws/news/sv.md']);
    const en = full(items.get('file:///ws/news/en.md'));
    assert.ok(en.items.some((d) => d.code === 'unknown-organisation'), "en.items.some((d) => d.code === 'unknown-organisation')");
    assert.equal(en.version, null);
    assert.deepEqual(full(items.get('file:///ws/entities.yaml')).items, []);
  });

  it('answers unchanged for what the client already has, without reading files again', async () => {
    const { ws, io } = workspace(samples());
    await ws.start();
    const first = await report(ws);
    const reads = io.reads;
    const previous = [...first.values()].map((i) => ({ uri: i.uri, value: i.resultId! }));
    const second = await report(ws, previous);
    assert.ok([...second.values()].every((i) => i.kind === 'unchanged'), "[...second.values()].every((i) => i.kind === 'unchanged')");
    assert.equal(io.reads, reads);
  });

  it('re-reads a changed article and clears a deleted one', async () => {
    const { ws, io } = workspace(samples());
    await ws.start();
    const first = await report(ws);
    const previous = [...first.values()].map((i) => ({ uri: i.uri, value: i.resultId! }));
    io.write('/ws/news/en.md', read(EN_ARTICLE).replace('Nordvik Data AB', 'Nordvik Data'));
    const deleted = io.delete('/ws/news/sv.md');
    await ws.filesChanged([
      { uri: 'file:///ws/news/en.md', type: FileChange.Changed },
      { uri: deleted, type: FileChange.Deleted },
    ]);
    const second = await report(ws, previous);
    assert.equal(second.get('file:///ws/news/en.md')?.kind, 'full');
    assert.deepEqual(full(second.get(deleted)).items, [], 'the deleted article is cleared');
    assert.equal(second.get('file:///ws/entities.yaml')?.kind, 'unchanged');
  });

  it('re-analyses every article when the KB changes, and keeps the last good KB when it breaks', async () => {
    const { ws, io } = workspace(samples());
    await ws.start();
    const before = await report(ws);
    const previous = [...before.values()].map((i) => ({ uri: i.uri, value: i.resultId! }));
    io.write('/ws/entities.yaml', read(SAMPLE_KB) + '\n- id: nordvik\n  name: Nordvik Data AB\n  kind: company\n');
    await ws.filesChanged([{ uri: 'file:///ws/entities.yaml', type: FileChange.Changed }]);
    const after = await report(ws, previous);
    const en = full(after.get('file:///ws/news/en.md'));
    assert.ok(!en.items.some((d) => d.code === 'unknown-organisation'), 'Nordvik is known now');
    assert.equal(after.get('file:///ws/news/sv.md')?.kind, 'full', 'a KB change gives every article a new result id');

    // Broken in the editor: the KB file reports the error; articles keep the last good KB.
    ws.didOpen('file:///ws/entities.yaml', 'yaml', 1, read(SAMPLE_KB) + '\n- id: [unclosed\n');
    ws.flushKbEdits();
    const kbReport = await documentDiagnostics(ws, 'file:///ws/entities.yaml', undefined, token);
    assert.equal(kbReport.kind, 'full');
    const err = (kbReport as FullDocumentDiagnosticReport).items[0];
    assert.equal(err?.code, 'kb-error');
    assert.ok(err!.range.start.line >= read(SAMPLE_KB).split('\n').length - 1, 'at the broken line');
    ws.didOpen('file:///ws/news/en.md', 'markdown', 1, read(EN_ARTICLE));
    const a = ws.analysisOf('file:///ws/news/en.md')!;
    assert.ok(a.result.mentions.some((m) => m.entity === 'nordvik'), 'the last good version of the KB is in force');
    assert.ok(a.result.mentions.some((m) => m.entity === 'microsoft'), "a.result.mentions.some((m) => m.entity === 'microsoft')");
  });

  it('lets the editor contents of a KB file win over the disk, until closed', async () => {
    const { ws } = workspace(samples());
    await ws.start();
    ws.didOpen('file:///ws/news/en.md', 'markdown', 1, read(EN_ARTICLE));
    ws.didOpen('file:///ws/entities.yaml', 'yaml', 1, read(SAMPLE_KB) + '\n- id: nordvik\n  name: Nordvik Data AB\n  kind: company\n');
    assert.ok(ws.analysisOf('file:///ws/news/en.md')!.result.mentions.some((m) => m.entity === 'nordvik'), "ws.analysisOf('file:///ws/news/en.md')!.result.mentions.some((m) => m.entity === 'nordvik')");
    await ws.didClose('file:///ws/entities.yaml');
    assert.ok(!ws.analysisOf('file:///ws/news/en.md')!.result.mentions.some((m) => m.entity === 'nordvik'), 'the unsaved entry is gone');
  });

  it('applies a KB file to the articles of its folder and below, as the CLI does', async () => {
    const { ws } = workspace({
      '/ws/a/story.md': 'Acme Widgets grew fast.\n',
      '/ws/b/story.md': 'Acme Widgets grew fast.\n',
      '/ws/a/entities.yaml': '- id: acme\n  name: Acme Widgets\n  kind: company\n',
    });
    await ws.start();
    ws.didOpen('file:///ws/a/story.md', 'markdown', 1, 'Acme Widgets grew fast.\n');
    ws.didOpen('file:///ws/b/story.md', 'markdown', 1, 'Acme Widgets grew fast.\n');
    assert.equal(ws.analysisOf('file:///ws/a/story.md')!.result.mentions[0]?.entity, 'acme');
    assert.notEqual(ws.analysisOf('file:///ws/b/story.md')!.result.mentions[0]?.entity, 'acme');
  });

  it('gives each folder of a multi-root workspace its own KB', async () => {
    const io = new MemoryFiles({
      '/one/story.md': 'Nordvik Data AB said sales rose.\n',
      '/two/story.md': 'Nordvik Data AB said sales rose.\n',
      '/two/entities.yaml': '- id: nordvik\n  name: Nordvik Data AB\n  kind: company\n',
    });
    const ws = new NewsWorkspace(io, { log: () => undefined, fetchSettings: async (scopes) => scopes.map(() => ({})) });
    ws.setFolders(['file:///one', 'file:///two']);
    await ws.start();
    const items = await report(ws);
    assert.ok(full(items.get('file:///one/story.md')).items.some((d) => d.code === 'unknown-organisation'), 'unknown in the first folder');
    assert.ok(!full(items.get('file:///two/story.md')).items.some((d) => d.code === 'unknown-organisation'), 'known in the second');
  });

  it('survives an article it cannot read: that article gets one diagnostic saying so', async () => {
    const { ws, io } = workspace(samples());
    io.failing.add('file:///ws/news/sv.md');
    await ws.start();
    const items = await report(ws);
    const sv = full(items.get('file:///ws/news/sv.md'));
    assert.equal(sv.items.length, 1);
    assert.equal(sv.items[0]!.code, 'analysis-failed');
    assert.ok(full(items.get('file:///ws/news/en.md')).items.length > 3, 'the other article is analysed');
  });

  it('honours the settings: excluded articles leave, and rule severities apply', async () => {
    const { ws } = workspace(samples(), { exclude: ['news/en.md'], rules: { 'vague-attribution': 'off' } });
    await ws.start();
    const items = await report(ws);
    assert.ok(!items.has('file:///ws/news/en.md'), "!items.has('file:///ws/news/en.md')");
    assert.ok(!full(items.get('file:///ws/news/sv.md')).items.some((d) => d.code === 'vague-attribution'), "!full(items.get('file:///ws/news/sv.md')).items.some((d) => d.code === 'vague-attribution')");
  });

  it('gives no analysis of an open article before the knowledge bases are loaded (a push client would show it)', async () => {
    const { ws } = workspace(samples());
    ws.didOpen('file:///ws/news/sv.md', 'markdown', 1, read(SV_ARTICLE));
    // Opened while the server starts: without its KB, Microsoft and Open AI would be unknown organisations.
    assert.equal(ws.analysisOf('file:///ws/news/sv.md'), undefined);
    const started = ws.start();
    assert.equal(ws.analysisOf('file:///ws/news/sv.md'), undefined, 'still loading');
    await ws.knowledgeBaseReady;
    const a = ws.analysisOf('file:///ws/news/sv.md')!;
    assert.ok(a.result.mentions.some((m) => m.entity === 'microsoft'), 'Microsoft is known once the KB is loaded');
    await started;
  });

  it('caches the analysis of an open document per version', async () => {
    const { ws } = workspace(samples());
    await ws.start();
    ws.didOpen('file:///ws/news/sv.md', 'markdown', 1, read(SV_ARTICLE));
    const a = ws.analysisOf('file:///ws/news/sv.md');
    assert.equal(ws.analysisOf('file:///ws/news/sv.md'), a);
    ws.didChange('file:///ws/news/sv.md', 2, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Ny mening. ' }]);
    const b = ws.analysisOf('file:///ws/news/sv.md')!;
    assert.notEqual(b, a);
    assert.equal(b.version, 2);
    // An older change arriving late is ignored.
    assert.equal(ws.didChange('file:///ws/news/sv.md', 1, [{ text: 'garbage' }]), undefined);
    assert.ok(ws.analysisOf('file:///ws/news/sv.md')!.text.includes('Ny mening.'), "ws.analysisOf('file:///ws/news/sv.md')!.text.includes('Ny mening.')");
    assert.equal(ws.analysisOf('file:///ws/unknown.md'), undefined, 'nothing for documents that are not open');
  });

  it('stops a workspace report when the request is cancelled', async () => {
    const { ws } = workspace(samples());
    await ws.start();
    const source = new CancellationTokenSource();
    source.cancel();
    await assert.rejects(workspaceDiagnostics(ws, [], source.token), /cancelled/);
  });
});
