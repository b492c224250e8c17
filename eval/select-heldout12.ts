// How the windows of the round-12 claims gold (test/quality/gold.heldout12.json) were chosen:
//
//   npx tsx eval/select-heldout12.ts          prints the refs, in the order they were picked, and counts
//
// Round 11's rule (eval/select-heldout11.ts, i.e. rounds 10, 9, 8 and 6's rule, imported, not copied) on
// the same split, the swedish-ner-corpus training split: every window `ner-sv-train/START-12` of 12
// consecutive training-split sentences that holds at least one token of ECONOMIC_WORDS is scored by
//   (tokens, lower-cased, that are in ECONOMIC_WORDS) + (ORG entities of the NER tags),
// and the best are taken greedily (score descending, then lowest start), each overlapping none taken
// before it — 40, as in rounds 9 to 11 (all there are, if fewer remain). Fixed before any window was read;
// tokens, NER tags and the lists only.
//
// A window is skipped when
//   a. it overlaps a round-8, 9, 10 or 11 window (selectWindows8/9/10/11()), or
//   b. any of its sentences is in READ_BEFORE, matched by READ_BY_GREP, in READ_SESSION4,
//      READ_SESSION4_ROUND10 (all kept) or in READ_SESSION4_ROUND11 (below).
import type { GoldSet } from './gold.js';
import { exclusions11, selectWindows11 } from './select-heldout11.js';
import { listed, overlapping, printRound, selectTrainingWindows, type Exclusion } from './training-split-rounds.js';

export const COUNT12 = 40;

/** Training-split sentences the rule writer read while writing the round-11 and round-12 rules. */
export const READ_SESSION4_ROUND11: readonly number[] = [
  89, 401, 540, 858, 1614, 1949, 2060, 2142, 2210, 2268, 2815, 4501, 4755, 4847, 6413, 6505,
];

/** Every gold set made before round 12 (only heldout8 … heldout11 have training-split windows). */
const EARLIER: GoldSet[] = [
  'dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10',
  'heldout11',
];

/** Why a window is skipped in round 12: it overlaps an earlier round, or holds a sentence already read. */
export function exclusions12(): Exclusion[] {
  return [...exclusions11(), overlapping('a round-11 overlap', selectWindows11()), listed('READ_SESSION4_ROUND11', READ_SESSION4_ROUND11)];
}

export function selectWindows12() {
  return selectTrainingWindows(EARLIER, COUNT12, exclusions12());
}

if (process.argv[1]?.endsWith('select-heldout12.ts')) printRound(selectWindows12(), COUNT12, exclusions12());
