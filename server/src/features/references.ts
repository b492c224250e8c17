// Find references: every mention of an entity across the workspace's articles (from the article
// records, so closed articles count too), plus its KB entry. Works from a mention in an article and
// from an entry in a KB file.
import type { Location, Position } from 'vscode-languageserver';
import type { Entity, KnowledgeBase } from '../analysis/index.js';
import type { ArticleAnalysis } from '../workspace/article-analysis.js';
import { mentionKey, type ArticleRecord } from '../workspace/article-record.js';
import { mentionAt } from './hover.js';

/** The key and entity of the mention at a position in an article. */
export function referenceTarget(a: ArticleAnalysis, position: Position): { key: string; entity: Entity | undefined } | null {
  if (position.line < 0 || position.line >= a.lines.lineCount) return null;
  const m = mentionAt(a, a.lines.offsetAt(position));
  if (!m) return null;
  return { key: mentionKey(m), entity: m.entity !== null ? a.kb.get(m.entity) : undefined };
}

/** The entity whose entry in KB file `uri` covers `line` (the last entry starting at or before it). */
export function entityAtKbLine(kb: KnowledgeBase, uri: string, line: number): Entity | undefined {
  let best: Entity | undefined;
  for (const e of kb.entities) {
    const loc = e.location;
    if (!loc || loc.uri !== uri || loc.line > line) continue;
    if (!best || loc.line > best.location!.line) best = e;
  }
  return best;
}

export function references(key: string, entity: Entity | undefined, records: ReadonlyArray<ArticleRecord>, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  if (includeDeclaration && entity?.location) {
    const { uri, line, character } = entity.location;
    out.push({ uri, range: { start: { line, character }, end: { line, character } } });
  }
  const sorted = [...records].sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0));
  for (const r of sorted) {
    const flat = r.mentions.get(key);
    if (!flat) continue;
    for (let i = 0; i + 3 < flat.length; i += 4) {
      out.push({ uri: r.uri, range: { start: { line: flat[i]!, character: flat[i + 1]! }, end: { line: flat[i + 2]!, character: flat[i + 3]! } } });
    }
  }
  return out;
}

/** Mentions of a key across the records: total and number of articles. */
export function countMentions(key: string, records: ReadonlyArray<ArticleRecord>): { mentions: number; articles: number } {
  let mentions = 0;
  let articles = 0;
  for (const r of records) {
    const flat = r.mentions.get(key);
    if (!flat || flat.length === 0) continue;
    mentions += flat.length / 4;
    articles++;
  }
  return { mentions, articles };
}
