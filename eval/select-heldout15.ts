// How the windows of the round-15 claims gold (test/quality/gold.heldout15.json) were chosen:
//
//   npx tsx eval/select-heldout15.ts          prints the refs, in the order they were picked
//
// The training split is used up after round 14, so round 15 goes back to the swedish-ner-corpus test split
// (`ner-sv/START-12`) for what rounds 2–7 left of it: round 6's rule (eval/select-heldout6.ts) over every
// 12-sentence window that overlaps no window of `dev` … `heldout7`, without the economic-word condition,
// taken greedily by score — all that remain (38). General news. Fixed before any window was read.
import type { GoldSet } from './gold.js';
import { selectWindows } from './select-heldout6.js';

const EARLIER: GoldSet[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7'];

export function selectWindows15() {
  return selectWindows(EARLIER, { economicOnly: false, split: 'ner-sv', count: 200 });
}

if (process.argv[1]?.endsWith('select-heldout15.ts')) {
  const picked = selectWindows15();
  for (const w of picked) console.log(`ner-sv/${w.start}-12\tscore ${w.score} (economic words ${w.economic})`);
  console.log(`${picked.length} windows; sorted: ${picked.map((w) => w.start).sort((a, b) => a - b).join(', ')}`);
}
