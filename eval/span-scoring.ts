// Precision, recall and F1 of predicted spans against gold spans, exact and lenient.
//
// Exact: a prediction is right when its span equals a gold span (a prediction may offer two spans,
// with and without a genitive ending, since `Microsoft's` names `Microsoft`). Lenient: spans that
// overlap count. Both match one to one (greedily, in text order), so one long prediction covering
// two gold entities earns one hit and one miss, never two hits.

export interface GoldSpan {
  start: number;
  end: number;
  /** company | regulator | organisation, where the gold says. */
  kind?: string;
}

export interface PredictedSpan {
  start: number;
  end: number;
  /** End of the name proper without a genitive/possessive ending, when it differs from `end`. */
  nameEnd?: number;
  kind?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** A sentence as a sentence-level finding is scored: [the gold says it (U, or any claim), the finding says it]. */
export type SentencePair = readonly [gold: boolean, said: boolean];

export function pairCounts(pairs: Iterable<SentencePair>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, said] of pairs) {
    if (gold && said) tp++;
    else if (said) fp++;
    else if (gold) fn++;
  }
  return { tp, fp, fn };
}

/** Cohen's kappa of two readers' yes against no (U against not U): agreement beyond what their two label rates give by chance. */
export function kappa(pairs: ReadonlyArray<SentencePair>): number {
  const n = pairs.length;
  const a = pairs.filter(([x]) => x).length / n;
  const b = pairs.filter(([, y]) => y).length / n;
  const observed = pairs.filter(([x, y]) => x === y).length / n;
  const chance = a * b + (1 - a) * (1 - b);
  return (observed - chance) / (1 - chance);
}

/** A 95% percentile interval of F1 over 2,000 resamples of the sentences; the seed is fixed, so every run prints the same. */
export function f1Interval(pairs: ReadonlyArray<SentencePair>): [number, number] {
  let seed = 5;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const f1s: number[] = [];
  for (let i = 0; i < 2000; i++) f1s.push(prf(pairCounts(pairs.map(() => pairs[Math.floor(random() * pairs.length)]!))).f1);
  f1s.sort((a, b) => a - b);
  return [f1s[49]!, f1s[1949]!];
}

function exactlyEqual(g: GoldSpan, p: PredictedSpan): boolean {
  return g.start === p.start && (g.end === p.end || (p.nameEnd !== undefined && g.end === p.nameEnd));
}
function overlapping(g: GoldSpan, p: PredictedSpan): boolean {
  return g.start < p.end && p.start < g.end;
}

export interface Alignment {
  counts: Counts;
  /** Pairs of matched gold and predicted indices. */
  pairs: Array<[number, number]>;
  missed: number[];
  spurious: number[];
}

/** One-to-one matching of gold and predicted spans of one document. */
export function align(gold: ReadonlyArray<GoldSpan>, predicted: ReadonlyArray<PredictedSpan>, mode: 'exact' | 'lenient'): Alignment {
  const same = mode === 'exact' ? exactlyEqual : overlapping;
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const missed: number[] = [];
  gold.forEach((g, gi) => {
    let found = -1;
    for (let pi = 0; pi < predicted.length; pi++) {
      if (!usedP.has(pi) && same(g, predicted[pi]!)) {
        found = pi;
        break;
      }
    }
    if (found >= 0) {
      usedP.add(found);
      pairs.push([gi, found]);
    } else missed.push(gi);
  });
  const spurious = predicted.map((_, i) => i).filter((i) => !usedP.has(i));
  return { counts: { tp: pairs.length, fp: spurious.length, fn: missed.length }, pairs, missed, spurious };
}
