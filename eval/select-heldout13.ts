// How the windows of the round-13 claims gold (test/quality/gold.heldout13.json) were chosen:
//
//   npx tsx eval/select-heldout13.ts          prints the refs, in the order they were picked, and counts
//
// Round 12's rule (eval/select-heldout12.ts, imported, not copied) on the same split, the swedish-ner-corpus
// training split, taking 40 more windows. A window is skipped when it overlaps a round-8 … 12 window or
// holds a sentence of the read lists of rounds 8–12. No training-split sentence outside round 12's windows
// was read while the round-13 rules were written (they came from round 12's errors), so no list is added.
// These are the last windows of the split with any economic word (41 were left).
import type { GoldSet } from './gold.js';
import { exclusions12, selectWindows12 } from './select-heldout12.js';
import { overlapping, printRound, selectTrainingWindows, type Exclusion } from './training-split-rounds.js';

export const COUNT13 = 40;

/** Every gold set made before round 13. */
const EARLIER: GoldSet[] = [
  'dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10',
  'heldout11', 'heldout12',
];

/** Why a window is skipped in round 13: it overlaps an earlier round, or holds a sentence already read. */
export function exclusions13(): Exclusion[] {
  return [...exclusions12(), overlapping('a round-12 overlap', selectWindows12())];
}

export function selectWindows13() {
  return selectTrainingWindows(EARLIER, COUNT13, exclusions13());
}

if (process.argv[1]?.endsWith('select-heldout13.ts')) printRound(selectWindows13(), COUNT13, exclusions13());
