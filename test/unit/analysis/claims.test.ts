import assert from 'node:assert/strict';
import { analyze, KnowledgeBase, type Entity } from '../../../server/src/analysis/index.js';

const e = (id: string, name: string, kind: Entity['kind'], aliases: string[] = []): Entity => ({ id, name, kind, aliases, patterns: [] });
const KB = KnowledgeBase.fromLayers([[e('microsoft', 'Microsoft', 'company'), e('mistral', 'Mistral AI', 'company', ['Mistral'])]]);

function claimsOf(text: string, lang: 'sv' | 'en') {
  const r = analyze(text, KB, { language: lang });
  return r.claims.map((c) => ({ text: c.text, reasons: c.reasons, sourced: c.sourced }));
}
function codes(text: string, lang: 'sv' | 'en', opts = {}): string[] {
  return analyze(text, KB, { language: lang, ...opts }).diagnostics.map((d) => d.code);
}

describe('claims', () => {
  it('recognises amounts of money in both languages', () => {
    for (const [text, lang] of [
      ['Bolaget fick 15 miljoner kronor.', 'sv'],
      ['Det kostade miljarder dollar.', 'sv'],
      ['Affären är värd SEK 3bn.', 'sv'],
      ['The company raised $2bn.', 'en'],
      ['It paid €1.3 billion for the unit.', 'en'],
      ['Profits were £600m.', 'en'],
    ] as const) {
      assert.deepEqual(claimsOf(text, lang).map((c) => c.reasons), [['money']], text);
    }
  });
  it('recognises percentages, counts, rankings, firsts, forecasts and undisclosed amounts', () => {
    assert.deepEqual(claimsOf('Sales rose 12% in Europe.', 'en')[0]?.reasons, ['percentage']);
    assert.deepEqual(claimsOf('Vinsten ökade med 2,5 procent.', 'sv')[0]?.reasons, ['percentage']);
    assert.deepEqual(claimsOf('It lost 464,000 subscribers.', 'en')[0]?.reasons, ['count']);
    assert.deepEqual(claimsOf('Mistral är en av världens största AI-bolag.', 'sv')[0]?.reasons, ['ranking']);
    assert.deepEqual(claimsOf('It is the largest deal in the sector.', 'en')[0]?.reasons, ['ranking']);
    assert.deepEqual(claimsOf('Bolaget fick exklusiva rättigheter.', 'sv')[0]?.reasons, ['first-or-exclusive']);
    assert.deepEqual(claimsOf('It is the first European model of its kind.', 'en')[0]?.reasons, ['first-or-exclusive']);
    assert.deepEqual(claimsOf('Partnerskapet förväntas pågå länge.', 'sv')[0]?.reasons, ['forecast']);
    assert.deepEqual(claimsOf('Storleken på investeringen är ännu okänd.', 'sv')[0]?.reasons, ['undisclosed-amount']);
    assert.deepEqual(claimsOf('The bank bought a stake for an undisclosed sum.', 'en')[0]?.reasons, ['undisclosed-amount']);
  });
  it('does not treat bare years, dates and times as claims', () => {
    assert.deepEqual(claimsOf('The merger was agreed in 2004 and signed on 26 February.', 'en'), []);
    assert.deepEqual(claimsOf('Mötet hölls den 3 mars 2024 klockan 14.30.', 'sv'), []);
    assert.deepEqual(claimsOf('Microsoft satsar på Mistral.', 'sv'), []);
  });
  it('counts a named attribution as a source', () => {
    assert.equal(claimsOf('Sales rose 12%, the company said.', 'en')[0]?.sourced, true);
    assert.equal(claimsOf('Microsoft said sales rose 12%.', 'en')[0]?.sourced, true);
    assert.equal(claimsOf('Enligt Microsoft steg försäljningen med 12 procent.', 'sv')[0]?.sourced, true);
    assert.equal(claimsOf('Försäljningen steg med 12 procent, uppger bolaget.', 'sv')[0]?.sourced, true);
    assert.equal(claimsOf('– Vi växer med 12 procent, säger hon.', 'sv')[0]?.sourced, true);
  });
  it('does not count a vague attribution as a source, and reports it', () => {
    const text = 'Sales rose 12%, sources say.';
    assert.equal(claimsOf(text, 'en')[0]?.sourced, false);
    assert.deepEqual(codes(text, 'en').sort(), ['unsourced-claim', 'vague-attribution']);
    assert.deepEqual(codes('Bolaget värderas enligt uppgifter till 2 miljarder kronor.', 'sv').sort(), ['unsourced-claim', 'vague-attribution']);
    assert.deepEqual(codes('The deal is reportedly close.', 'en'), ['vague-attribution']);
  });
  it('counts a link, a filled footnote and a source comment as sources', () => {
    assert.deepEqual(codes('Sales rose 12% ([report](https://example.com/r)).', 'en'), []);
    assert.deepEqual(codes('Sales rose 12%.[^1]\n\n[^1]: Annual report 2023, p. 4.\n', 'en'), []);
    assert.deepEqual(codes('Sales rose 12%. <!-- source: CFO interview, 3 March -->\n', 'en'), []);
    assert.deepEqual(codes('Sales rose 12%.\n\n<!-- source: CFO interview, 3 March -->\n', 'en'), []);
  });
  it('reports an empty footnote or comment as empty-source, not as a source', () => {
    assert.deepEqual(codes('Sales rose 12%.[^1]\n\n[^1]: \n', 'en').filter((c) => c !== 'unsourced-claim'), codes('Sales rose 12%.[^1]\n\n[^1]: \n', 'en'));
    assert.ok(codes('Sales rose 12%.[^1]\n\n[^1]: TODO\n', 'en').includes('empty-source'));
    assert.deepEqual(codes('Sales rose 12%. <!-- source: -->\n', 'en'), ['empty-source']);
    assert.deepEqual(codes('Sales rose 12%.[^9]\n', 'en'), ['empty-source']);
  });
  it('requires a citation when asked to', () => {
    assert.deepEqual(codes('Sales rose 12%, the company said.', 'en', { requireCitation: true }), ['unsourced-claim']);
  });
});

describe('verification and disable comments', () => {
  it('accepts a verified mark and lets it lapse when the sentence changes', async () => {
    const { sentenceFingerprint } = await import('../../../server/src/analysis/fingerprint.js');
    const sentence = 'Sales rose 12% in Europe.';
    const good = `${sentence} <!-- verified: J. Editor, 2024-03-01, #${sentenceFingerprint(sentence)} -->\n`;
    assert.deepEqual(codes(good, 'en'), []);
    assert.equal(analyze(good, KB, { language: 'en' }).claims[0]?.verified, true);
    const edited = good.replace('12%', '15%');
    assert.deepEqual(codes(edited, 'en').sort(), ['stale-verification', 'unsourced-claim']);
  });
  it('disables a rule for the next line and reports a disable without a reason', () => {
    assert.deepEqual(codes('<!-- news-annotator-disable-next-line unsourced-claim -- figure from our own data desk -->\nSales rose 12%.\n', 'en'), []);
    assert.deepEqual(codes('<!-- news-annotator-disable-next-line unsourced-claim -->\nSales rose 12%.\n', 'en'), ['disable-without-reason']);
    assert.deepEqual(codes('<!-- news-annotator-disable-next-line unsourced-claim -- ok -->\n\nText.\n\nSales rose 12%.\n', 'en'), ['unsourced-claim']);
  });
  it('disables a rule for a whole file', () => {
    assert.deepEqual(codes('<!-- news-annotator-disable vague-attribution -- opinion column -->\n\nIt is reportedly fine. It is said to be fine.\n', 'en'), []);
  });
  it('honours severity settings and turning rules off', () => {
    const r = analyze('Sales rose 12%.', KB, { language: 'en', rules: { 'unsourced-claim': 'error' } });
    assert.equal(r.diagnostics[0]?.severity, 'error');
    assert.deepEqual(analyze('Sales rose 12%.', KB, { language: 'en', rules: { 'unsourced-claim': 'off' } }).diagnostics, []);
  });
});
