// Broken knowledge bases: syntax errors, wrong types, unknown kinds, duplicate ids, an alias claimed
// twice, a 100,000-entry file, an empty file, a file deleted while open. Each gets a diagnostic at the
// line and column of the problem (positions worked out here from the text, not from the parser), the
// CLI reports it and goes on, and articles keep the last good KB — in the core store and over LSP,
// where a KB edited good → broken → good never makes an article's mentions vanish in between.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { analyze, KnowledgeBaseStore, parseKnowledgeBaseFile } from '../../server/src/analysis/index.js';
import { fileUri, LspSession } from '../protocol/lsp-session.js';
import { ensureServerBuilt } from '../protocol/server-bundle.js';
import { runCli } from '../unit/cli/cli-harness.js';
import { recordFigure } from './helpers.js';

const GOOD = `# Test KB
- id: nordvik
  name: Nordvik Data
  kind: company
  aliases: [Nordvik]

- id: fjordbank
  name: Fjordbanken
  kind: company
`;
const ARTICLE = 'Nordvik Data köper Fjordbanken. Nordvik säger att affären är klar.\n';

/** 0-based line and character of the `n`-th occurrence of `needle`, by counting line breaks. */
function at(text: string, needle: string, n = 1): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" #${n} is in the text`);
  }
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  return { line, character: i - (before.lastIndexOf('\n') + 1) };
}

interface Broken {
  name: string;
  text: string;
  /** Where the diagnostic must point; several when the parser may fairly name either. */
  where: Array<{ line: number; character?: number }>;
  /** Part of the message. */
  says: RegExp;
}

function brokenFiles(): Broken[] {
  const list: Broken[] = [];
  const add = (name: string, text: string, says: RegExp, ...where: Broken['where']) => list.push({ name, text, says, where });
  let t = GOOD.replace('  kind: company\n  aliases', '\tkind: company\n  aliases');
  add('a tab in the indentation', t, /tab/, { ...at(t, '\tkind') });
  t = GOOD.replace('aliases: [Nordvik]', 'aliases: [Nordvik, Nordvik AB');
  // The bracket never closes: the parser notices at the next entry.
  add('an unclosed flow list', t, /YAML syntax error/, { line: at(t, '[Nordvik,').line }, { ...at(t, '- id: fjordbank') });
  t = GOOD.replace('name: Fjordbanken', 'name: Fjordbanken: Norge: AS');
  add('a second colon in a plain value', t, /YAML syntax error/, { ...at(t, ': Norge'), character: at(t, ': Norge').character });
  t = GOOD.replace('  name: Fjordbanken\n', '  name: Fjordbanken\n  name: Fjord\n');
  add('a duplicated key', t, /duplicated mapping key/, { ...at(t, 'name: Fjord\n') });
  t = GOOD.replace('  kind: company\n  aliases', '  kind: bank\n  aliases');
  add('an unknown kind', t, /Unknown kind `bank`/, { ...at(t, 'kind: bank') });
  t = GOOD.replace('aliases: [Nordvik]', 'aliases: Nordvik');
  add('a string where a list belongs', t, /`aliases` must be a list/, { ...at(t, 'aliases: Nordvik') });
  t = GOOD + '  url: 42\n';
  add('a number where a URL belongs', t, /`url` must be/, { ...at(t, 'url: 42') });
  t = GOOD.replace('- id: fjordbank', '- id: nordvik');
  add('a duplicate id', t, /Duplicate id `nordvik`/, { ...at(t, 'id: nordvik', 2) });
  t = GOOD + '  aliases:\n    - Fjord\n    - Nordvik\n';
  add('an alias claimed by two entities', t, /`Nordvik` is already claimed by `nordvik`/, { ...at(t, 'aliases:\n    - Fjord') }, { ...at(t, '- Nordvik') });
  t = 'id: nordvik\nname: Nordvik Data\nkind: company\n';
  add('a mapping instead of a list', t, /must be a YAML list/, { line: 0, character: 0 });
  return list;
}

describe('reliability: broken knowledge bases', function () {
  this.timeout(120000);

  describe('core: diagnostics at the problem, last good KB kept', () => {
    for (const b of brokenFiles()) {
      it(`${b.name}: an error at its line and column, and the last good entries stay in force`, () => {
        const r = parseKnowledgeBaseFile({ uri: 'file:///ws/entities.yaml', text: b.text });
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        assert.equal(errors.length, 1, JSON.stringify(r.diagnostics));
        const d = errors[0]!;
        assert.match(d.message, b.says);
        assert.ok(
          b.where.some((w) => w.line === d.line && (w.character === undefined || w.character === d.character)),
          `diagnostic at ${d.line}:${d.character}, expected one of ${JSON.stringify(b.where)}`,
        );
        const lines = b.text.split('\n');
        assert.ok(d.character <= (lines[d.line]?.length ?? 0), 'the column lies on the line');

        const store = new KnowledgeBaseStore([]);
        store.update('file:///ws/entities.yaml', GOOD);
        const before = analyze(ARTICLE, store.kb).mentions.map((m) => [m.text, m.entity]);
        assert.deepEqual(before, [['Nordvik Data', 'nordvik'], ['Fjordbanken', 'fjordbank'], ['Nordvik', 'nordvik']]);
        store.update('file:///ws/entities.yaml', b.text);
        assert.deepEqual(analyze(ARTICLE, store.kb).mentions.map((m) => [m.text, m.entity]), before, 'mentions kept while broken');
        const fixed = GOOD.replace('Fjordbanken', 'Fjordbanken\n  aliases: [Fjord]');
        store.update('file:///ws/entities.yaml', fixed);
        assert.deepEqual(store.diagnostics().get('file:///ws/entities.yaml'), []);
        assert.deepEqual(store.kb.get('fjordbank')?.aliases, ['Fjord'], 'the next good version is taken');
      });
    }

    it('an empty file is reported, and keeps the last entries until it holds YAML again; `[]` empties it', () => {
      const store = new KnowledgeBaseStore([]);
      store.update('file:///ws/entities.yaml', GOOD);
      for (const blank of ['', '\n\n', '# rewriting\n']) {
        const diags = store.update('file:///ws/entities.yaml', blank);
        assert.deepEqual(diags.map((d) => [d.severity, d.line, d.character]), [['information', 0, 0]]);
        assert.match(diags[0]!.message, /empty/);
        assert.equal(analyze(ARTICLE, store.kb).mentions.length, 3, `mentions kept with ${JSON.stringify(blank)}`);
      }
      assert.deepEqual(store.update('file:///ws/entities.yaml', '[]\n'), []);
      assert.equal(analyze(ARTICLE, store.kb).mentions.filter((m) => m.entity !== null).length, 0, 'an explicit empty list is meant');
    });

    it('a file deleted from the store takes its entities with it; other files stay', () => {
      const store = new KnowledgeBaseStore([]);
      store.update('file:///ws/entities.yaml', GOOD);
      store.update('file:///ws/sub/entities.yaml', '- id: other\n  name: Other Corp\n  kind: company\n');
      store.remove('file:///ws/entities.yaml');
      assert.equal(store.kb.get('nordvik'), undefined);
      assert.ok(store.kb.get('other'));
    });

    it('reads a 100,000-entry file with exact positions for errors deep inside it, and keeps it through an edit that breaks it', () => {
      const N = 100_000;
      const parts: string[] = ['# generated\n'];
      for (let i = 0; i < N; i++) parts.push(`- id: e${i}\n  name: Entity Number ${i}\n  kind: ${i === 50_000 ? 'bank' : 'company'}\n  aliases: [EN${i}]\n`);
      parts.push(`- id: e99999\n  name: Late Duplicate\n  kind: company\n`);
      const text = parts.join('');
      const t0 = performance.now();
      const r = parseKnowledgeBaseFile({ uri: 'file:///ws/entities.yaml', text });
      const ms = performance.now() - t0;
      recordFigure('broken KB: 100,000-entry file parsed', `${(text.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
      assert.equal(r.entities.length, N - 1, 'every valid entry is read');
      const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.character, d.message.slice(0, 20)]);
      // Entry i starts on line 1 + 4i; `kind` is its third line, `id` its first.
      assert.deepEqual(errors, [
        [1 + 4 * 50_000 + 2, 2, 'Unknown kind `bank`:'],
        [1 + 4 * N, 2, 'Duplicate id `e99999'],
      ]);
      const good = text.replace('kind: bank', 'kind: company').replace('- id: e99999\n  name: Late', '- id: late\n  name: Late');
      const store = new KnowledgeBaseStore([]);
      assert.deepEqual(store.update('file:///ws/entities.yaml', good), []);
      store.update('file:///ws/entities.yaml', good.replace('  aliases: [EN77]\n', '  aliases: [EN77\n'));
      const mentions = analyze('Entity Number 77777 och EN12 möts.', store.kb).mentions.map((m) => m.entity);
      assert.deepEqual(mentions, ['e77777', 'e12'], 'the 100,000 entries stay in force while the file is broken');
    });
  });

  describe('CLI: each broken file is reported at its line and column, and the check goes on', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'na-broken-kb-'));
      writeFileSync(join(dir, 'article.md'), ARTICLE);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('reports every broken KB given with --entities as path:line:col, and still checks the article', () => {
      const broken = brokenFiles();
      const args = ['check', '--no-default-entities'];
      broken.forEach((b, i) => {
        writeFileSync(join(dir, `kb${i}.yaml`), b.text);
        args.push('--entities', `kb${i}.yaml`);
      });
      const r = runCli([...args, 'article.md'], { cwd: dir });
      assert.equal(r.code, 1, r.stderr);
      broken.forEach((b, i) => {
        const line = r.stdout.split('\n').find((l) => l.startsWith(`kb${i}.yaml:`) && / error kb-error /.test(l));
        assert.ok(line, `kb${i}.yaml (${b.name}) is reported: ${r.stdout}`);
        const [, l, c] = /^kb\d+\.yaml:(\d+):(\d+):/.exec(line)!;
        assert.ok(
          b.where.some((w) => w.line === Number(l) - 1 && (w.character === undefined || w.character === Number(c) - 1)),
          `${b.name}: reported at ${l}:${c} (1-based), expected one of ${JSON.stringify(b.where)} (0-based)`,
        );
        assert.match(r.stderr, new RegExp(`knowledge base kb${i}\\.yaml has \\d+ problem`));
      });
      assert.match(r.stdout, /^article\.md$/m, 'the article is still checked');
    });

    it('exits 2 with a clear message, no stack trace, for a KB file that does not exist', () => {
      const r = runCli(['check', '--entities', 'missing.yaml', 'article.md'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /missing\.yaml/);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  });

  describe('language server: good → broken → good never loses an article’s mentions', () => {
    let dir: string;
    let s: LspSession;
    let articleUri: string;
    let kbUri: string;
    before(async function () {
      this.timeout(60000);
      ensureServerBuilt();
      dir = mkdtempSync(join(tmpdir(), 'na-broken-kb-ls-'));
      writeFileSync(join(dir, 'entities.yaml'), GOOD);
      writeFileSync(join(dir, 'article.md'), ARTICLE);
      s = await LspSession.start({ folders: [dir] });
      articleUri = await s.open(join(dir, 'article.md'));
      kbUri = await s.open(join(dir, 'entities.yaml'));
    });
    after(async () => {
      await s?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const mentions = async () =>
      (await s.request<{ mentions: Array<{ text: string; entity: string | null }> }>('newsAnnotator/documentAnnotations', { uri: articleUri })).mentions
        .filter((m) => m.entity !== null)
        .map((m) => `${m.text}=${m.entity}`);
    const tokens = async () => (await s.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: articleUri } })).data.length / 5;
    const kbErrors = async () =>
      (await s.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: kbUri } })).items.filter((d) => d.severity === 1).map((d) => d.range.start.line);

    it('keeps the mentions through every broken state, reports each in the KB file, and takes the next good version', async () => {
      const expected = ['Nordvik Data=nordvik', 'Fjordbanken=fjordbank', 'Nordvik=nordvik'];
      assert.deepEqual(await mentions(), expected);
      const tokensBefore = await tokens();
      assert.equal(tokensBefore, 3);
      let states = 0;
      for (const b of [...brokenFiles(), { name: 'an empty file', text: '', where: [{ line: 0 }], says: /empty/ }]) {
        await s.replace(kbUri, b.text);
        states++;
        assert.deepEqual(await mentions(), expected, `mentions after "${b.name}"`);
        assert.equal(await tokens(), tokensBefore, `semantic tokens after "${b.name}"`);
        if (b.name !== 'an empty file') {
          const lines = await kbErrors();
          assert.ok(b.where.some((w) => lines.includes(w.line)), `${b.name}: KB diagnostics on lines ${lines.join()}, expected ${JSON.stringify(b.where)}`);
        }
        // Half-typed states in between: every prefix of the good file at a few cut points.
        await s.replace(kbUri, GOOD.slice(0, Math.floor((GOOD.length * (states % 7)) / 7)));
        assert.deepEqual(await mentions(), expected, `mentions with a half-typed KB after "${b.name}"`);
      }
      await s.replace(kbUri, GOOD.replace('name: Fjordbanken', 'name: Fjordbanken\n  aliases: [Köparen]'));
      assert.deepEqual(await kbErrors(), []);
      assert.deepEqual(await mentions(), expected);
      recordFigure('broken KB over LSP: broken and half-typed states survived without losing mentions', states * 2);
    });

    it('keeps the editor’s KB when the file is deleted on disk while open, and drops it once closed', async () => {
      unlinkSync(join(dir, 'entities.yaml'));
      await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: kbUri, type: 3 }] });
      assert.deepEqual(await mentions(), ['Nordvik Data=nordvik', 'Fjordbanken=fjordbank', 'Nordvik=nordvik'], 'the open editor still holds the KB');
      await s.close(kbUri);
      await s.waitFor(() => true, 'nothing');
      let after: string[] = [];
      for (let i = 0; i < 50; i++) {
        after = await mentions();
        if (after.length === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.deepEqual(after, [], 'a deleted and closed KB no longer applies');
      // The server keeps serving the article.
      assert.ok((await s.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: articleUri } })).items);
      assert.equal(fileUri(join(dir, 'entities.yaml')), kbUri);
    });
  });
});
