// The injection grammar colours the same annotation comments the analysis reads. Every annotation
// comment the analysis finds in the samples, README and rule docs must open the grammar rule of its
// kind, and other HTML comments must open none. Oniguruma's `(?i:…)` is run as a case-insensitive
// JS RegExp (the rest of these patterns is plain enough to mean the same in both engines).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseAnnotationComments, parseDisableBody } from '../../../server/src/analysis/annotation-comments.js';

interface Rule {
  begin?: string;
  match?: string;
  name?: string;
  contentName?: string;
  patterns?: Rule[];
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, Rule>;
}

const GRAMMAR_FILE = 'syntaxes/news-annotator.injection.json';
const RULE_OF_TYPE: Record<string, string> = {
  source: 'source-comment',
  verified: 'verified-comment',
  'disable-next-line': 'directive-comment',
  'disable-file': 'directive-comment',
  enable: 'directive-comment',
};

function toJs(pattern: string, flags = ''): RegExp {
  const caseless = pattern.includes('(?i:');
  return new RegExp(pattern.replaceAll('(?i:', '(?:'), `${flags}u${caseless ? 'i' : ''}`);
}

/** The grammar rules whose begin/match pattern matches exactly at the start of `text`. */
function rulesOpeningAt(grammar: Grammar, text: string): string[] {
  return Object.entries(grammar.repository)
    .filter(([, rule]) => toJs(rule.begin ?? rule.match ?? '(?!)', 'y').test(text))
    .map(([name]) => name);
}

function documents(): { path: string; text: string }[] {
  const paths = [
    ...readdirSync('samples').filter((f) => f.endsWith('.md')).map((f) => `samples/${f}`),
    'README.md',
    ...readdirSync('docs/rules').filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`),
  ];
  return paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

describe('injection grammar (syntaxes/news-annotator.injection.json)', () => {
  let grammar: Grammar;

  before(() => {
    grammar = JSON.parse(readFileSync(GRAMMAR_FILE, 'utf8')) as Grammar;
  });

  it('injects into Markdown with priority, and not into code or front matter', () => {
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-meta.embedded.block.frontmatter']) {
      assert.ok(grammar.injectionSelector.includes(excluded), `not excluded: ${excluded}`);
    }
  });

  it('scopes every annotation comment of the samples and docs by its kind', () => {
    let seen = 0;
    for (const { path, text } of documents()) {
      for (const comment of parseAnnotationComments(text, 0, text.length)) {
        const source = text.slice(comment.start, comment.end);
        assert.deepEqual(rulesOpeningAt(grammar, source), [RULE_OF_TYPE[comment.type]], `${path}: ${source}`);
        seen++;
      }
    }
    assert.ok(seen >= 10, `only ${seen} annotation comments found in the samples and docs`);
  });

  it('leaves other HTML comments alone', () => {
    for (const { path, text } of documents()) {
      const ours = new Set(parseAnnotationComments(text, 0, text.length).map((c) => c.start));
      for (const m of text.matchAll(/<!--/g)) {
        if (ours.has(m.index)) continue;
        assert.deepEqual(rulesOpeningAt(grammar, text.slice(m.index)), [], `${path}: ${text.slice(m.index, m.index + 60)}`);
      }
    }
    for (const other of ['<!-- a note to the desk -->', '<!-- sources: later -->', '<!-- news-annotator-disabled x -->', '<!-- figures:start -->']) {
      assert.equal(parseAnnotationComments(other, 0, other.length).length, 0, `the analysis reads ${other}`);
      assert.deepEqual(rulesOpeningAt(grammar, other), [], other);
    }
  });

  it('tells rule codes from the reason in disable comments', () => {
    const directive = grammar.repository['directive-comment']!;
    const reason = directive.patterns!.find((p) => p.name === 'meta.reason.news-annotator')!;
    const code = directive.patterns!.find((p) => p.name === 'constant.other.rule.news-annotator')!;
    for (const { path, text } of documents()) {
      for (const c of parseAnnotationComments(text, 0, text.length)) {
        if (c.type !== 'disable-next-line' && c.type !== 'disable-file') continue;
        const { rules } = parseDisableBody(c.body);
        // The body up to the reason: the codes the grammar marks are the ones the analysis reads.
        const head = c.body.split(toJs(reason.begin!))[0]!;
        const marked = [...head.matchAll(toJs(code.match!, 'g'))].map((m) => m[0]);
        assert.deepEqual(marked, rules, `${path}: ${c.body}`);
      }
    }
  });

  it('scopes footnote references and definitions', () => {
    const text = readFileSync('samples/microsoft-mistral.en.md', 'utf8');
    const references = [...text.matchAll(toJs(grammar.repository['footnote-reference']!.match!, 'g'))].map((m) => m[0]);
    const definitions = [...text.matchAll(toJs(grammar.repository['footnote-definition']!.match!, 'gm'))].map((m) => m[0].trim());
    assert.ok(references.length >= 2, 'the English sample cites and defines a footnote');
    for (const d of definitions) assert.ok(references.includes(d.replace(/:$/, '')), d);
    assert.ok(definitions.length >= 1);
  });
});
