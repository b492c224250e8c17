// How the sentences of the round-17 claims gold (test/quality/gold.heldout17.json) were chosen:
//
//   npx tsx eval/select-heldout17.ts          prints the refs and the counts; about a minute (old commits)
//
// Round 17 is round 16's question in English, fixed before any of its sentences was read: on English
// business sentences no rule writer has seen, do the rules reach the target (F1 ≥ 0.85)? All 40 BBC
// articles are in gold sets, so the sentences come from the CoNLL-2003 English test split (Reuters,
// 1996–97), which no claims gold has used. A sentence is a candidate when
//   a. it holds a word of ECONOMIC_WORDS_EN (below, fixed before any sentence was read; round 6's
//      Swedish list in English, units and topic words);
//   b. it is prose, not a table row, headline or dateline: at least 8 tokens, ending with a full stop,
//      and at least half its tokens starting with a lower-case letter;
//   c. its claim label changed under none of the rule versions since the claims gold existed
//      (CLAIM_RULE_COMMITS): earlier sessions checked English rules' side effects on CoNLL paragraphs
//      and read the sentences that changed.
// If more than COUNT17 are left, every k-th is taken in split order so that the sample spans the split.
// Each is its own article, `conll-en/INDEX-1`, one paragraph.
import { nerSentences } from './gold.js';
import { stableUnderRules } from './select-heldout16.js';

export const COUNT17 = 300;

export const ECONOMIC_WORDS_EN = new Set([
  'million', 'billion', 'percent', 'pct', 'dollar', 'dollars', 'cents', 'pounds', 'sterling', 'marks', 'yen', 'francs', 'lire', 'crowns',
  'company', 'companies', 'firm', 'firms', 'shares', 'share', 'stock', 'stocks', 'shareholders', 'profit', 'profits', 'loss', 'losses',
  'revenue', 'revenues', 'sales', 'turnover', 'earnings', 'dividend', 'quarter', 'bank', 'banks', 'market', 'markets', 'investors',
  'investment', 'merger', 'takeover', 'bid', 'acquisition', 'deal', 'trade', 'trading', 'exports', 'imports', 'inflation', 'economy',
  'economic', 'growth', 'budget', 'tax', 'taxes', 'price', 'prices', 'rates', 'bonds', 'debt', 'jobs', 'unemployment', 'executive',
  'customers', 'fund', 'funds',
]);

/** Every commit that changed the claim rules since the eval (and the claims gold) existed, and the end of session 5. */
const CLAIM_RULE_COMMITS = [
  '0e30b1e', '80fe20c', 'ae0df49', '4536363', 'eb4b450', '8f1439b', '27120a0', '767dc8d', 'e0a4199', '07d0dc1', 'ec9353c', '719f020',
  'f21aee6', '99ac820', '496783b', '2f35221', 'abfd8f1', '613c305', '2463717', '52b2a1f', '9d48629', '169dfcb', 'c7d7141', '6e72fc1',
  'd74479b', '96c6692', '37986b8', 'dda8de6', '514934e', '493ae21', '647402a', 'f8d7280',
];

/** Steps a and b: candidate refs, in split order. */
export function candidates17(): string[] {
  const out: string[] = [];
  nerSentences('conll-en').forEach((s, i) => {
    const words = s.map((t) => t.text);
    if (words.length < 8 || words[words.length - 1] !== '.') return;
    if (words.filter((w) => /^[a-z]/.test(w)).length * 2 < words.length) return;
    if (!words.some((w) => ECONOMIC_WORDS_EN.has(w.toLowerCase()))) return;
    out.push(`conll-en/${i}-1`);
  });
  return out;
}

/** Every k-th of `refs`, k chosen so that at most `count` are taken. */
export function spread(refs: readonly string[], count: number): string[] {
  const k = Math.ceil(refs.length / count);
  return refs.filter((_, i) => i % k === 0);
}

if (process.argv[1]?.endsWith('select-heldout17.ts')) {
  const found = candidates17();
  const kept = await stableUnderRules(found, CLAIM_RULE_COMMITS);
  const picked = spread(kept, COUNT17);
  for (const ref of picked) console.log(ref);
  console.log(`${found.length} English business sentences of prose; ${found.length - kept.length} changed label under some rule version; ${kept.length} kept; ${picked.length} taken (every ${Math.ceil(kept.length / COUNT17)}th)`);
}
