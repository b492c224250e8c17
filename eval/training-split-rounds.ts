// What the claims rounds 9 to 14 share (eval/select-heldout9.ts … select-heldout14.ts): windows of the
// swedish-ner-corpus training split chosen by round 6's rule (select-heldout6.ts), each round skipping the
// windows that overlap an earlier round or hold a sentence a rule writer read, and the counts of what
// each exclusion kept out. A round names its exclusions; the rule and the counting live here once.
import { nerSentences, type GoldSet } from './gold.js';
import { ECONOMIC_WORDS, selectWindows, WINDOW, type Window } from './select-heldout6.js';

/** One reason to skip a window: it holds a sentence (by its index in the training split) this is true of. */
export interface Exclusion {
  /** As printed, e.g. `a round-8 overlap` or `READ_BEFORE`. */
  name: string;
  hits: (index: number, sentence: ReadonlyArray<{ text: string }>) => boolean;
}

/** An exclusion for every sentence of the given windows: a window holding one overlaps one of them. */
export function overlapping(name: string, windows: ReadonlyArray<{ start: number }>): Exclusion {
  const inside = new Set<number>();
  for (const w of windows) for (let i = w.start; i < w.start + WINDOW; i++) inside.add(i);
  return { name, hits: (i) => inside.has(i) };
}

/** An exclusion for a list of sentence indices. */
export function listed(name: string, indices: readonly number[]): Exclusion {
  const set = new Set(indices);
  return { name, hits: (i) => set.has(i) };
}

/**
 * The round's windows: round 6's rule on the training split, none excluded, and at least one economic word
 * unless `economicOnly` is false (round 14, when none with one was left).
 */
export function selectTrainingWindows(earlier: readonly GoldSet[], count: number, exclusions: readonly Exclusion[], economicOnly = true): Window[] {
  return selectWindows([...earlier], {
    economicOnly,
    split: 'ner-sv-train',
    count,
    skipSentence: (i, s) => exclusions.some((e) => e.hits(i, s)),
  });
}

/** How many candidate windows (at least one economic word) each exclusion hits, and how many it alone hits. */
export function exclusionCounts(exclusions: readonly Exclusion[]) {
  const sentences = nerSentences('ner-sv-train');
  const economic = sentences.map((s) => s.some((t) => ECONOMIC_WORDS.has(t.text.toLowerCase())));
  const hitsBySentence = exclusions.map((e) => sentences.map((s, i) => e.hits(i, s)));
  const hit = exclusions.map(() => 0);
  const only = exclusions.map(() => 0);
  let candidates = 0;
  let skipped = 0;
  for (let start = 0; start + WINDOW <= sentences.length; start++) {
    let any = false;
    for (let k = 0; k < WINDOW && !any; k++) any = economic[start + k]!;
    if (!any) continue;
    candidates++;
    const by = hitsBySentence.map((h) => h.slice(start, start + WINDOW).some(Boolean));
    by.forEach((b, e) => {
      if (b) hit[e]!++;
    });
    const n = by.filter(Boolean).length;
    if (n === 1) only[by.indexOf(true)]!++;
    if (n > 0) skipped++;
  }
  return { candidates, hit, only, skipped, left: candidates - skipped };
}

/** What `npx tsx eval/select-heldoutN.ts` prints: the refs in the order picked, their scores, and the counts. */
export function printRound(picked: readonly Window[], count: number, exclusions: readonly Exclusion[]): void {
  for (const w of picked) console.log(`ner-sv-train/${w.start}-${WINDOW}\tscore ${w.score} (economic words ${w.economic})`);
  console.log(`${picked.length} windows (of ${count} wanted); sorted: ${picked.map((w) => w.start).sort((a, b) => a - b).join(', ')}`);
  if (picked.length > 0) {
    const scores = picked.map((w) => w.score);
    const words = picked.map((w) => w.economic);
    console.log(`scores ${Math.min(...scores)}-${Math.max(...scores)}, economic words ${Math.min(...words)}-${Math.max(...words)}`);
  }
  const c = exclusionCounts(exclusions);
  const parts = exclusions.map((e, k) => `${e.name} ${c.hit[k]} (${c.only[k]})`);
  console.log(`candidate windows (at least one economic word): ${c.candidates}; hit (by it alone) by ${parts.join(', ')}; ${c.skipped} skipped in all, ${c.left} left`);
}
