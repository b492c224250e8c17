// How the windows of the round-14 claims gold (test/quality/gold.heldout14.json) were chosen:
//
//   npx tsx eval/select-heldout14.ts          prints the refs, in the order they were picked, and counts
//
// The training split has no window with an economic word left after round 13, so round 14 drops that
// condition: round 6's rule (eval/select-heldout6.ts) scores every 12-sentence window of the training split
// by its economic words plus the ORG entities of its NER tags, and the best are taken greedily (score
// descending, then lowest start), none overlapping another — up to 80, for a tighter figure (69 exist) — skipping
// every window that overlaps a round-8 … 13 window or holds a sentence of the read lists of rounds 8–12.
// Round 14 is general news (sport, culture, crime, politics) far more than business news. Fixed before any
// window was read.
import type { GoldSet } from './gold.js';
import { exclusions13, selectWindows13 } from './select-heldout13.js';
import { overlapping, printRound, selectTrainingWindows, type Exclusion } from './training-split-rounds.js';

export const COUNT14 = 80;

const EARLIER: GoldSet[] = [
  'dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10',
  'heldout11', 'heldout12', 'heldout13',
];

export function exclusions14(): Exclusion[] {
  return [...exclusions13(), overlapping('a round-13 overlap', selectWindows13())];
}

export function selectWindows14() {
  return selectTrainingWindows(EARLIER, COUNT14, exclusions14(), false);
}

if (process.argv[1]?.endsWith('select-heldout14.ts')) printRound(selectWindows14(), COUNT14, exclusions14());
