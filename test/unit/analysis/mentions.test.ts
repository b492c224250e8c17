import assert from 'node:assert/strict';
import { analyze, KnowledgeBase, type Entity } from '../../../server/src/analysis/index.js';

const e = (id: string, name: string, kind: Entity['kind'], aliases: string[] = [], patterns: string[] = []): Entity => ({ id, name, kind, aliases, patterns });
const KB = KnowledgeBase.fromLayers([
  [
    e('microsoft', 'Microsoft', 'company'),
    e('azure', 'Microsoft Azure', 'product', ['Azure']),
    e('openai', 'OpenAI', 'company', ['Open AI']),
    e('ec', 'European Commission', 'regulator', ['EU-kommissionen']),
    e('eu', 'EU', 'organisation'),
    e('ftc', 'FTC', 'regulator', ['Federal Trade Commission']),
    e('hm', 'H&M', 'company', ['Hennes & Mauritz']),
    e('cma', 'Competition and Markets Authority', 'regulator', ['CMA']),
    e('regs', 'European competition regulators', 'regulator', [], ['European competition regulator*', 'europeiska konkurrensmyndighet*']),
    e('pts', 'Post- och telestyrelsen', 'regulator', ['PTS']),
  ],
]);

function found(text: string): Array<[string, string | null]> {
  return analyze(text, KB, { language: 'en' }).mentions.map((m) => [text.slice(m.start, m.end), m.entity]);
}

describe('mentions', () => {
  it('finds English possessives with straight and curly apostrophes', () => {
    assert.deepEqual(found("Microsoft's cloud and Microsoft’s rivals."), [["Microsoft's", 'microsoft'], ['Microsoft’s', 'microsoft']]);
  });
  it('finds Swedish genitives, colon genitives and hyphenated compounds', () => {
    const text = 'Microsofts moln, EU:s regler, FTC:s utredning och Azure-plattformen. EU-kommissionen svarar.';
    assert.deepEqual(found(text), [
      ['Microsofts', 'microsoft'],
      ['EU:s', 'eu'],
      ['FTC:s', 'ftc'],
      ['Azure', 'azure'],
      ['EU-kommissionen', 'ec'],
    ]);
  });
  it('prefers the longest name', () => {
    assert.deepEqual(found('Customers of Microsoft Azure and Microsoft.'), [['Microsoft Azure', 'azure'], ['Microsoft', 'microsoft']]);
  });
  it('finds a multiword name broken across lines', () => {
    assert.deepEqual(found('The Competition and\nMarkets Authority said no.'), [['Competition and\nMarkets Authority', 'cma']]);
  });
  it('matches aliases with spaces and ampersands', () => {
    assert.deepEqual(found('Open AI and H&M and Hennes & Mauritz.'), [['Open AI', 'openai'], ['H&M', 'hm'], ['Hennes & Mauritz', 'hm']]);
  });
  it('matches restricted patterns case-insensitively with word endings', () => {
    assert.deepEqual(found('Now European competition regulators look, as do de europeiska konkurrensmyndigheterna.'), [
      ['European competition regulators', 'regs'],
      ['europeiska konkurrensmyndigheterna', 'regs'],
    ]);
  });
  it('finds a name with a suspended compound (Post- och telestyrelsen), inflected too, and no name across a spaced dash', () => {
    assert.deepEqual(found('Enligt Post- och telestyrelsen faller priserna; Post- och telestyrelsens beslut gäller.'), [
      ['Post- och telestyrelsen', 'pts'],
      ['Post- och telestyrelsens', 'pts'],
    ]);
    assert.deepEqual(found('Post - och telestyrelsen.').filter(([, id]) => id !== null), []);
  });
  it('does not match across punctuation or inside code', () => {
    const known = found('Competition and, Markets Authority. `Microsoft` code.\n\n```\nMicrosoft\n```\n').filter(([, id]) => id !== null);
    assert.deepEqual(known, []);
  });
  it('does not match inside other words or in the wrong case', () => {
    assert.deepEqual(found('Microsoftish microsoft MICROSOFT'), []);
  });
  it('finds unknown organisations by corporate suffix with no entity', () => {
    const r = analyze('The deal with Nordvik Data AB closed.', KB, { language: 'en' });
    assert.deepEqual(r.mentions.map((m) => [m.text, m.entity, m.kind]), [['Nordvik Data AB', null, 'company']]);
    assert.equal(r.diagnostics.find((d) => d.code === 'unknown-organisation')?.severity, 'hint');
  });
  it('is independent of KB size: a 20,000-entity KB finds the same mentions', () => {
    const big: Entity[] = [];
    for (let i = 0; i < 20000; i++) big.push(e(`gen-${i}`, `Generated Company ${i}`, 'company', [`GenCo${i}`]));
    const kb = KnowledgeBase.fromLayers([big, KB.entities]);
    const text = "Microsoft's Azure and GenCo42 and Generated Company 7's.";
    const r = analyze(text, kb, { language: 'en' });
    assert.deepEqual(r.mentions.map((m) => m.entity), ['microsoft', 'azure', 'gen-42', 'gen-7']);
  });
});
