// How the windows of the round-9 claims gold (test/quality/gold.heldout9.json) were chosen:
//
//   npx tsx eval/select-heldout9.ts          prints the 40 refs, in the order they were picked, and counts
//
// Round 8's rule (eval/select-heldout8.ts, itself round 6's rule of eval/select-heldout6.ts) on the same
// split, the swedish-ner-corpus training split: every window `ner-sv-train/START-12` of 12 consecutive
// training-split sentences that holds at least one token of ECONOMIC_WORDS is scored by
//   (tokens, lower-cased, that are in ECONOMIC_WORDS) + (ORG entities of the NER tags),
// and the best are taken greedily (score descending, then lowest start), each overlapping none taken
// before it — 40 this round, not 30. Fixed before any window was read; tokens, NER tags and the lists
// below only (no analysis).
//
// A window is skipped when
//   a. it overlaps a round-8 window (those selectWindows8() returns, i.e. the windows of gold.heldout8.json;
//      earlier gold sets have no training-split window), or
//   b. any of its sentences is in round 8's skip lists: READ_BEFORE, or matched by READ_BY_GREP, or
//   c. any of its sentences is in READ_SESSION4 (below).
import type { GoldSet } from './gold.js';
import { grepped, READ_BEFORE, selectWindows8 } from './select-heldout8.js';
import { listed, overlapping, printRound, selectTrainingWindows, type Exclusion } from './training-split-rounds.js';

export const COUNT9 = 40;

/** Every gold set made before round 9 (only heldout8 has training-split windows). */
const EARLIER: GoldSet[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8'];

/**
 * Training-split sentences read by the rule writer in session 4 while writing rules (0-based indices,
 * in swedishSentences order).
 */
export const READ_SESSION4: readonly number[] = [
  41, 117, 334, 342, 674, 711, 733, 857, 1093, 1213, 1313, 1375, 1406, 1425, 1459,
  1469, 1481, 1490, 1504, 1537, 1613, 1671, 1721, 1727, 1770, 1940, 2434, 2612, 2851, 3001,
  3142, 3254, 3304, 3475, 3579, 3716, 3784, 3796, 4070, 4205, 4247, 4462, 4623, 4701, 5070,
  5311, 5429, 5481, 5600, 5631, 5724, 5798, 5843, 6087, 6093, 6120, 6266, 6356,
];

/**
 * Why a window is skipped in round 9: it overlaps round 8, or holds a sentence already read. Each later
 * round skips all of this and adds its own (exclusions10 …).
 */
export function exclusions9(): Exclusion[] {
  return [
    overlapping('a round-8 overlap', selectWindows8()),
    listed('READ_BEFORE', READ_BEFORE),
    { name: 'READ_BY_GREP', hits: (_i, s) => grepped(s) },
    listed('READ_SESSION4', READ_SESSION4),
  ];
}

export function selectWindows9() {
  return selectTrainingWindows(EARLIER, COUNT9, exclusions9());
}

if (process.argv[1]?.endsWith('select-heldout9.ts')) printRound(selectWindows9(), COUNT9, exclusions9());
