import assert from 'node:assert/strict';
import { articleSummary, codeLenses } from '../../../server/src/features/code-lens.js';
import { documentAnnotations } from '../../../server/src/features/document-annotations.js';
import { analysisOf, EN_ARTICLE, SV_ARTICLE, uriOf } from './fixtures.js';

describe('server: code lens and document annotations', () => {
  it('summarises the seed article at its top', () => {
    const lenses = codeLenses(analysisOf(SV_ARTICLE));
    assert.equal(lenses.length, 1);
    assert.deepEqual(lenses[0]!.range.start, { line: 0, character: 0 });
    // The issue lists three unsourced claims in the seed article and no unknown organisation.
    assert.match(lenses[0]!.command!.title, /^\d+ mentions of \d+ entities · 3 unsourced claims$/);
    assert.equal(lenses[0]!.command!.command, '', 'a label, not a button');
  });

  it('names unknown organisations in the summary', () => {
    assert.match(articleSummary(analysisOf(EN_ARTICLE)), / · 1 unknown organisation · \d+ unsourced claims$/);
  });

  it('gives the client mentions and claims with display names and statuses', () => {
    const a = analysisOf(EN_ARTICLE);
    const ann = documentAnnotations(a, uriOf(EN_ARTICLE));
    assert.equal(ann.language, 'en');
    assert.equal(ann.version, 1);
    const openAi = ann.mentions.find((m) => m.text === 'Open AI');
    assert.equal(openAi?.name, 'OpenAI');
    assert.equal(ann.mentions.find((m) => m.entity === null)?.name, 'Nordvik Data AB');
    const statuses = new Set(ann.claims.map((c) => c.status));
    assert.ok(statuses.has('sourced') && statuses.has('unsourced'), [...statuses].join());
    const verified = ann.claims.find((c) => c.text.includes('valued at about'));
    assert.equal(verified?.status, 'verified', 'the sample marks the valuation verified');
  });
});
