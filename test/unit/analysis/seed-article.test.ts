// What an editor expects on the seed article (issue 2), written from reading the article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, KnowledgeBaseStore, type AnalysisResult } from '../../../server/src/analysis/index.js';

const ARTICLE = 'samples/microsoft-mistral.sv.md';
const KB_FILE = 'samples/entities.yaml';

describe('seed article (samples/microsoft-mistral.sv.md)', () => {
  let text: string;
  let result: AnalysisResult;
  let store: KnowledgeBaseStore;

  before(() => {
    text = readFileSync(ARTICLE, 'utf8');
    store = new KnowledgeBaseStore([]);
    const diags = store.update('file:///samples/entities.yaml', readFileSync(KB_FILE, 'utf8'));
    assert.deepEqual(diags.filter((d) => d.severity === 'error'), [], 'the sample KB is valid');
    result = analyze(text, store.kb);
  });

  /** Where the article's text starts: after its front matter, which is metadata, not prose. */
  function bodyStart(): number {
    return text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  }
  function occurrences(needle: string): number[] {
    const out: number[] = [];
    for (let i = text.indexOf(needle, bodyStart()); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
    return out;
  }
  function mentionAt(offset: number) {
    return result.mentions.find((m) => m.start <= offset && offset < m.end);
  }
  function entityName(offset: number): string | undefined {
    const m = mentionAt(offset);
    return m?.entity ? store.kb.get(m.entity)?.name : undefined;
  }
  function sentenceWith(phrase: string) {
    const at = text.indexOf(phrase);
    assert.notEqual(at, -1, `the article holds "${phrase}"`);
    const s = result.sentences.find((x) => x.start <= at && at < x.end);
    assert.ok(s, `a sentence holds "${phrase}"`);
    return s;
  }
  function diagnosticsIn(span: { start: number; end: number }, code: string) {
    return result.diagnostics.filter((d) => d.code === code && d.start < span.end && span.start < d.end);
  }

  it('is Swedish', () => assert.equal(result.language, 'sv'));

  it('finds every mention of Microsoft, including Microsofts, as a company', () => {
    const at = occurrences('Microsoft');
    assert.equal(at.length, 8, 'the article names Microsoft eight times');
    for (const o of at) {
      const m = mentionAt(o);
      assert.ok(m, `mention at ${o}`);
      // "Microsoft Azures" is the longer product name; every other one is the company.
      if (text.startsWith('Microsoft Azure', o)) assert.equal(m.kind, 'product');
      else {
        assert.equal(m.kind, 'company');
        assert.equal(entityName(o), 'Microsoft');
      }
    }
    for (const o of occurrences('Microsofts ')) assert.equal(text.slice(mentionAt(o)!.start, mentionAt(o)!.end), 'Microsofts');
  });

  it('finds each mention of Open AI as the company OpenAI', () => {
    const at = occurrences('Open AI');
    assert.equal(at.length, 7, 'the article names Open AI seven times');
    for (const o of at) {
      assert.equal(mentionAt(o)?.kind, 'company');
      assert.equal(entityName(o), 'OpenAI');
    }
  });

  it('finds Mistral, Azure, Microsoft Azure and Brad Smith with their kinds', () => {
    for (const o of occurrences('Mistral')) assert.equal(mentionAt(o)?.kind, 'company', `Mistral at ${o}`);
    for (const o of occurrences('Azure')) assert.equal(mentionAt(o)?.kind, 'product', `Azure at ${o}`);
    const smith = occurrences('Brad Smith');
    assert.equal(smith.length, 1);
    assert.equal(mentionAt(smith[0]!)?.kind, 'person');
    assert.equal(text.slice(mentionAt(smith[0]!)!.start, mentionAt(smith[0]!)!.end), 'Brad Smith');
  });

  it('finds "europeiska konkurrenslagstiftarnas" as a reference to regulators', () => {
    const [o] = occurrences('europeiska konkurrenslagstiftarnas');
    const m = mentionAt(o!);
    assert.equal(m?.kind, 'regulator');
    assert.equal(text.slice(m!.start, m!.end), 'europeiska konkurrenslagstiftarnas');
  });

  it('flags the three unsourced claims', () => {
    for (const phrase of ['miljarder dollar investerade och exklusiva rättigheter', 'Storleken på investeringen är ännu okänd', 'en av världens största tech-företag']) {
      const s = sentenceWith(phrase);
      assert.equal(diagnosticsIn(s, 'unsourced-claim').length, 1, phrase);
      const claim = result.claims.find((c) => c.start === s.start);
      assert.equal(claim?.sourced, false);
    }
    const reasons = (phrase: string) => result.claims.find((c) => c.start === sentenceWith(phrase).start)?.reasons ?? [];
    assert.ok(reasons('miljarder dollar').includes('money'));
    assert.ok(reasons('miljarder dollar').includes('first-or-exclusive'));
    assert.ok(reasons('Storleken på investeringen').includes('undisclosed-amount'));
    assert.ok(reasons('världens största').includes('ranking'));
  });

  it('flags the vague attributions', () => {
    for (const phrase of ['ofta kallas', 'anses', 'förväntas']) {
      const at = text.indexOf(phrase);
      const hit = result.diagnostics.find((d) => d.code === 'vague-attribution' && d.start <= at && at < d.end);
      assert.ok(hit, `vague attribution at "${phrase}"`);
    }
  });

  it('does not flag the sourced statements', () => {
    for (const phrase of ['meddelade Microsoft nyligen', 'Brad Smith, understryker']) {
      const s = sentenceWith(phrase);
      assert.deepEqual(diagnosticsIn(s, 'unsourced-claim'), [], phrase);
      assert.deepEqual(diagnosticsIn(s, 'vague-attribution'), [], phrase);
    }
    const exclusive = result.claims.find((c) => c.start === sentenceWith('meddelade Microsoft nyligen').start);
    assert.equal(exclusive?.sourced, true, 'the exclusivity statement is a claim, sourced by "meddelade Microsoft"');
  });

  it('flags nothing else as unsourced', () => {
    assert.equal(result.diagnostics.filter((d) => d.code === 'unsourced-claim').length, 3);
  });
});
