// Organisation mentions predicted by our analysis and by the peer (compromise), as spans the
// scorer compares with gold. Both run on exactly the same text.
import nlp from 'compromise';
import { analyze, KnowledgeBase, type AnalysisResult, type Language } from '../server/src/analysis/index.js';
import { loadDefaultEntities } from '../server/src/node/default-entities.js';
import type { PredictedSpan } from './span-scoring.js';

/** Kinds the NER gold calls ORG. People, products and places are not organisations. */
export const ORG_KINDS: ReadonlySet<string> = new Set(['company', 'regulator', 'organisation']);

let defaultKb: KnowledgeBase | undefined;
/** The bundled default KB only: what a user has before writing any entities.yaml. */
export function defaultKnowledgeBase(): KnowledgeBase {
  if (!defaultKb) {
    const loaded = loadDefaultEntities();
    if (!loaded) throw new Error('the bundled default KB (server/data/entities.default.yaml) is missing');
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`the default KB has errors: ${errors.map((e) => `${e.line + 1}:${e.character + 1} ${e.message}`).join('; ')}`);
    defaultKb = KnowledgeBase.fromLayers([loaded.entities]);
  }
  return defaultKb;
}

export function orgSpans(result: AnalysisResult): PredictedSpan[] {
  return result.mentions
    .filter((m) => ORG_KINDS.has(m.kind))
    .map((m) => ({ start: m.start, end: m.end, nameEnd: m.nameEnd, kind: m.kind }));
}

export function ourOrganisations(text: string, language: Language, kb: KnowledgeBase = defaultKnowledgeBase()): PredictedSpan[] {
  return orgSpans(analyze(text, kb, { language }));
}

interface CompromiseOffset {
  text: string;
  offset: { start: number; length: number };
}

/** compromise's `.organizations()`, with its offsets (UTF-16 code units into the same text). */
export function compromiseOrganisations(text: string): PredictedSpan[] {
  const found = nlp(text).organizations().out('offset') as CompromiseOffset[];
  return found.map((o) => {
    let end = o.offset.start + o.offset.length;
    // compromise keeps a possessive inside the term (`Microsoft's`); score the name like ours.
    const written = text.slice(o.offset.start, end);
    const nameEnd = /['’]s$/.test(written) ? end - 2 : undefined;
    return { start: o.offset.start, end, nameEnd };
  });
}
