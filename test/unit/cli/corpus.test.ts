// The CLI over every article of ../shared/corpus/en and ../shared/corpus/sv, read where they are
// (third-party texts: never copied into the repository). No crash, offsets in bounds, consistent ranges.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, lineCol, runCli } from './cli-harness.js';

const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const GROUPS = ['en', 'sv'];

interface Span {
  start: number;
  end: number;
  text?: string;
}
interface JsonFile {
  path: string;
  language: string | null;
  mentions: Array<Span & { entity: string | null; kind: string }>;
  claims: Array<Span & { sourced: boolean; source: Span | null }>;
  diagnostics: Array<Span & { code: string; severity: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

describe('CLI over the shared corpus', function () {
  this.timeout(120000);
  const present = GROUPS.every((g) => existsSync(join(CORPUS, g)));
  let files: JsonFile[] = [];
  let articles: string[] = [];

  before(function () {
    if (!present) {
      console.warn(`\n    SKIPPED: the corpus suite needs ${CORPUS}/{en,sv}, which is absent here (it ships only with the development machines, not with the repository).\n`);
      this.skip();
    }
    articles = GROUPS.flatMap((g) => readdirSync(join(CORPUS, g)).filter((f) => f.endsWith('.md')).map((f) => join(CORPUS, g, f)));
    const started = process.hrtime.bigint();
    const r = runCli(['check', '--format', 'json', '--max-warnings', '-1', ...GROUPS.map((g) => join(CORPUS, g))]);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(r.code, 0, `no usage error, no error-level finding; stderr: ${r.stderr}`);
    assert.equal(r.stderr, '');
    files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
    const by = (code: string) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.code === code).length, 0);
    const mentions = files.reduce((n, f) => n + f.mentions.length, 0);
    const known = files.reduce((n, f) => n + f.mentions.filter((m) => m.entity !== null).length, 0);
    const claims = files.reduce((n, f) => n + f.claims.length, 0);
    const unsourced = files.reduce((n, f) => n + f.claims.filter((c) => !c.sourced).length, 0);
    console.log(
      `    corpus: ${files.length} articles in ${ms.toFixed(0)} ms (whole CLI process); ${mentions} mentions (${known} known entities, ${mentions - known} unknown organisations), ` +
        `${claims} claims (${unsourced} unsourced); diagnostics: unsourced-claim ${by('unsourced-claim')}, vague-attribution ${by('vague-attribution')}, ` +
        `inconsistent-name ${by('inconsistent-name')}, unknown-organisation ${by('unknown-organisation')}, empty-source ${by('empty-source')}`,
    );
  });

  it('reports every article, with a language', () => {
    assert.equal(files.length, articles.length);
    for (const f of files) assert.ok(f.language === 'sv' || f.language === 'en', f.path);
    const langOf = (group: string) => files.filter((f) => f.path.includes(`/corpus/${group}/`)).map((f) => f.language);
    assert.ok(langOf('en').every((l) => l === 'en'), 'the BBC articles are English');
    assert.ok(langOf('sv').filter((l) => l === 'sv').length >= langOf('sv').length * 0.9, 'the Swedish articles are Swedish');
  });

  it('keeps every offset in bounds, on the text it names, with ranges that match', () => {
    for (const f of files) {
      const text = readFileSync(f.path, 'utf8');
      const inBounds = (s: Span, what: string) => {
        assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length, `${what} in ${f.path}: ${s.start}-${s.end} of ${text.length}`);
        if (s.text !== undefined && what !== 'source') assert.equal(text.slice(s.start, s.end), s.text, `${what} text in ${f.path}`);
      };
      for (const m of f.mentions) inBounds(m, 'mention');
      for (const c of f.claims) {
        inBounds(c, 'claim');
        if (c.source) inBounds(c.source, 'source');
      }
      for (const d of f.diagnostics) {
        inBounds(d, 'diagnostic');
        const s = lineCol(text, d.start);
        assert.deepEqual(d.range.start, { line: s.line - 1, character: s.col - 1 }, `${d.code} range in ${f.path}`);
      }
    }
  });

  it('finds something to say about the English business news', () => {
    const en = files.filter((f) => f.path.includes('/corpus/en/'));
    assert.ok(en.filter((f) => f.mentions.some((m) => m.entity !== null)).length >= en.length * 0.8, 'known organisations in most BBC business articles');
    assert.ok(en.filter((f) => f.claims.length > 0).length >= en.length * 0.8, 'amounts and percentages in most of them');
  });

  it('also runs in text and SARIF format without a crash', () => {
    for (const format of ['text', 'sarif']) {
      const r = runCli(['check', '--format', format, '--max-warnings', '-1', ...GROUPS.map((g) => join(CORPUS, g))]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      if (format === 'text') assert.match(r.stdout, new RegExp(`Per-article reports are printed for up to 20 articles; use --format json for all ${articles.length}`));
    }
  });

  it('exports every corpus article without an annotation comment', () => {
    for (const a of articles) {
      const r = runCli(['export', a]);
      assert.equal(r.code, 0, a);
      assert.doesNotMatch(r.stdout, /<!--\s*(source|verified|news-annotator-)/i, a);
    }
  });
});
