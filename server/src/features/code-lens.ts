// A code lens at the top of each article summarising it: mentions, entities, unknown
// organisations and unsourced claims. It is a label, not a button (its command id is empty).
import type { CodeLens } from 'vscode-languageserver';
import type { ArticleAnalysis } from '../workspace/article-analysis.js';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function articleSummary(a: ArticleAnalysis): string {
  const r = a.result;
  if (r.skipped === 'too-large') return 'News Annotator: not analysed (file too large)';
  if (r.skipped === 'binary') return 'News Annotator: not analysed (binary file)';
  const known = r.mentions.filter((m) => m.entity !== null);
  const entities = new Set(known.map((m) => m.entity));
  const unknown = new Set(r.mentions.filter((m) => m.entity === null).map((m) => a.text.slice(m.start, m.nameEnd).replace(/\s+/g, ' ')));
  const unsourced = r.claims.filter((c) => !c.sourced && !c.verified).length;
  const parts = [`${plural(known.length, 'mention', 'mentions')} of ${plural(entities.size, 'entity', 'entities')}`];
  if (unknown.size > 0) parts.push(plural(unknown.size, 'unknown organisation', 'unknown organisations'));
  parts.push(plural(unsourced, 'unsourced claim', 'unsourced claims'));
  return parts.join(' · ');
}

export function codeLenses(a: ArticleAnalysis): CodeLens[] {
  const at = { line: 0, character: 0 };
  return [{ range: { start: at, end: at }, command: { title: articleSummary(a), command: '' } }];
}
