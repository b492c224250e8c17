// How the windows of the round-10 claims gold (test/quality/gold.heldout10.json) were chosen:
//
//   npx tsx eval/select-heldout10.ts          prints the 40 refs, in the order they were picked, and counts
//
// Round 9's rule (eval/select-heldout9.ts, i.e. round 8's and round 6's rule, imported, not copied) on the
// same split, the swedish-ner-corpus training split: every window `ner-sv-train/START-12` of 12 consecutive
// training-split sentences that holds at least one token of ECONOMIC_WORDS is scored by
//   (tokens, lower-cased, that are in ECONOMIC_WORDS) + (ORG entities of the NER tags),
// and the best are taken greedily (score descending, then lowest start), each overlapping none taken
// before it — 40, as in round 9. Fixed before any window was read; tokens, NER tags and the lists only.
//
// A window is skipped when
//   a. it overlaps a round-8 window (selectWindows8(), the windows of gold.heldout8.json) or a round-9
//      window (selectWindows9(), the windows of gold.heldout9.json), or
//   b. any of its sentences is in round 9's skip lists: READ_BEFORE, matched by READ_BY_GREP, or in
//      READ_SESSION4 (all kept).
import type { GoldSet } from './gold.js';
import { exclusions9, selectWindows9 } from './select-heldout9.js';
import { overlapping, printRound, selectTrainingWindows, type Exclusion } from './training-split-rounds.js';

export const COUNT10 = 40;

/** Every gold set made before round 10 (only heldout8 and heldout9 have training-split windows). */
const EARLIER: GoldSet[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9'];

/** Why a window is skipped in round 10: what round 9 skipped, and round 9's windows. */
export function exclusions10(): Exclusion[] {
  return [...exclusions9(), overlapping('a round-9 overlap', selectWindows9())];
}

export function selectWindows10() {
  return selectTrainingWindows(EARLIER, COUNT10, exclusions10());
}

if (process.argv[1]?.endsWith('select-heldout10.ts')) printRound(selectWindows10(), COUNT10, exclusions10());
