// How the sentences of the round-16 claims gold (test/quality/gold.heldout16.json) were chosen:
//
//   npx tsx eval/select-heldout16.ts          prints the refs and the counts; about a minute (old commits)
//
// Round 16 asks one question, fixed before any of its sentences was read: on business sentences no rule
// writer has seen, do the current rules reach the target (F1 ≥ 0.85)? No 12-sentence window with an
// economic word is left in either split, but Språkbanken scrambles sentence order, so a window was never
// an article and a single sentence is as fair a sample. A sentence of the training or the test split is
// taken when
//   a. it holds a word of ECONOMIC_WORDS (round 6's list, fixed before any window was read);
//   b. it lies in no window of any gold set;
//   c. no exclusion of round 14 hits it (the training split's read lists of rounds 8–11; the grepped
//      words, in both splits);
//   d. its claim label changed under none of the rule versions since round 7's first look (RULE_COMMITS):
//      a sentence whose label changed may have been read in a side-effect check of rounds 8–15.
// Each is its own article, `ner-sv-train/INDEX-1` or `ner-sv/INDEX-1`, one paragraph. The test split's
// sentences outside the windows were never read for claims, though the NER scoring's organisation errors
// on that split were read in sessions 1–3; the figures are printed for each split apart.
import { predictedLabel } from './claims-eval.js';
import { articleText, GOLD_FILES, loadGold, nerSentences, parseNerRef, type GoldSet, type NerSplit } from './gold.js';
import { withRulesAt } from './rules-at-commit.js';
import { exclusions14 } from './select-heldout14.js';
import { ECONOMIC_WORDS } from './select-heldout6.js';
import { grepped } from './select-heldout8.js';

/** Round 7's first look and every later commit that changed server/src/analysis, up to the start of round 16. */
export const RULE_COMMITS = [
  '2e72d6d', '2463717', '6b870dc', '47dfdd4', '9d48629', '169dfcb', 'c7d7141', '6e72fc1', 'd74479b', '96c6692',
  '37986b8', 'dda8de6', '514934e', '493ae21', '647402a', 'f8d7280',
];

/** Sentences of `split` inside a window of some gold set made before round 16. */
function inGoldWindows(split: NerSplit): Set<number> {
  const inside = new Set<number>();
  for (const set of (Object.keys(GOLD_FILES) as GoldSet[]).filter((s) => !s.startsWith('heldout16'))) {
    for (const a of loadGold(set).claims) {
      const r = parseNerRef(a.article);
      if (r?.split === split) for (let i = r.start; i < r.start + r.count; i++) inside.add(i);
    }
  }
  return inside;
}

/** Steps a–c: candidate refs of `split`, in split order. */
export function candidates16(split: NerSplit): string[] {
  const sentences = nerSentences(split);
  const inside = inGoldWindows(split);
  const exclusions = split === 'ner-sv-train' ? exclusions14() : [];
  const out: string[] = [];
  sentences.forEach((s, i) => {
    if (!s.some((t) => ECONOMIC_WORDS.has(t.text.toLowerCase()))) return;
    if (inside.has(i) || grepped(s) || exclusions.some((e) => e.hits(i, s))) return;
    out.push(`${split}/${i}-1`);
  });
  return out;
}

/** Step d: of `refs`, those whose sentence-level claim label is the same under every version of `commits`. */
export async function stableUnderRules(refs: readonly string[], commits: readonly string[] = RULE_COMMITS): Promise<string[]> {
  const labels = new Map<string, Set<string>>(refs.map((r) => [r, new Set()]));
  const texts = new Map(refs.map((r) => [r, articleText(r)]));
  for (const commit of commits) {
    await withRulesAt(commit, (analyse) => {
      for (const [ref, text] of texts) labels.get(ref)!.add(predictedLabel(analyse(text), 0, text.length));
    });
  }
  return refs.filter((r) => labels.get(r)!.size === 1);
}

if (process.argv[1]?.endsWith('select-heldout16.ts')) {
  for (const split of ['ner-sv-train', 'ner-sv'] as const) {
    const found = candidates16(split);
    const kept = await stableUnderRules(found);
    for (const ref of kept) console.log(ref);
    console.log(`${split}: ${found.length} sentences with an economic word outside every window and read list; ${found.length - kept.length} changed label under some rule version; ${kept.length} kept`);
  }
}
