// Literal links that GFM finds only after parsing (a quoted or escaped address) keep their place:
// the sentence around them stays prose, and the link is where the address is.
import assert from 'node:assert/strict';
import { analyze, IncrementalAnalysis, KnowledgeBase } from '../../../server/src/analysis/index.js';

const kb = KnowledgeBase.empty();

describe('literal links found after parsing', () => {
  const text = '# Results\n\nRevenue rose 20% last year ("www.example.com").\n\nProfit fell.\n\nThe end.\n';

  it('keep the sentence and source its claim with the link where it is written', () => {
    const r = analyze(text, kb, { language: 'en' });
    const claim = r.claims.find((c) => c.text.startsWith('Revenue rose 20%'));
    assert.ok(claim, `no claim in ${JSON.stringify(r.claims)}`);
    assert.equal(claim.source?.kind, 'link');
    assert.equal(text.slice(claim.source.start, claim.source.end), 'www.example.com');
    assert.equal(claim.sourced, true);
  });

  it('give the same result after an edit elsewhere as a full analysis', () => {
    const state = IncrementalAnalysis.full(text, kb, { language: 'en' });
    const edited = text.replace('Profit fell.', 'Profit fell 5%.');
    const next = state.update(edited);
    assert.equal(next.lastUpdate, 'incremental');
    assert.deepEqual(next.result, analyze(edited, kb, { language: 'en' }));
  });
});
