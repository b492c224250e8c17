// Deeply nested Markdown: thousands of block-quote or list markers on a line once overflowed the stack
// of the prose walk (the analysis then failed) and took micromark quadratic time. The core now caps
// container nesting before parsing, keeping every offset (container-nesting.ts).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, KnowledgeBase } from '../../server/src/analysis/index.js';
import { capContainerNesting, MAX_NESTING } from '../../server/src/analysis/container-nesting.js';
import { checkResult, samplesKb } from './helpers.js';
import { article } from './markdown-arbitraries.js';

describe('reliability: deeply nested containers', function () {
  this.timeout(60000);

  for (const [name, unit] of [
    ['block quotes', '> '],
    ['block quotes without spaces', '>'],
    ['bullet lists', '- '],
    ['ordered lists', '1. '],
    ['mixed containers', '> * 2) '],
  ] as const) {
    it(`analyses 50,000 nested ${name} on one line without failing, offsets intact`, () => {
      const text = `Intro about Microsoft.\n\n${unit.repeat(50000)}Microsoft said $2bn.\n\nOutro.\n`;
      const r = analyze(text, KnowledgeBase.empty());
      checkResult(text, r);
      assert.ok(r.sentences.length >= 2, 'the prose around the nesting is still analysed');
    });
  }

  it('changes nothing in a text nested no deeper than the cap, and never changes a length', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 0, max: 80 }), fc.constantFrom('> ', '- ', '1. ', '* ', '>'), (text, depth, unit) => {
        assert.equal(capContainerNesting(text), text);
        const nested = `${unit.repeat(depth)}${text}`;
        const capped = capContainerNesting(nested);
        assert.equal(capped.length, nested.length);
        if (depth <= MAX_NESTING - 2) assert.equal(capped, nested);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('keeps the analysis of the samples article unchanged (nothing there nests)', () => {
    const kb = samplesKb();
    const text = '> Microsoft said $2bn.\n> > OpenAI was expected to grow.\n\n- a\n  - b\n    - c 12% growth, Mistral said.\n';
    assert.equal(capContainerNesting(text), text);
    checkResult(text, analyze(text, kb));
  });
});
