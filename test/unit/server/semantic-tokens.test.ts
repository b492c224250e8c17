import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/analysis/index.js';
import { encodeSemanticTokens, SemanticTokensCache } from '../../../server/src/features/semantic-tokens.js';
import { decodeTokens } from './token-decoding.js';
import { analysisOf, EN_ARTICLE, read, SV_ARTICLE } from './fixtures.js';

describe('server: semantic tokens', () => {
  it('decodes to the mentions of the seed article with their kinds', () => {
    const text = read(SV_ARTICLE);
    const tokens = decodeTokens(encodeSemanticTokens(analysisOf(SV_ARTICLE)), text);
    const kinds = new Map(tokens.map((t) => [t.text, t.type]));
    // Written from reading the article: every name in it, inflected as it appears.
    assert.deepEqual([...kinds.keys()].sort(), ['Azure', 'Brad Smith', 'Microsoft', 'Microsoft Azures', 'Microsofts', 'Mistral', 'Open AI', 'Silicon Valley', 'europeiska konkurrenslagstiftarnas'].sort());
    assert.equal(kinds.get('Microsofts'), 'company');
    assert.equal(kinds.get('Brad Smith'), 'person');
    assert.equal(kinds.get('europeiska konkurrenslagstiftarnas'), 'regulator');
    assert.equal(kinds.get('Microsoft Azures'), 'product');
    assert.equal(kinds.get('Silicon Valley'), 'place');
    const body = text.slice(text.indexOf('---', 3) + 3);
    assert.equal(tokens.filter((t) => t.text === 'Open AI').length, body.split('Open AI').length - 1, 'each mention of Open AI');
    assert.ok(tokens.every((t) => t.modifiers.length === 0), 'no unknown organisations in the seed article');
  });

  it('marks unknown organisations with the modifier "unknown"', () => {
    const tokens = decodeTokens(encodeSemanticTokens(analysisOf(EN_ARTICLE)), read(EN_ARTICLE));
    const nordvik = tokens.find((t) => t.text.startsWith('Nordvik Data AB'));
    assert.ok(nordvik, "nordvik");
    assert.deepEqual(nordvik.modifiers, ['unknown']);
    assert.equal(nordvik.type, 'company');
  });

  it('splits a name broken across lines into one token per line', () => {
    const text = 'In the UK, the Competition and\nMarkets Authority said nothing.\n';
    const a = analysisOf(EN_ARTICLE, text);
    const tokens = decodeTokens(encodeSemanticTokens(a), text);
    assert.deepEqual(
      tokens.map((t) => [t.line, t.text, t.type]),
      [
        [0, 'Competition and', 'regulator'],
        [1, 'Markets Authority', 'regulator'],
      ],
    );
  });

  it('answers a range with the tokens inside it only', () => {
    const text = read(SV_ARTICLE);
    const a = analysisOf(SV_ARTICLE);
    const all = decodeTokens(encodeSemanticTokens(a), text);
    const range = { start: { line: 9, character: 0 }, end: { line: 10, character: 0 } };
    const some = decodeTokens(encodeSemanticTokens(a, range), text);
    assert.ok(some.length > 0 && some.length < all.length, "some.length > 0 && some.length < all.length");
    assert.deepEqual(
      some,
      all.filter((t) => t.line === 9),
    );
  });

  it('answers delta requests with edits that turn the old tokens into the new', () => {
    const cache = new SemanticTokensCache();
    const text = read(SV_ARTICLE);
    const first = cache.full('u', encodeSemanticTokens(analysisOf(SV_ARTICLE, text)));
    const edited = text.replace('Under en lång tid har Microsoft', 'Under en lång tid har Mistral och Microsoft');
    const next = encodeSemanticTokens(analysisOf(SV_ARTICLE, edited));
    const delta = cache.delta('u', first.resultId!, next);
    assert.ok('edits' in delta, "'edits' in delta");
    const applied = [...first.data];
    for (const e of [...delta.edits].reverse()) applied.splice(e.start, e.deleteCount, ...(e.data ?? []));
    assert.deepEqual(applied, next);
    assert.ok(delta.edits[0]!.deleteCount + (delta.edits[0]!.data?.length ?? 0) < next.length, 'a small edit, not the whole array');
    // Same tokens again: no edits. An unknown previous id: full tokens.
    const same = cache.delta('u', delta.resultId!, next);
    assert.ok('edits' in same && same.edits.length === 0, "'edits' in same && same.edits.length === 0");
    assert.ok('data' in cache.delta('u', 'stale', next), "'data' in cache.delta('u', 'stale', next)");
  });

  it('encodes positions as LSP counts them (UTF-16, CRLF line ends)', () => {
    const text = '😀 Microsoft\r\nand Microsoft again.\r\n';
    const a = analysisOf(EN_ARTICLE, text);
    const tokens = decodeTokens(encodeSemanticTokens(a), text);
    const lines = new LineIndex(text);
    assert.deepEqual(
      tokens.map((t) => [t.line, t.character]),
      a.result.mentions.map((m) => [lines.positionAt(m.start).line, lines.positionAt(m.start).character]),
    );
    assert.deepEqual(tokens.map((t) => t.text), ['Microsoft', 'Microsoft']);
  });
});
