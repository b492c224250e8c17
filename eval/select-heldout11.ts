// How the windows of the round-11 claims gold (test/quality/gold.heldout11.json) were chosen:
//
//   npx tsx eval/select-heldout11.ts          prints the 40 refs, in the order they were picked, and counts
//
// Round 10's rule (eval/select-heldout10.ts, i.e. rounds 9, 8 and 6's rule, imported, not copied) on the
// same split, the swedish-ner-corpus training split: every window `ner-sv-train/START-12` of 12 consecutive
// training-split sentences that holds at least one token of ECONOMIC_WORDS is scored by
//   (tokens, lower-cased, that are in ECONOMIC_WORDS) + (ORG entities of the NER tags),
// and the best are taken greedily (score descending, then lowest start), each overlapping none taken
// before it — 40, as in rounds 9 and 10. Fixed before any window was read; tokens, NER tags and the lists only.
//
// A window is skipped when
//   a. it overlaps a round-8, round-9 or round-10 window (selectWindows8/9/10()), or
//   b. any of its sentences is in READ_BEFORE, matched by READ_BY_GREP, in READ_SESSION4 (all kept), or in
//      READ_SESSION4_ROUND10 (below).
import type { GoldSet } from './gold.js';
import { exclusions10, selectWindows10 } from './select-heldout10.js';
import { listed, overlapping, printRound, selectTrainingWindows, type Exclusion } from './training-split-rounds.js';

export const COUNT11 = 40;

/** Training-split sentences the rule writer read while writing the round-10 rules. */
export const READ_SESSION4_ROUND10: readonly number[] = [
  91, 278, 747, 789, 792, 1015, 1552, 1700, 1883, 1927, 2227, 2565, 2791, 2819, 3856, 4272, 4711, 4778, 4908, 5127,
  5255, 5673, 6091, 6394,
];

/** Every gold set made before round 11 (only heldout8 … heldout10 have training-split windows). */
const EARLIER: GoldSet[] = [
  'dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10',
];

/** Why a window is skipped in round 11: it overlaps an earlier round, or holds a sentence already read. */
export function exclusions11(): Exclusion[] {
  return [...exclusions10(), overlapping('a round-10 overlap', selectWindows10()), listed('READ_SESSION4_ROUND10', READ_SESSION4_ROUND10)];
}

export function selectWindows11() {
  return selectTrainingWindows(EARLIER, COUNT11, exclusions11());
}

if (process.argv[1]?.endsWith('select-heldout11.ts')) printRound(selectWindows11(), COUNT11, exclusions11());
