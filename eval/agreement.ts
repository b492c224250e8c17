// How far two readers of the claims guideline agree, and how the rules score against each of them:
// the ceiling that any figure against one annotator's gold lives under.
//
//   npx tsx eval/agreement.ts          prints figures only (no corpus text)
//
// The windows of rounds 12 and 13 were labelled twice, blind: `heldout12`/`heldout13` by one annotator,
// `heldout12b`/`heldout13b` by another who saw neither those labels nor any finding. Both label the
// system's sentence splits unchanged, so the sentences align one to one.
//
// The rules rows use this checkout's rules. docs/quality.md records them at session 4's rules (6e72fc1),
// before any rule was written from these rounds' errors; the rules since have read both, so they score
// higher here now. The annotators' rows do not depend on the rules.
import { analyze } from '../server/src/analysis/index.js';
import { loadGold, readAnnotated, type ClaimLabel, type GoldSet } from './gold.js';
import { predictedLabel } from './claims-eval.js';
import { defaultKnowledgeBase } from './org-predictions.js';
import { kappa, pairCounts, prf, type Counts } from './span-scoring.js';

const PAIRS: ReadonlyArray<[GoldSet, GoldSet]> = [
  ['heldout12', 'heldout12b'],
  ['heldout13', 'heldout13b'],
];

interface Aligned {
  a: ClaimLabel;
  b: ClaimLabel;
  /** What the rules say of the sentence (claims-eval.ts, as `npm run eval` scores it). */
  system: ClaimLabel;
}

function aligned(first: GoldSet, second: GoldSet): Aligned[] {
  const seconds = new Map(loadGold(second).claims.map((a) => [a.article, a]));
  const kb = defaultKnowledgeBase();
  const out: Aligned[] = [];
  for (const a of loadGold(first).claims) {
    const b = seconds.get(a.article);
    if (!b || b.sentences.length !== a.sentences.length || b.sentences.some((s, i) => s[0] !== a.sentences[i]![0])) {
      throw new Error(`${a.article}: ${second} does not label the same sentences as ${first}`);
    }
    const result = analyze(readAnnotated(a.article, a.sha256), kb, { language: 'auto' });
    a.sentences.forEach(([start, end, label], i) => {
      out.push({ a: label, b: b.sentences[i]![2], system: predictedLabel(result, start, end) });
    });
  }
  return out;
}

function counts(rows: readonly Aligned[], gold: (r: Aligned) => boolean, said: (r: Aligned) => boolean): Counts {
  return pairCounts(rows.map((r) => [gold(r), said(r)]));
}

const show = (c: Counts) => {
  const p = prf(c);
  return `F1 ${p.f1.toFixed(2)} (P ${p.precision.toFixed(2)}, R ${p.recall.toFixed(2)}; ${c.tp + c.fn} gold U)`;
};

const all: Aligned[] = [];
for (const [first, second] of PAIRS) {
  const rows = aligned(first, second);
  all.push(...rows);
  report(`${first} / ${second}`, rows);
}
report('both rounds', all);

function report(name: string, rows: readonly Aligned[]): void {
  const isU = (l: ClaimLabel) => l === 'U';
  const agreed = rows.filter((r) => isU(r.a) === isU(r.b));
  console.log(`${name}: ${rows.length} sentences; U by the first ${rows.filter((r) => isU(r.a)).length}, by the second ${rows.filter((r) => isU(r.b)).length}, by both ${rows.filter((r) => isU(r.a) && isU(r.b)).length}`);
  console.log(`  second annotator against the first   ${show(counts(rows, (r) => isU(r.a), (r) => isU(r.b)))}; kappa ${kappa(rows.map((r) => [isU(r.a), isU(r.b)])).toFixed(2)}`);
  console.log(`  rules against the first              ${show(counts(rows, (r) => isU(r.a), (r) => isU(r.system)))}`);
  console.log(`  rules against the second             ${show(counts(rows, (r) => isU(r.b), (r) => isU(r.system)))}`);
  console.log(`  rules where the two agree (${agreed.length})     ${show(counts(agreed, (r) => isU(r.a), (r) => isU(r.system)))}`);
}
