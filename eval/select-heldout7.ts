// How the Swedish windows of the round-7 claims gold (test/quality/gold.heldout7.json) were chosen:
//
//   npx tsx eval/select-heldout7.ts          prints the starts, in the order they were picked
//
// Round 6's rule (eval/select-heldout6.ts), unchanged but for what it must not overlap: every window of
// 12 consecutive sentences of the swedish-ner-corpus test split that overlaps no window of any earlier
// gold set (dev, heldout … heldout6) and holds at least one token of ECONOMIC_WORDS is scored by
//   (tokens, lower-cased, that are in ECONOMIC_WORDS) + (ORG entities of the NER tags),
// and the 30 best are taken greedily (score descending, then lowest start), each overlapping none taken
// before it. Fixed before any window was read; tokens and NER tags only (no analysis). If fewer than 30
// such windows remain, all there are are taken.
import { WINDOW, selectWindows } from './select-heldout6.js';
import type { GoldSet } from './gold.js';

/** Every gold set made before round 7. */
const EARLIER: GoldSet[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6'];

export function selectWindows7() {
  return selectWindows(EARLIER, { economicOnly: true });
}

if (process.argv[1]?.endsWith('select-heldout7.ts')) {
  const picked = selectWindows7();
  for (const w of picked) console.log(`ner-sv/${w.start}-${WINDOW}\tscore ${w.score} (economic words ${w.economic})`);
  console.log(`${picked.length} windows; sorted: ${picked.map((w) => w.start).sort((a, b) => a - b).join(', ')}`);
}
