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
import { NER_SV_SPLITS } from './gold.js';
import { swedishSentences } from './ner-corpus.js';
import { ECONOMIC_WORDS, selectWindows, WINDOW } from './select-heldout6.js';
import { grepped, READ_BEFORE, selectWindows8 } from './select-heldout8.js';

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

const readBefore = new Set(READ_BEFORE);
const readSession4 = new Set(READ_SESSION4);

/** Sentences of the round-8 windows: a window holding one overlaps a round-8 window. */
function round8Sentences(): Set<number> {
  const out = new Set<number>();
  for (const w of selectWindows8()) for (let i = w.start; i < w.start + WINDOW; i++) out.add(i);
  return out;
}

export function selectWindows9() {
  const inRound8 = round8Sentences();
  return selectWindows(EARLIER, {
    economicOnly: true,
    split: 'ner-sv-train',
    count: COUNT9,
    skipSentence: (i, s) => inRound8.has(i) || readBefore.has(i) || readSession4.has(i) || grepped(s),
  });
}

/** How many candidate windows (at least one economic word) each exclusion hits; a window may be hit by several. */
export function exclusionCounts() {
  const sentences = swedishSentences(NER_SV_SPLITS['ner-sv-train']);
  const inRound8 = round8Sentences();
  const economic = sentences.map((s) => s.some((t) => ECONOMIC_WORDS.has(t.text.toLowerCase())));
  const isGrepped = sentences.map((s) => grepped(s));
  const counts = { candidates: 0, round8: 0, readBefore: 0, readByGrep: 0, readSession4: 0, round8Only: 0, readBeforeOnly: 0, readByGrepOnly: 0, session4Only: 0, skipped: 0, left: 0 };
  for (let start = 0; start + WINDOW <= sentences.length; start++) {
    const idx = Array.from({ length: WINDOW }, (_, k) => start + k);
    if (!idx.some((i) => economic[i])) continue;
    counts.candidates++;
    const a = idx.some((i) => inRound8.has(i));
    const b = idx.some((i) => readBefore.has(i));
    const g = idx.some((i) => isGrepped[i]);
    const c = idx.some((i) => readSession4.has(i));
    if (a) counts.round8++;
    if (b) counts.readBefore++;
    if (g) counts.readByGrep++;
    if (c) counts.readSession4++;
    if (a && !b && !g && !c) counts.round8Only++;
    if (b && !a && !g && !c) counts.readBeforeOnly++;
    if (g && !a && !b && !c) counts.readByGrepOnly++;
    if (c && !a && !b && !g) counts.session4Only++;
    if (a || b || g || c) counts.skipped++;
    else counts.left++;
  }
  return counts;
}

if (process.argv[1]?.endsWith('select-heldout9.ts')) {
  const picked = selectWindows9();
  for (const w of picked) console.log(`ner-sv-train/${w.start}-${WINDOW}\tscore ${w.score} (economic words ${w.economic})`);
  console.log(`${picked.length} windows (of ${COUNT9} wanted); sorted: ${picked.map((w) => w.start).sort((a, b) => a - b).join(', ')}`);
  if (picked.length > 0) console.log(`scores ${Math.min(...picked.map((w) => w.score))}-${Math.max(...picked.map((w) => w.score))}, economic words ${Math.min(...picked.map((w) => w.economic))}-${Math.max(...picked.map((w) => w.economic))}`);
  const c = exclusionCounts();
  console.log(`candidate windows (at least one economic word): ${c.candidates}; hit (by it alone) by a round-8 overlap ${c.round8} (${c.round8Only}), READ_BEFORE ${c.readBefore} (${c.readBeforeOnly}), READ_BY_GREP ${c.readByGrep} (${c.readByGrepOnly}), READ_SESSION4 ${c.readSession4} (${c.session4Only}); ${c.skipped} skipped in all, ${c.left} left`);
}
