// Sentence-level scoring of the unsourced-claim finding against the claims gold (test/quality).
// A gold sentence is predicted `U` when the analysis reports a claim overlapping it that is neither
// sourced nor verified; predicted to hold a claim when any claim overlaps it.
import { analyze, type AnalysisResult, type KnowledgeBase, type Language } from '../server/src/analysis/index.js';
import { languageOf, readAnnotated, type ClaimGoldArticle, type ClaimLabel } from './gold.js';
import { defaultKnowledgeBase } from './org-predictions.js';
import { pairCounts, prf, type Prf, type SentencePair } from './span-scoring.js';

export interface ClaimError {
  article: string;
  start: number;
  end: number;
  gold: ClaimLabel;
  /** What the analysis said: U (unsourced claim), S (sourced claim), N (no claim). */
  predicted: ClaimLabel;
  /** The sentence, for the console report only (never written to the repository). */
  text: string;
}

export interface ClaimFigures {
  language: Language;
  articles: number;
  sentences: number;
  /** The scored finding: unsourced claims. */
  unsourced: Prf;
  /** Any checkable claim, sourced or not. */
  claims: Prf;
  /** Articles whose detected language differs from the gold's. */
  languageErrors: string[];
  errors: ClaimError[];
}

/** The claims of an analysis, as far as the label needs them (old commits' results have these fields too). */
export interface ClaimsOf {
  claims: ReadonlyArray<{ start: number; end: number; sourced: boolean; verified: boolean }>;
}

/** What the analysis says of the sentence `start`–`end`: U (an unsourced claim overlaps it), S (only sourced ones), N. */
export function predictedLabel(result: ClaimsOf, start: number, end: number): ClaimLabel {
  let label: ClaimLabel = 'N';
  for (const c of result.claims) {
    if (c.start < end && start < c.end) {
      if (!c.sourced && !c.verified) return 'U';
      label = 'S';
    }
  }
  return label;
}

export function scoreClaims(articles: ReadonlyArray<ClaimGoldArticle>, language: Language, kb: KnowledgeBase = defaultKnowledgeBase()): ClaimFigures {
  const unsourced: SentencePair[] = [];
  const claims: SentencePair[] = [];
  let sentences = 0;
  const errors: ClaimError[] = [];
  const languageErrors: string[] = [];
  const mine = articles.filter((a) => languageOf(a.article) === language);
  for (const a of mine) {
    const text = readAnnotated(a.article, a.sha256);
    // As a user runs it: the language comes from front matter or detection.
    const result = analyze(text, kb, { language: 'auto' });
    if (result.language !== language) languageErrors.push(a.article);
    for (const [start, end, gold] of a.sentences) {
      sentences++;
      const predicted = predictedLabel(result, start, end);
      const goldU = gold === 'U';
      const predU = predicted === 'U';
      unsourced.push([goldU, predU]);
      claims.push([gold !== 'N', predicted !== 'N']);
      if (goldU !== predU) errors.push({ article: a.article, start, end, gold, predicted, text: text.slice(start, end).replace(/\s+/g, ' ') });
    }
  }
  return { language, articles: mine.length, sentences, unsourced: prf(pairCounts(unsourced)), claims: prf(pairCounts(claims)), languageErrors, errors };
}
