// Recognition quality floors on the development gold of issue 5 (test/quality/gold.dev.json, labelled
// by reading corpus articles and the samples). The floors sit a little under what the analysis reached
// when they were set, and never under the targets, so a change that makes recognition worse
// fails here. `npm run eval` prints the full table, held-out part and NER splits included.
import assert from 'node:assert/strict';
import { scoreClaims } from '../../../eval/claims-eval.js';
import { CORPUS, corpusPresent, loadGold } from '../../../eval/gold.js';
import { inflectionCheck } from '../../../eval/inflection-check.js';
import { scoreBusiness } from '../../../eval/org-eval.js';

/** Floors on the dev gold: [reached when set − a small margin], each at or above the target. */
// Raised after round 4: reached orgs en 0.96 (P 0.98), sv 0.91 (P 1.00); claims en 0.99, sv 0.97.
const FLOORS = {
  orgs: { en: { f1: 0.94, precision: 0.95 }, sv: { f1: 0.88, precision: 0.95 } },
  claims: { en: 0.96, sv: 0.94 },
};
const TARGETS = { orgs: { en: 0.85, sv: 0.8, precision: 0.9 }, claims: 0.85, inflection: 0.98 };

describe('recognition quality on the development gold (issue 5)', function () {
  this.timeout(120000);

  before(function () {
    if (!corpusPresent()) {
      console.warn(`\n    SKIPPED: the quality floors need the shared corpus at ${CORPUS} (en/, sv/, ner/), which is absent here; the gold holds offsets into it, not its text.\n`);
      this.skip();
    }
  });

  it('keeps the floors at or above the targets of the issue', () => {
    assert.ok(FLOORS.orgs.en.f1 >= TARGETS.orgs.en && FLOORS.orgs.sv.f1 >= TARGETS.orgs.sv);
    assert.ok(FLOORS.orgs.en.precision >= TARGETS.orgs.precision && FLOORS.orgs.sv.precision >= TARGETS.orgs.precision);
    assert.ok(FLOORS.claims.en >= TARGETS.claims && FLOORS.claims.sv >= TARGETS.claims);
  });

  for (const lang of ['en', 'sv'] as const) {
    it(`finds the organisations of ${lang} business news (lenient F1 ≥ ${FLOORS.orgs[lang].f1}, precision ≥ ${FLOORS.orgs[lang].precision}), default KB only`, () => {
      const f = scoreBusiness(loadGold('dev').orgs, lang, 'ours');
      assert.ok(f.gold > 50, `the ${lang} gold has organisations (${f.gold})`);
      const misses = f.errors.filter((e) => e.kind !== 'wrong-kind').slice(0, 8).map((e) => `${e.kind} ${e.doc}@${e.start}`);
      assert.ok(f.lenient.f1 >= FLOORS.orgs[lang].f1, `lenient F1 ${f.lenient.f1.toFixed(3)} (P ${f.lenient.precision.toFixed(3)}, R ${f.lenient.recall.toFixed(3)}); first errors: ${misses.join(', ')}`);
      assert.ok(f.lenient.precision >= FLOORS.orgs[lang].precision, `lenient precision ${f.lenient.precision.toFixed(3)}; first errors: ${misses.join(', ')}`);
    });
  }

  it('tells regulators apart from companies', () => {
    for (const lang of ['en', 'sv'] as const) {
      const k = scoreBusiness(loadGold('dev').orgs, lang, 'ours').kinds;
      assert.ok(k, `kinds are scored for ${lang}`);
      assert.equal(k.confusions, 0, `${lang}: a gold regulator found as a company or the reverse`);
    }
    const en = scoreBusiness(loadGold('dev').orgs, 'en', 'ours').kinds!;
    assert.ok(en.regulator.f1 >= 0.9, `regulator F1 among the English matches: ${en.regulator.f1.toFixed(3)}`);
  });

  for (const lang of ['en', 'sv'] as const) {
    it(`flags the unsourced claims of ${lang} articles (sentence F1 ≥ ${FLOORS.claims[lang]})`, () => {
      const c = scoreClaims(loadGold('dev').claims, lang);
      assert.ok(c.sentences > 150, `the ${lang} claims gold has sentences (${c.sentences})`);
      assert.deepEqual(c.languageErrors, [], 'every article is detected in its language');
      const errs = c.errors.slice(0, 6).map((e) => `${e.gold}→${e.predicted} ${e.article}@${e.start}`);
      assert.ok(c.unsourced.f1 >= FLOORS.claims[lang], `F1 ${c.unsourced.f1.toFixed(3)} (P ${c.unsourced.precision.toFixed(3)}, R ${c.unsourced.recall.toFixed(3)}); first errors: ${errs.join(', ')}`);
    });
  }
});

describe('inflection recall with a workspace KB listing organisations by base name (issue 5)', () => {
  for (const lang of ['en', 'sv'] as const) {
    it(`finds every ${lang} possessive, genitive, hyphenated and line-broken mention (recall ≥ ${TARGETS.inflection})`, () => {
      const r = inflectionCheck(lang);
      assert.ok(r.mentions > 150, `the generated ${lang} article has mentions (${r.mentions})`);
      assert.ok(r.recall >= TARGETS.inflection, `recall ${r.recall.toFixed(3)}; missed: ${r.misses.join('; ')}`);
      assert.equal(r.extra, 0, 'no mention of these organisations where none was written');
    });
  }
});
