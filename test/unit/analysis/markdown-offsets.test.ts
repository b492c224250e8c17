import assert from 'node:assert/strict';
import { analyze, exportClean, KnowledgeBase, LineIndex, type Entity } from '../../../server/src/analysis/index.js';

const e = (id: string, name: string, kind: Entity['kind']): Entity => ({ id, name, kind, aliases: [], patterns: [] });
const KB = KnowledgeBase.fromLayers([[e('microsoft', 'Microsoft', 'company'), e('openai', 'OpenAI', 'company')]]);

function mentionTexts(text: string): string[] {
  return analyze(text, KB).mentions.map((m) => text.slice(m.start, m.end));
}

describe('Markdown prose and offsets', () => {
  it('analyses paragraphs, headings, list items, table cells and block quotes', () => {
    const text = '# Microsoft\n\n- OpenAI item\n\n> Microsoft quoted\n> OpenAI again\n\n| a | b |\n|---|---|\n| Microsoft | x |\n';
    assert.deepEqual(mentionTexts(text), ['Microsoft', 'OpenAI', 'Microsoft', 'OpenAI', 'Microsoft']);
  });
  it('never analyses code, inline code, URLs, HTML or front matter', () => {
    const text = '---\ntitle: Microsoft\n---\n\n`Microsoft` and [a link](https://microsoft.com/OpenAI)\n\n<div class=\"x\">\nMicrosoft\n</div>\n\n```\nOpenAI\n```\n\n    OpenAI indented\n';
    assert.deepEqual(mentionTexts(text), []);
  });
  it('keeps link text as prose', () => {
    assert.deepEqual(mentionTexts('Read [what Microsoft said](https://example.com).'), ['Microsoft']);
  });
  it('gives exact offsets after a byte-order mark and with CRLF line ends', () => {
    const text = '\uFEFF---\r\nlang: en\r\n---\r\n\r\nAbout Microsoft.\r\n\r\nAnd OpenAI.\r\n';
    const r = analyze(text, KB);
    assert.equal(r.language, 'en');
    assert.equal(r.languageDeclared, true);
    assert.deepEqual(r.mentions.map((m) => text.slice(m.start, m.end)), ['Microsoft', 'OpenAI']);
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(r.mentions[1]!.start), { line: 6, character: 4 });
  });
  it('counts offsets in UTF-16 code units around emoji', () => {
    const text = '🚀🚀 Microsoft 🎉 OpenAI';
    const r = analyze(text, KB);
    assert.deepEqual(r.mentions.map((m) => [m.start, m.end]), [[5, 14], [18, 24]]);
  });
  it('detects the language when front matter does not declare it', () => {
    assert.equal(analyze('Bolaget säger att det inte är klart och att de har tid.', KB).language, 'sv');
    assert.equal(analyze('The company said that it is not ready and that it has time.', KB).language, 'en');
  });
  it('reads front matter sources', () => {
    assert.deepEqual(analyze('---\nlang: en\nsources:\n  - Interview with the CFO\n---\n\nText.', KB).frontMatterSources, ['Interview with the CFO']);
  });
  it('refuses a too large or binary file politely', () => {
    const big = analyze('x'.repeat(200), KB, { maxFileSize: 100 });
    assert.equal(big.skipped, 'too-large');
    assert.deepEqual(big.diagnostics.map((d) => d.code), ['file-too-large']);
    const bin = analyze('PK\u0003\u0004\u0000\u0000data', KB);
    assert.deepEqual(bin.diagnostics.map((d) => d.code), ['binary-file']);
  });
});

describe('export of a clean copy', () => {
  it('removes our annotation comments and nothing else', () => {
    const text = 'Sales rose 12%. <!-- source: Anna, confidential -->\n\n<!-- verified: J. Editor, 2024-03-01 -->\n<!-- news-annotator-disable-next-line unsourced-claim -- ok -->\nMore text. <!-- an ordinary comment -->\n\n```\n<!-- source: inside code stays -->\n```\n';
    const clean = exportClean(text);
    assert.equal(clean, 'Sales rose 12%.\n\nMore text. <!-- an ordinary comment -->\n\n```\n<!-- source: inside code stays -->\n```\n');
  });
  it('returns an article without comments unchanged', () => {
    const text = '# Title\n\nPlain text.\n';
    assert.equal(exportClean(text), text);
  });
});
