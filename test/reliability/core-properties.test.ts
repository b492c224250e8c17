// Property-based tests of the analysis core over generated hostile Markdown (markdown-arbitraries.ts):
// it never throws or fails internally, every offset is in bounds and on a code-point boundary, the
// annotations keep their order, the result depends on the input only, and incremental re-analysis
// after any sequence of edits equals a full analysis. Fixed seeds: a failure replays exactly.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, exportClean, IncrementalAnalysis, KnowledgeBase, LineIndex, type AnalyzeOptions } from '../../server/src/analysis/index.js';
import { checkResult, recordFigure, samplesKb } from './helpers.js';
import { applyEdit, article, articleWithNul, edit, generatedEntities } from './markdown-arbitraries.js';

const SEED = 20240701;

/**
 * Fixed seed and run count; a watchdog far above the normal run time (seconds) stops a property
 * whose failure takes long to shrink, and reports the failure it has.
 */
function params(seed: number, numRuns: number): fc.Parameters<unknown> {
  return { seed, numRuns, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: true };
}

const options: fc.Arbitrary<AnalyzeOptions> = fc.oneof(
  fc.constant({}),
  fc.record({
    language: fc.constantFrom('auto' as const, 'sv' as const, 'en' as const),
    requireCitation: fc.boolean(),
    rules: fc.constantFrom({}, { 'unknown-organisation': 'off' as const, 'unsourced-claim': 'error' as const }, { 'vague-attribution': 'hint' as const }),
  }),
);

describe('reliability: core properties over generated Markdown', function () {
  this.timeout(120000);
  const kb = samplesKb();
  let total = 0;
  after(() => recordFigure('generated articles analysed (core properties)', total));

  it('never throws, keeps every offset in bounds and on a code-point boundary, keeps annotations ordered', () => {
    let runs = 0;
    let chars = 0;
    let withMentions = 0;
    let withClaims = 0;
    fc.assert(
      fc.property(article, options, (text, opts) => {
        runs++;
        chars += text.length;
        const r = analyze(text, kb, opts);
        checkResult(text, r);
        assert.equal(r.skipped, undefined, 'a NUL-free article under the size limit is analysed');
        if (r.mentions.length > 0) withMentions++;
        if (r.claims.length > 0) withClaims++;
      }),
      params(SEED, 400),
    );
    total += runs;
    // The generator must actually reach the rules, or the property says little.
    assert.ok(withMentions > runs / 4, `only ${withMentions} of ${runs} articles had mentions`);
    assert.ok(withClaims > runs / 4, `only ${withClaims} of ${runs} articles had claims`);
    recordFigure('core property: articles / characters / with mentions / with claims', `${runs} / ${chars.toLocaleString('en')} / ${withMentions} / ${withClaims}`);
  });

  it('keeps the same promises with generated knowledge bases (names, aliases, prefix patterns) over the same text', () => {
    let runs = 0;
    let mentions = 0;
    fc.assert(
      fc.property(article, generatedEntities, (text, entities) => {
        runs++;
        const generated = KnowledgeBase.fromLayers([[...kb.entities], entities]);
        const r = analyze(text, generated);
        checkResult(text, r);
        mentions += r.mentions.length;
        assert.deepEqual(analyze(text, KnowledgeBase.fromLayers([[...kb.entities], entities])), r, 'deterministic');
      }),
      params(SEED + 5, 100),
    );
    total += runs;
    recordFigure('core property with generated KBs: articles / mentions found', `${runs} / ${mentions}`);
  });

  it('gives the same result for the same input (twice, and with a separately built KB)', () => {
    let runs = 0;
    const other = KnowledgeBase.fromLayers([[...kb.entities]]);
    fc.assert(
      fc.property(article, (text) => {
        runs++;
        const a = analyze(text, kb);
        assert.deepEqual(analyze(text, kb), a);
        assert.deepEqual(analyze(text, other), a);
      }),
      params(SEED + 1, 100),
    );
    total += runs;
  });

  it('skips a document holding NUL characters as binary: one informational diagnostic, nothing else', () => {
    let runs = 0;
    fc.assert(
      fc.property(articleWithNul, (text) => {
        runs++;
        const r = analyze(text, kb);
        checkResult(text, r);
        if (text.slice(0, 8192).includes('\0')) {
          assert.equal(r.skipped, 'binary');
          assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity]), [['binary-file', 'information']]);
          assert.equal(r.mentions.length + r.claims.length + r.sentences.length, 0);
        }
      }),
      params(SEED + 2, 100),
    );
    total += runs;
  });

  it('incremental re-analysis after generated edits equals a full analysis of the new text', () => {
    let runs = 0;
    let edits = 0;
    let incremental = 0;
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (parts, es) => {
        runs++;
        // Several articles joined give the incremental path enough blocks to work with.
        let text = parts.join('\n\n');
        let state = IncrementalAnalysis.full(text, kb);
        for (const e of es) {
          text = applyEdit(text, e);
          state = state.update(text);
          edits++;
          if (state.lastUpdate === 'incremental') incremental++;
          assert.equal(state.text, text);
          assert.deepEqual(state.result, analyze(text, kb));
        }
        checkResult(text, state.result);
      }),
      params(SEED + 3, 70),
    );
    total += runs;
    assert.ok(incremental > 0, 'no edit took the incremental path: the property would test nothing');
    recordFigure('incremental property: documents / edits / edits re-analysed incrementally', `${runs} / ${edits} / ${incremental}`);
  });

  it('replays the edits that once made incremental re-analysis differ from a full one', () => {
    // Shrunk counterexamples the incremental property found (see docs/reliability.md).
    const cases: Array<[string, Array<[string, string]>]> = [
      // A re-parsed region starting with a mid-document U+FEFF.
      ['---\ntitle: x\n---\n\n\n\n\ufeff---\nlang: en\n\n\n#  Microsoft [Microsoft ](https://example.com/x)\n\n[^x y]: \ud800 «\n\n```\nx\n```', [['#  Micr', '\ud800']]],
      // A document starting with an unclosed front-matter fence.
      ['---\nt<!-----\n\n*Microsoft Microsoft \n\n> Microsoft \n\n*`European competition regulators 15 miljoner kronor `\r\n\n[^x y]: x\r\n\n```\r\nMicrosoft \n```', [['> Microsoft ', '>\ud800oft ']]],
      // A region starting with a `---` line.
      [' --\nlang: en\nsources:\n  - Reuters\n  - TT\n---\n\n' + '7'.repeat(100) + '\n\n- Microsoft \n\n[^1]: *\ud800 *', [['7\n', '\n']]],
      // Typing before a list marker on its line.
      [' -\nsources: Reuters\n---\n- ', [[' -\n', '** -\n']]],
    ];
    for (const [start, edits] of cases) {
      let text = start;
      let state = IncrementalAnalysis.full(text, kb);
      for (const [from, to] of edits) {
        assert.ok(text.includes(from), `the case holds ${JSON.stringify(from)}`);
        text = text.replace(from, to);
        state = state.update(text);
        assert.deepEqual(state.result, analyze(text, kb), JSON.stringify(text));
      }
    }
  });

  it('export and line positions never throw; positions round-trip on every offset', () => {
    let runs = 0;
    fc.assert(
      fc.property(article, (text) => {
        runs++;
        exportClean(text);
        const lines = new LineIndex(text);
        for (let o = 0; o <= text.length; o += Math.max(1, text.length >> 6)) {
          // Inside a CRLF there is no position of its own; it maps to the end of its line.
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          assert.equal(lines.offsetAt(lines.positionAt(o)), o, `offset ${o}`);
        }
      }),
      params(SEED + 4, 200),
    );
    total += runs;
  });
});
