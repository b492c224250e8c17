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
import { NER_SV_SPLITS } from './gold.js';
import { swedishSentences } from './ner-corpus.js';
import { ECONOMIC_WORDS, selectWindows, WINDOW } from './select-heldout6.js';
import { grepped, READ_BEFORE, selectWindows8 } from './select-heldout8.js';
import { READ_SESSION4, selectWindows9 } from './select-heldout9.js';
import { selectWindows10 } from './select-heldout10.js';
import { READ_SESSION4_ROUND10, selectWindows11 } from './select-heldout11.js';

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

const readBefore = new Set(READ_BEFORE);
const readSession4 = new Set(READ_SESSION4);
const readRound10 = new Set(READ_SESSION4_ROUND10);
const readRound11 = new Set(READ_SESSION4_ROUND11);

/** Sentences of the given windows: a window holding one overlaps one of them. */
function sentencesOf(windows: ReadonlyArray<{ start: number }>): Set<number> {
  const out = new Set<number>();
  for (const w of windows) for (let i = w.start; i < w.start + WINDOW; i++) out.add(i);
  return out;
}

function earlierRounds() {
  return {
    round8: sentencesOf(selectWindows8()),
    round9: sentencesOf(selectWindows9()),
    round10: sentencesOf(selectWindows10()),
    round11: sentencesOf(selectWindows11()),
  };
}

export function selectWindows12() {
  const { round8, round9, round10, round11 } = earlierRounds();
  return selectWindows(EARLIER, {
    economicOnly: true,
    split: 'ner-sv-train',
    count: COUNT12,
    skipSentence: (i, s) =>
      round8.has(i) || round9.has(i) || round10.has(i) || round11.has(i) ||
      readBefore.has(i) || readSession4.has(i) || readRound10.has(i) || readRound11.has(i) || grepped(s),
  });
}

/** How many candidate windows (at least one economic word) each exclusion hits; a window may be hit by several. */
export function exclusionCounts12() {
  const sentences = swedishSentences(NER_SV_SPLITS['ner-sv-train']);
  const { round8, round9, round10, round11 } = earlierRounds();
  const economic = sentences.map((s) => s.some((t) => ECONOMIC_WORDS.has(t.text.toLowerCase())));
  const isGrepped = sentences.map((s) => grepped(s));
  const names = [
    'round8', 'round9', 'round10', 'round11', 'readBefore', 'readByGrep', 'readSession4', 'readSession4Round10', 'readSession4Round11',
  ] as const;
  const hit = Object.fromEntries(names.map((n) => [n, 0])) as Record<(typeof names)[number], number>;
  const only = { ...hit };
  let candidates = 0;
  let skipped = 0;
  for (let start = 0; start + WINDOW <= sentences.length; start++) {
    const idx = Array.from({ length: WINDOW }, (_, k) => start + k);
    if (!idx.some((i) => economic[i])) continue;
    candidates++;
    const by = {
      round8: idx.some((i) => round8.has(i)),
      round9: idx.some((i) => round9.has(i)),
      round10: idx.some((i) => round10.has(i)),
      round11: idx.some((i) => round11.has(i)),
      readBefore: idx.some((i) => readBefore.has(i)),
      readByGrep: idx.some((i) => isGrepped[i]),
      readSession4: idx.some((i) => readSession4.has(i)),
      readSession4Round10: idx.some((i) => readRound10.has(i)),
      readSession4Round11: idx.some((i) => readRound11.has(i)),
    };
    const n = names.filter((k) => by[k]);
    for (const k of n) hit[k]++;
    if (n.length === 1) only[n[0]!]++;
    if (n.length > 0) skipped++;
  }
  return { candidates, hit, only, skipped, left: candidates - skipped };
}

if (process.argv[1]?.endsWith('select-heldout12.ts')) {
  const picked = selectWindows12();
  for (const w of picked) console.log(`ner-sv-train/${w.start}-${WINDOW}\tscore ${w.score} (economic words ${w.economic})`);
  console.log(`${picked.length} windows (of ${COUNT12} wanted); sorted: ${picked.map((w) => w.start).sort((a, b) => a - b).join(', ')}`);
  if (picked.length > 0) console.log(`scores ${Math.min(...picked.map((w) => w.score))}-${Math.max(...picked.map((w) => w.score))}, economic words ${Math.min(...picked.map((w) => w.economic))}-${Math.max(...picked.map((w) => w.economic))}`);
  const c = exclusionCounts12();
  console.log(
    `candidate windows (at least one economic word): ${c.candidates}; hit (by it alone) by a round-8 overlap ${c.hit.round8} (${c.only.round8}), ` +
      `a round-9 overlap ${c.hit.round9} (${c.only.round9}), a round-10 overlap ${c.hit.round10} (${c.only.round10}), ` +
      `a round-11 overlap ${c.hit.round11} (${c.only.round11}), ` +
      `READ_BEFORE ${c.hit.readBefore} (${c.only.readBefore}), READ_BY_GREP ${c.hit.readByGrep} (${c.only.readByGrep}), ` +
      `READ_SESSION4 ${c.hit.readSession4} (${c.only.readSession4}), READ_SESSION4_ROUND10 ${c.hit.readSession4Round10} (${c.only.readSession4Round10}), ` +
      `READ_SESSION4_ROUND11 ${c.hit.readSession4Round11} (${c.only.readSession4Round11}); ` +
      `${c.skipped} skipped in all, ${c.left} left`,
  );
}
