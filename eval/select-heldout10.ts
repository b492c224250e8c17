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
import { NER_SV_SPLITS } from './gold.js';
import { swedishSentences } from './ner-corpus.js';
import { ECONOMIC_WORDS, selectWindows, WINDOW } from './select-heldout6.js';
import { grepped, READ_BEFORE, selectWindows8 } from './select-heldout8.js';
import { READ_SESSION4, selectWindows9 } from './select-heldout9.js';

export const COUNT10 = 40;

/** Every gold set made before round 10 (only heldout8 and heldout9 have training-split windows). */
const EARLIER: GoldSet[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9'];

const readBefore = new Set(READ_BEFORE);
const readSession4 = new Set(READ_SESSION4);

/** Sentences of the given windows: a window holding one overlaps one of them. */
function sentencesOf(windows: ReadonlyArray<{ start: number }>): Set<number> {
  const out = new Set<number>();
  for (const w of windows) for (let i = w.start; i < w.start + WINDOW; i++) out.add(i);
  return out;
}

export function selectWindows10() {
  const inRound8 = sentencesOf(selectWindows8());
  const inRound9 = sentencesOf(selectWindows9());
  return selectWindows(EARLIER, {
    economicOnly: true,
    split: 'ner-sv-train',
    count: COUNT10,
    skipSentence: (i, s) => inRound8.has(i) || inRound9.has(i) || readBefore.has(i) || readSession4.has(i) || grepped(s),
  });
}

/** How many candidate windows (at least one economic word) each exclusion hits; a window may be hit by several. */
export function exclusionCounts10() {
  const sentences = swedishSentences(NER_SV_SPLITS['ner-sv-train']);
  const inRound8 = sentencesOf(selectWindows8());
  const inRound9 = sentencesOf(selectWindows9());
  const economic = sentences.map((s) => s.some((t) => ECONOMIC_WORDS.has(t.text.toLowerCase())));
  const isGrepped = sentences.map((s) => grepped(s));
  const names = ['round8', 'round9', 'readBefore', 'readByGrep', 'readSession4'] as const;
  const hit = Object.fromEntries(names.map((n) => [n, 0])) as Record<(typeof names)[number], number>;
  const only = { ...hit };
  let candidates = 0;
  let skipped = 0;
  for (let start = 0; start + WINDOW <= sentences.length; start++) {
    const idx = Array.from({ length: WINDOW }, (_, k) => start + k);
    if (!idx.some((i) => economic[i])) continue;
    candidates++;
    const by = {
      round8: idx.some((i) => inRound8.has(i)),
      round9: idx.some((i) => inRound9.has(i)),
      readBefore: idx.some((i) => readBefore.has(i)),
      readByGrep: idx.some((i) => isGrepped[i]),
      readSession4: idx.some((i) => readSession4.has(i)),
    };
    const n = names.filter((k) => by[k]);
    for (const k of n) hit[k]++;
    if (n.length === 1) only[n[0]!]++;
    if (n.length > 0) skipped++;
  }
  return { candidates, hit, only, skipped, left: candidates - skipped };
}

if (process.argv[1]?.endsWith('select-heldout10.ts')) {
  const picked = selectWindows10();
  for (const w of picked) console.log(`ner-sv-train/${w.start}-${WINDOW}\tscore ${w.score} (economic words ${w.economic})`);
  console.log(`${picked.length} windows (of ${COUNT10} wanted); sorted: ${picked.map((w) => w.start).sort((a, b) => a - b).join(', ')}`);
  if (picked.length > 0) console.log(`scores ${Math.min(...picked.map((w) => w.score))}-${Math.max(...picked.map((w) => w.score))}, economic words ${Math.min(...picked.map((w) => w.economic))}-${Math.max(...picked.map((w) => w.economic))}`);
  const c = exclusionCounts10();
  console.log(
    `candidate windows (at least one economic word): ${c.candidates}; hit (by it alone) by a round-8 overlap ${c.hit.round8} (${c.only.round8}), ` +
      `a round-9 overlap ${c.hit.round9} (${c.only.round9}), READ_BEFORE ${c.hit.readBefore} (${c.only.readBefore}), ` +
      `READ_BY_GREP ${c.hit.readByGrep} (${c.only.readByGrep}), READ_SESSION4 ${c.hit.readSession4} (${c.only.readSession4}); ${c.skipped} skipped in all, ${c.left} left`,
  );
}
