// Hover cards: on a mention, what the entity is (kind, description, aliases, identifiers, website,
// where it is defined and how often it is mentioned); on an unknown organisation, how to add it;
// on a flagged claim, why it was flagged and how to source it. All data is escaped (markdown-escape).
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Claim, ClaimReason, Entity, Mention } from '../analysis/index.js';
import type { ArticleAnalysis } from '../workspace/article-analysis.js';
import { mentionCountOf, mentionKey } from '../workspace/article-record.js';
import { basename } from '../workspace/uri.js';
import { encodeDestination, escapeMarkdown, safeWebUrl } from './markdown-escape.js';

export interface HoverContext {
  /** Mentions of a key across the workspace's articles, or null while the workspace is not fully indexed. */
  workspaceCount(key: string): { mentions: number; articles: number } | null;
  /** False for clients that render plain text only. */
  markdown: boolean;
}

const REASON_TEXT: Record<ClaimReason, string> = {
  money: 'an amount of money',
  percentage: 'a percentage',
  count: 'a number or quantity',
  ranking: 'a ranking or superlative',
  'first-or-exclusive': 'a first, a record or exclusivity',
  forecast: 'a forecast',
  'undisclosed-amount': 'an unknown or undisclosed amount',
};

/** Builds the same card as Markdown (escaped data) or as plain text. */
class Card {
  private readonly lines: string[] = [];
  constructor(readonly markdown: boolean) {}
  text(s: string): string {
    return this.markdown ? escapeMarkdown(s) : s.replace(/\s+/g, ' ');
  }
  bold(s: string): string {
    return this.markdown ? `**${this.text(s)}**` : s;
  }
  link(label: string, url: string | null): string {
    if (url === null) return this.text(label);
    return this.markdown ? `[${this.text(label)}](${url})` : `${label} <${url}>`;
  }
  line(s: string): void {
    this.lines.push(s);
  }
  render(): string {
    return this.lines.join(this.markdown ? '\n\n' : '\n');
  }
}

export function entityDefinitionUrl(entity: Entity): string | null {
  const loc = entity.location;
  if (!loc || !loc.uri.startsWith('file:')) return null;
  return encodeDestination(loc.uri.replace(/#.*$/, '')) + `#L${loc.line + 1}`;
}

function mentionAt(a: ArticleAnalysis, offset: number): Mention | undefined {
  const ms = a.result.mentions;
  let lo = 0;
  let hi = ms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = ms[mid]!;
    if (m.end <= offset) lo = mid + 1;
    else if (m.start > offset) hi = mid - 1;
    else return m;
  }
  return undefined;
}

export { mentionAt };

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function countsLine(card: Card, a: ArticleAnalysis, key: string, ctx: HoverContext): string {
  const here = mentionCountOf(a.result.mentions, key);
  const ws = ctx.workspaceCount(key);
  const local = `Mentioned ${times(here)} in this article`;
  if (ws === null) return card.text(local + '.');
  return card.text(`${local}; ${times(ws.mentions)} in ${ws.articles} ${ws.articles === 1 ? 'article' : 'articles'} of the workspace.`);
}

function entityCard(card: Card, a: ArticleAnalysis, m: Mention, entity: Entity, ctx: HoverContext): void {
  card.line(`${card.bold(entity.name)} ${card.text('— ' + entity.kind)}`);
  if (entity.title || entity.role) card.line(card.text([entity.title, entity.role].filter(Boolean).join(', ')));
  if (entity.description) card.line(card.text(entity.description));
  if (m.viaPattern && m.matched) card.line(`${card.text('Found by the pattern')} ${card.text('"' + m.matched + '"')}`);
  if (entity.aliases.length > 0) card.line(`${card.text('Also written:')} ${entity.aliases.map((x) => card.text(x)).join(card.text(', '))}`);
  const preferred = entity.preferred ? Object.entries(entity.preferred).filter(([, v]) => typeof v === 'string') : [];
  if (preferred.length > 0) {
    card.line(`${card.text('Preferred spelling:')} ${preferred.map(([lang, v]) => card.text(`${v} (${lang === 'sv' ? 'Swedish' : 'English'})`)).join(card.text(', '))}`);
  }
  const ids: string[] = [];
  if (entity.wikidata && /^Q\d+$/.test(entity.wikidata)) ids.push(`${card.text('Wikidata:')} ${card.link(entity.wikidata, `https://www.wikidata.org/wiki/${entity.wikidata}`)}`);
  if (entity.url) {
    const url = safeWebUrl(entity.url);
    if (url !== null) ids.push(`${card.text('Website:')} ${card.link(entity.url, url)}`);
  }
  if (ids.length > 0) card.line(ids.join(card.markdown ? ' · ' : '\n'));
  card.line(countsLine(card, a, entity.id, ctx));
  const def = entityDefinitionUrl(entity);
  if (def !== null && entity.location) {
    card.line(`${card.text('Defined in')} ${card.link(`${basename(entity.location.uri)}, line ${entity.location.line + 1}`, def)}`);
  }
}

function unknownCard(card: Card, a: ArticleAnalysis, m: Mention, ctx: HoverContext): void {
  const name = a.text.slice(m.start, m.nameEnd);
  card.line(`${card.bold(name)} ${card.text(`— unknown organisation (looks like a ${m.kind})`)}`);
  card.line(
    card.text(
      'The knowledge base does not know it. To add it, use the quick fix "Add to entities.yaml as company" (or as regulator), or add an entry with id, name and kind to the workspace entities.yaml. If it is not an organisation, ignore this hint.',
    ),
  );
  card.line(countsLine(card, a, mentionKey(m), ctx));
}

function claimCard(card: Card, a: ArticleAnalysis, claim: Claim): void {
  card.line(`${card.bold('Unsourced claim')} ${card.text('— a checkable statement with no source')}`);
  const parts = claim.reasons.map((r) => {
    const words = claim.triggers.filter((t) => t.reason === r).map((t) => '"' + a.text.slice(t.start, t.end).replace(/\s+/g, ' ') + '"');
    return REASON_TEXT[r] + (words.length > 0 ? ` (${[...new Set(words)].join(', ')})` : '');
  });
  card.line(card.text(`Flagged because it states ${parts.join('; ')}.`));
  card.line(
    card.text(
      'To source it: say who says so (a named source with "said", "according to", "enligt", "uppger"…), link to the source, add a footnote [^n] with its definition, or put <!-- source: … --> after the sentence. If you checked it yourself, mark it verified.',
    ),
  );
}

function claimAt(a: ArticleAnalysis, offset: number): Claim | undefined {
  return a.result.claims.find((c) => !c.sourced && !c.verified && c.start <= offset && offset < c.end);
}

export function hover(a: ArticleAnalysis, position: Position, ctx: HoverContext): Hover | null {
  if (position.line < 0 || position.line >= a.lines.lineCount) return null;
  const offset = a.lines.offsetAt(position);
  const card = new Card(ctx.markdown);
  const m = mentionAt(a, offset);
  let start: number;
  let end: number;
  if (m) {
    const entity = m.entity !== null ? a.kb.get(m.entity) : undefined;
    if (entity) entityCard(card, a, m, entity, ctx);
    else unknownCard(card, a, m, ctx);
    start = m.start;
    end = m.end;
  } else {
    const claim = claimAt(a, offset);
    if (!claim || !a.result.diagnostics.some((d) => d.code === 'unsourced-claim' && d.start === claim.start)) return null;
    claimCard(card, a, claim);
    start = claim.start;
    end = claim.end;
  }
  return {
    contents: { kind: ctx.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: card.render() },
    range: { start: a.lines.positionAt(start), end: a.lines.positionAt(end) },
  };
}
