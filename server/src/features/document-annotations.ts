// The custom request newsAnnotator/documentAnnotations: an article's mentions and claims as plain
// data for the client's own views (entity tree, status bar).
import type { AnnotatedClaim, AnnotatedMention, DocumentAnnotations } from '../protocol.js';
import type { ArticleAnalysis } from '../workspace/article-analysis.js';

export function documentAnnotations(a: ArticleAnalysis, uri: string): DocumentAnnotations {
  const range = (s: number, e: number) => ({ start: a.lines.positionAt(s), end: a.lines.positionAt(e) });
  const mentions: AnnotatedMention[] = a.result.mentions.map((m) => ({
    range: range(m.start, m.end),
    text: m.text,
    entity: m.entity,
    name: (m.entity !== null ? a.kb.get(m.entity)?.name : undefined) ?? a.text.slice(m.start, m.nameEnd).replace(/\s+/g, ' '),
    kind: m.kind,
  }));
  const claims: AnnotatedClaim[] = a.result.claims.map((c) => ({
    range: range(c.start, c.end),
    text: c.text,
    reasons: [...c.reasons],
    status: c.verified ? 'verified' : c.sourced ? 'sourced' : 'unsourced',
  }));
  return { uri, version: a.version, language: a.result.language, mentions, claims };
}
