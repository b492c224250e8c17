// Size and type limits: a file over maxFileSize, or one that is not text, gets exactly one
// informational diagnostic and no analysis — in the core, in the CLI (which says so and goes on with
// the other files, on the main thread and on worker threads alike) and in the language server (an
// open document and files only on disk).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullDocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { analyze, KnowledgeBase } from '../../server/src/analysis/index.js';
import { fileUri, LspSession } from '../protocol/lsp-session.js';
import { ensureServerBuilt } from '../protocol/server-bundle.js';
import { runCli } from '../unit/cli/cli-harness.js';
import { samplesKb } from './helpers.js';

const ARTICLE = 'Microsoft investerar 2 miljarder dollar i Mistral. Affären förväntas granskas.\n';
const LIMIT = 4000;
/** An article that is fine in every way except its size. */
const BIG = ('Microsoft investerar 2 miljarder dollar i bolaget. ' as string).repeat(Math.ceil((LIMIT + 1) / 51)).slice(0, LIMIT + 200) + '\n';

/** Files that must be skipped, named so that they sort before and after the good ones. */
function stage(dir: string): void {
  writeFileSync(join(dir, 'a-nul.md'), Buffer.from('# Rubrik\n\nMicrosoft\u0000investerar.\n', 'utf8'));
  writeFileSync(join(dir, 'b-good.md'), ARTICLE);
  writeFileSync(join(dir, 'c-png.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'd-utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
  writeFileSync(join(dir, 'e-big.md'), BIG);
  writeFileSync(join(dir, 'f-latin1.md'), Buffer.from('Bolaget s\xe4ger att vinsten \xf6kade med 5 procent.\n', 'latin1'));
  writeFileSync(join(dir, 'g-good.md'), ARTICLE.replace('Mistral', 'Open AI'));
}
const SKIPPED: Record<string, string> = { 'a-nul.md': 'binary-file', 'c-png.md': 'binary-file', 'd-utf16.md': 'binary-file', 'e-big.md': 'file-too-large', 'f-latin1.md': 'binary-file' };

describe('reliability: size and type limits', function () {
  this.timeout(60000);

  describe('core', () => {
    const kb = samplesKb();
    it('does not analyse text over maxFileSize: one informational diagnostic, nothing else', () => {
      const r = analyze(BIG, kb, { maxFileSize: LIMIT });
      assert.equal(r.skipped, 'too-large');
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.start, d.end]), [['file-too-large', 'information', 0, 0]]);
      assert.match(r.diagnostics[0]!.message, /maxFileSize/);
      assert.equal(r.mentions.length + r.claims.length + r.sentences.length + r.blocks.length + r.comments.length, 0);
      // One character under the limit it is analysed.
      const fits = BIG.slice(0, LIMIT);
      assert.ok(analyze(fits, kb, { maxFileSize: LIMIT }).mentions.length > 10);
    });

    it('applies the default limit of 5 MB', () => {
      const huge = 'x'.repeat(5 * 1024 * 1024 + 1);
      const r = analyze(huge, KnowledgeBase.empty());
      assert.equal(r.skipped, 'too-large');
      assert.equal(r.diagnostics.length, 1);
    });

    it('does not analyse text holding NUL characters: one informational diagnostic', () => {
      const r = analyze('Microsoft\u0000 investerar 2 miljarder dollar.', kb);
      assert.equal(r.skipped, 'binary');
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity]), [['binary-file', 'information']]);
      assert.equal(r.mentions.length + r.claims.length, 0);
    });
  });

  describe('CLI', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'na-limits-'));
      stage(dir);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    // Over 50 files and --jobs 2, the CLI checks on worker threads: skipped files must behave the same there.
    for (const [how, extra] of [['main thread', 0], ['worker threads', 60]] as const) {
      it(`says which files it skips and goes on with the others (${how})`, () => {
        const more = join(dir, 'more');
        rmSync(more, { recursive: true, force: true });
        if (extra > 0) {
          mkdirSync(more);
          for (let i = 0; i < extra; i++) writeFileSync(join(more, `x${String(i).padStart(2, '0')}.md`), ARTICLE);
        }
        const r = runCli(['check', '--format', 'json', '--max-file-size', String(LIMIT), '--jobs', extra > 0 ? '2' : '1', '.'], { cwd: dir });
        assert.equal(r.code, 1, `the good articles hold warnings; skipped files are information only\n${r.stderr}`);
        assert.doesNotMatch(r.stderr, /worker/i);
        const files = (JSON.parse(r.stdout).files as Array<{ path: string; mentions: unknown[]; claims: unknown[]; diagnostics: Array<{ code: string; severity: string }> }>).filter((f) => !f.path.startsWith('more'));
        assert.deepEqual(files.map((f) => f.path), ['a-nul.md', 'b-good.md', 'c-png.md', 'd-utf16.md', 'e-big.md', 'f-latin1.md', 'g-good.md']);
        for (const f of files) {
          if (SKIPPED[f.path]) {
            assert.deepEqual(f.diagnostics.map((d) => [d.code, d.severity]), [[SKIPPED[f.path], 'information']], f.path);
            assert.equal(f.mentions.length + f.claims.length, 0, f.path);
          } else {
            assert.ok(f.mentions.length >= 2 && f.claims.length >= 1, `${f.path} was analysed`);
          }
        }
      });
    }

    it('says so in its text output, one line per skipped file', () => {
      rmSync(join(dir, 'more'), { recursive: true, force: true });
      const r = runCli(['check', '--max-file-size', String(LIMIT), '.'], { cwd: dir });
      for (const [file, code] of Object.entries(SKIPPED)) {
        const lines = r.stdout.split('\n').filter((l) => l.startsWith(`${file}:`));
        assert.equal(lines.length, 1, `${file}: ${lines.join(' | ')}`);
        assert.match(lines[0]!, new RegExp(`^${file.replace('.', '\\.')}:1:1: info ${code} Not analysed`));
      }
      assert.match(r.stdout, /7 articles checked/);
    });
  });

  describe('language server', () => {
    let dir: string;
    let s: LspSession;
    before(async function () {
      this.timeout(60000);
      ensureServerBuilt();
      dir = mkdtempSync(join(tmpdir(), 'na-limits-ls-'));
      stage(dir);
      s = await LspSession.start({ folders: [dir], settings: { maxFileSize: LIMIT } });
    });
    after(async () => {
      await s?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('reports each skipped file on disk with one informational diagnostic, and analyses the others', async () => {
      const report = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const byUri = new Map(report.items.map((i) => [i.uri, i as FullDocumentDiagnosticReport]));
      for (const f of ['a-nul.md', 'b-good.md', 'c-png.md', 'd-utf16.md', 'e-big.md', 'f-latin1.md', 'g-good.md']) {
        const items = byUri.get(fileUri(join(dir, f)))?.items;
        assert.ok(items, `${f} has a report`);
        if (SKIPPED[f]) {
          assert.deepEqual(items.map((d) => [d.code, d.severity]), [[SKIPPED[f], 3]], f);
        } else {
          assert.ok(items.some((d) => d.code === 'unsourced-claim'), `${f} was analysed`);
        }
      }
    });

    it('does not analyse an open document over the limit, and does once an edit brings it under', async () => {
      const uri = await s.open(join(dir, 'e-big.md'), BIG);
      const report = (await s.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })).items;
      assert.deepEqual(report.map((d) => [d.code, d.severity]), [['file-too-large', 3]]);
      const tokens = await s.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.deepEqual(tokens.data, []);
      await s.replace(uri, ARTICLE);
      const after = (await s.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })).items;
      assert.ok(after.some((d) => d.code === 'unsourced-claim'), JSON.stringify(after));
      const ann = await s.request<{ mentions: unknown[] }>('newsAnnotator/documentAnnotations', { uri });
      assert.ok(ann.mentions.length >= 2);
    });
  });
});
