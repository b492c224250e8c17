// Rounds 16 and 17, the blind checks registered in docs/quality.md ("Session 6"): the business sentences no
// rule writer had read, 198 Swedish (eval/select-heldout16.ts) and 274 English (eval/select-heldout17.ts),
// each labelled by two engineers apart (`…a`, `…b`) and settled by a third where they differ (`heldout16`,
// `heldout17`, the gold of record), scored with the rules of `f8d7280`, fixed before the labelling, read
// from that commit so that later rules do not move the figures.
//
// The organisations of the same sentences are scored too, against the ORG tags the NER corpora give them
// (not a gold of ours; the tags leave out some organisations, e.g. `EU` and `Boeing` in round 16), with this
// checkout's analysis and default KB, and compromise beside it on the English.
//
//   npx tsx eval/unseen-business-rounds.ts          about twenty seconds; prints figures only (no corpus text)
import { predictedLabel } from './claims-eval.js';
import { languageOf, loadGold, nerSentences, parseNerRef, type ClaimLabel, type GoldSet } from './gold.js';
import { buildDocument } from './ner-corpus.js';
import { scoreNer, type OrgFigures } from './org-eval.js';
import { analyseAt } from './rules-at-commit.js';
import { f1Interval, kappa, pairCounts, prf, type SentencePair } from './span-scoring.js';

const RULES = 'f8d7280';

const ROUNDS: ReadonlyArray<{ name: string; settled: GoldSet; a: GoldSet; b: GoldSet }> = [
  { name: 'Round 16: Swedish business sentences, unseen', settled: 'heldout16', a: 'heldout16a', b: 'heldout16b' },
  { name: 'Round 17: English business sentences (CoNLL-2003 test split), unseen', settled: 'heldout17', a: 'heldout17a', b: 'heldout17b' },
];

/** The labels `set` gives the same sentences (every reader labels the same splits; a `+` join must agree). */
function labelsOf(set: GoldSet): Map<string, ClaimLabel> {
  const out = new Map<string, ClaimLabel>();
  for (const a of loadGold(set).claims) for (const [start, , label] of a.sentences) out.set(`${a.article}@${start}`, label);
  return out;
}

function line(name: string, pairs: ReadonlyArray<SentencePair>): string {
  const c = pairCounts(pairs);
  const p = prf(c);
  const [lo, hi] = f1Interval(pairs);
  return `| ${name} | ${pairs.length} | ${c.tp + c.fn} | ${c.fp} | ${c.fn} | ${p.precision.toFixed(2)} | ${p.recall.toFixed(2)} | **${p.f1.toFixed(3)}** (${lo.toFixed(2)}–${hi.toFixed(2)}) |`;
}

const key = (s: { article: string; start: number }) => `${s.article}@${s.start}`;
for (const round of ROUNDS) {
  /** Each sentence of the settled gold: its start, the settled label and the rules' label. */
  const scored = await analyseAt(RULES, round.settled, ({ gold, result }) =>
    gold.sentences.map(([start, end, label]) => ({ article: gold.article, start, gold: label, said: predictedLabel(result, start, end) })),
  );
  const a = labelsOf(round.a);
  const b = labelsOf(round.b);
  const missing = scored.filter((s) => !a.has(key(s)) || !b.has(key(s)));
  if (missing.length > 0) throw new Error(`${missing.length} settled sentences that an annotator splits otherwise, e.g. ${key(missing[0]!)}`);

  console.log(`\n${round.name}, rules of \`${RULES}\``);
  console.log('| gold | sentences | gold U | false alarms | misses | P | R | F1 (95% interval) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(line('settled (of record)', scored.map((s) => [s.gold === 'U', s.said === 'U'])));
  console.log(line('annotator A', scored.map((s) => [a.get(key(s)) === 'U', s.said === 'U'])));
  console.log(line('annotator B', scored.map((s) => [b.get(key(s)) === 'U', s.said === 'U'])));
  const agreed = scored.filter((s) => (a.get(key(s)) === 'U') === (b.get(key(s)) === 'U'));
  console.log(line('where A and B agree', agreed.map((s) => [s.gold === 'U', s.said === 'U'])));
  const ab: SentencePair[] = scored.map((s) => [a.get(key(s)) === 'U', b.get(key(s)) === 'U']);
  console.log(`B against A: F1 ${prf(pairCounts(ab)).f1.toFixed(3)}, kappa ${kappa(ab).toFixed(3)}; U by A ${ab.filter(([x]) => x).length}, by B ${ab.filter(([, y]) => y).length}`);

  const docs = loadGold(round.settled).claims.map((a) => {
    const r = parseNerRef(a.article)!;
    return buildDocument(a.article, nerSentences(r.split).slice(r.start, r.start + r.count));
  });
  const language = languageOf(docs[0]!.id);
  const orgs = (name: string, f: OrgFigures) =>
    `| ${name} | ${f.gold} | ${f.predicted} | ${f.lenient.precision.toFixed(2)} | ${f.lenient.recall.toFixed(2)} | ${f.lenient.f1.toFixed(2)} | ${f.exact.f1.toFixed(2)} |`;
  console.log(`Organisations of the same sentences against the NER tags (this checkout):`);
  console.log('| system | tagged ORG | predicted | lenient P | lenient R | lenient F1 | exact F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(orgs('News Annotator', scoreNer(docs, language, 'ours')));
  if (language === 'en') console.log(orgs('compromise', scoreNer(docs, language, 'compromise')));
}
