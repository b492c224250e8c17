// Organisation scoring on the NER splits and on the business-news gold, for our analysis and for
// compromise, with the same scorer.
import type { KnowledgeBase, Language } from '../server/src/analysis/index.js';
import { languageOf, readAnnotated, type OrgGoldArticle } from './gold.js';
import type { NerDocument } from './ner-corpus.js';
import { compromiseOrganisations, defaultKnowledgeBase, ourOrganisations } from './org-predictions.js';
import { addCounts, align, prf, ZERO, type Counts, type GoldSpan, type PredictedSpan, type Prf } from './span-scoring.js';

export type System = 'ours' | 'compromise';

export interface OrgError {
  doc: string;
  kind: 'missed' | 'spurious' | 'wrong-kind';
  start: number;
  end: number;
  /** The name and a little context, for the console report only. */
  text: string;
  detail?: string;
}

export interface KindFigures {
  /** Lenient matches whose gold kind is known. */
  matched: number;
  /** Of those, the predicted kind equals the gold kind. */
  correct: number;
  accuracy: number;
  /** Regulator as a class among the matches: predicted regulator vs gold regulator. */
  regulator: Prf;
  /** Gold regulators predicted as companies and gold companies predicted as regulators. */
  confusions: number;
}

export interface OrgFigures {
  system: System;
  docs: number;
  gold: number;
  predicted: number;
  exact: Prf;
  lenient: Prf;
  kinds: KindFigures | null;
  errors: OrgError[];
}

interface Doc {
  id: string;
  text: string;
  gold: GoldSpan[];
  language: Language;
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(start, end)}  ‹${text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30)).replace(/\s+/g, ' ')}›`;
}

function scoreDocs(docs: ReadonlyArray<Doc>, system: System, kb: KnowledgeBase): OrgFigures {
  let exact: Counts = ZERO;
  let lenient: Counts = ZERO;
  let predictedTotal = 0;
  let goldTotal = 0;
  let matchedKinds = 0;
  let correctKinds = 0;
  let confusions = 0;
  let reg: Counts = ZERO;
  let withKinds = false;
  const errors: OrgError[] = [];
  for (const d of docs) {
    const predicted: PredictedSpan[] = system === 'ours' ? ourOrganisations(d.text, d.language, kb) : compromiseOrganisations(d.text);
    predictedTotal += predicted.length;
    goldTotal += d.gold.length;
    exact = addCounts(exact, align(d.gold, predicted, 'exact').counts);
    const len = align(d.gold, predicted, 'lenient');
    lenient = addCounts(lenient, len.counts);
    for (const gi of len.missed) errors.push({ doc: d.id, kind: 'missed', start: d.gold[gi]!.start, end: d.gold[gi]!.end, text: context(d.text, d.gold[gi]!.start, d.gold[gi]!.end), detail: d.gold[gi]!.kind });
    for (const pi of len.spurious) errors.push({ doc: d.id, kind: 'spurious', start: predicted[pi]!.start, end: predicted[pi]!.end, text: context(d.text, predicted[pi]!.start, predicted[pi]!.nameEnd ?? predicted[pi]!.end), detail: predicted[pi]!.kind });
    for (const [gi, pi] of len.pairs) {
      const g = d.gold[gi]!;
      const p = predicted[pi]!;
      if (!g.kind || !p.kind) continue;
      withKinds = true;
      matchedKinds++;
      if (g.kind === p.kind) correctKinds++;
      else errors.push({ doc: d.id, kind: 'wrong-kind', start: g.start, end: g.end, text: context(d.text, g.start, g.end), detail: `gold ${g.kind}, predicted ${p.kind}` });
      if ((g.kind === 'regulator' && p.kind === 'company') || (g.kind === 'company' && p.kind === 'regulator')) confusions++;
      const gr = g.kind === 'regulator';
      const pr = p.kind === 'regulator';
      reg = addCounts(reg, { tp: gr && pr ? 1 : 0, fp: !gr && pr ? 1 : 0, fn: gr && !pr ? 1 : 0 });
    }
  }
  return {
    system,
    docs: docs.length,
    gold: goldTotal,
    predicted: predictedTotal,
    exact: prf(exact),
    lenient: prf(lenient),
    kinds: withKinds ? { matched: matchedKinds, correct: correctKinds, accuracy: matchedKinds === 0 ? 1 : correctKinds / matchedKinds, regulator: prf(reg), confusions } : null,
    errors,
  };
}

export function scoreNer(docs: ReadonlyArray<NerDocument>, language: Language, system: System, kb: KnowledgeBase = defaultKnowledgeBase()): OrgFigures {
  return scoreDocs(docs.map((d) => ({ id: d.id, text: d.text, gold: d.orgs, language })), system, kb);
}

export function scoreBusiness(articles: ReadonlyArray<OrgGoldArticle>, language: Language, system: System, kb: KnowledgeBase = defaultKnowledgeBase()): OrgFigures {
  const docs: Doc[] = articles
    .filter((a) => languageOf(a.article) === language)
    .map((a) => ({ id: a.article, text: readAnnotated(a.article, a.sha256), gold: a.orgs.map(([start, end, kind]) => ({ start, end, kind })), language }));
  return scoreDocs(docs, system, kb);
}
