// How the Swedish windows of the round-6 claims gold (test/quality/gold.heldout6.json) were chosen:
//
//   npx tsx eval/select-heldout6.ts          prints the 30 starts, in the order they were picked
//
// The rule was fixed before any window was read, and looks at tokens and NER tags only (no analysis):
// every window of 12 consecutive sentences of the swedish-ner-corpus test split that overlaps no window
// of the gold sets made before round 6 is scored by
//   (tokens, lower-cased, that are in ECONOMIC_WORDS) + (ORG entities of the NER tags),
// and the 30 best are taken greedily (score descending, then lowest start), each overlapping none
// taken before it. The product is judged on business news: this keeps the windows business-dense.
import { loadGold, nerSentences, parseNerRef, type GoldSet, type NerSplit } from './gold.js';

export const WINDOW = 12;
export const COUNT = 30;
/** The gold sets made before round 6, whose windows round 6 must not overlap. */
const EARLIER: GoldSet[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'];

/** Fixed before reading any window; exact lower-cased token match (inflected forms listed as such). */
export const ECONOMIC_WORDS = new Set([
  'kronor', 'kr', 'kronan', 'mkr', 'mdkr', 'miljon', 'miljoner', 'miljard', 'miljarder', 'dollar', 'euro', 'pund',
  'procent', 'procentenheter',
  'bolag', 'bolaget', 'bolagets', 'bolagen', 'företag', 'företaget', 'företagets', 'företagen',
  'koncern', 'koncernen', 'koncernens',
  'aktie', 'aktien', 'aktier', 'aktierna', 'aktieägare', 'börs', 'börsen', 'börsens',
  'vinst', 'vinsten', 'vinster', 'förlust', 'förlusten', 'omsättning', 'omsättningen', 'intäkter',
  'resultat', 'resultatet', 'rörelseresultat', 'rörelseresultatet', 'kvartal', 'kvartalet',
  'försäljning', 'försäljningen',
  'bank', 'banken', 'bankens', 'banker', 'bankerna',
  'köp', 'köpet', 'köpa', 'köper', 'köpte', 'sälja', 'säljer', 'sålde', 'affär', 'affären', 'affärer',
  'ränta', 'räntan', 'räntor', 'pris', 'priset', 'priser', 'priserna', 'kostnad', 'kostnader', 'kostnaderna',
  'marknad', 'marknaden', 'marknader', 'ekonomi', 'ekonomin', 'ekonomisk', 'ekonomiska', 'tillväxt', 'tillväxten',
  'investering', 'investeringar', 'investerare', 'budget', 'budgeten', 'skatt', 'skatten', 'skatter',
  'inflation', 'inflationen', 'export', 'exporten', 'import', 'handel', 'handeln',
  'anställda', 'jobb', 'varsel', 'konkurs', 'lön', 'löner', 'vd', 'ägare', 'kunder',
]);

export interface Window {
  start: number;
  score: number;
  /** Of the score, the tokens in ECONOMIC_WORDS (the rest are ORG entities). */
  economic: number;
}

export interface SelectOptions {
  /** Keep out windows without a single economic word (ORG tags alone do not qualify). */
  economicOnly?: boolean;
  /** The split whose sentences are windowed: `ner-sv` (test, the default) or `ner-sv-train`. */
  split?: NerSplit;
  /** True for a sentence (by its index in that split) no window may contain, e.g. one already read. */
  skipSentence?: (index: number, sentence: ReadonlyArray<{ text: string }>) => boolean;
  /** How many windows to pick (COUNT, 30, by default; round 9 takes 40). */
  count?: number;
}

/**
 * The starts of round 6, in the order they were picked (with the defaults). A later round passes the
 * gold sets its windows must not overlap (only their windows of the same split count); the options
 * choose the split and keep out windows without an economic word or holding a sentence to skip.
 */
export function selectWindows(excluded: readonly GoldSet[] = EARLIER, options: SelectOptions = {}): Window[] {
  const split = options.split ?? 'ner-sv';
  const sentences = nerSentences(split);
  const used: Array<[number, number]> = [];
  for (const set of excluded) {
    const gold = loadGold(set);
    for (const a of [...gold.claims, ...gold.orgs]) {
      const r = parseNerRef(a.article);
      if (r && r.split === split) used.push([r.start, r.start + r.count]);
    }
  }
  const skip = sentences.map((s, i) => options.skipSentence?.(i, s) ?? false);
  const economicPerSentence = sentences.map((s) => s.filter((t) => ECONOMIC_WORDS.has(t.text.toLowerCase())).length);
  const perSentence = sentences.map((s, k) => {
    let n = economicPerSentence[k]!;
    s.forEach((t, i) => {
      // An ORG entity starts where a token tagged ORG follows one that is not (the file has no B- marks).
      if (t.type === 'ORG' && (i === 0 || s[i - 1]!.type !== 'ORG')) n++;
    });
    return n;
  });
  const overlaps = (a: number, b: number, c: number, d: number) => a < d && c < b;
  const candidates: Window[] = [];
  for (let start = 0; start + WINDOW <= sentences.length; start++) {
    if (used.some(([s, e]) => overlaps(start, start + WINDOW, s, e))) continue;
    if (skip.slice(start, start + WINDOW).some(Boolean)) continue;
    let score = 0;
    let economic = 0;
    for (let i = start; i < start + WINDOW; i++) {
      score += perSentence[i]!;
      economic += economicPerSentence[i]!;
    }
    if (options.economicOnly && economic === 0) continue;
    candidates.push({ start, score, economic });
  }
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const count = options.count ?? COUNT;
  const picked: Window[] = [];
  for (const c of candidates) {
    if (picked.length === count) break;
    if (picked.some((p) => overlaps(c.start, c.start + WINDOW, p.start, p.start + WINDOW))) continue;
    picked.push(c);
  }
  return picked;
}

if (process.argv[1]?.endsWith('select-heldout6.ts')) {
  const picked = selectWindows();
  for (const w of picked) console.log(`ner-sv/${w.start}-${WINDOW}\tscore ${w.score}`);
  console.log(`sorted: ${picked.map((w) => w.start).sort((a, b) => a - b).join(', ')}`);
}
