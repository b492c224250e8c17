// Everything about one top-level block that does not depend on the rest of the article: its
// sentences, mentions, claim triggers, vague phrases and attribution verbs. Spans are relative to
// the block's start, so an unchanged block is reused as it is when an edit moves it.
import type { BlockParts } from './analyze.js';
import { findNamedAttribution } from './attribution.js';
import { ClaimScanner, type ClaimTrigger } from './claims.js';
import type { EntityMatcher } from './entity-matcher.js';
import type { ProseBlock } from './markdown-prose.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import type { Entity, EntityKind, Language, Span } from './types.js';
import { findUnknownOrganisations } from './unknown-organisations.js';

export interface BlockMention extends Span {
  nameEnd: number;
  entity: Entity | null;
  kind: EntityKind;
  matched: string | null;
  viaPattern: boolean;
}

export interface SentenceHits {
  triggers: ClaimTrigger[];
  vague: Span[];
  /** The attribution verb naming the sentence's source, if any (see attribution.ts). */
  attribution: { verb: Span; quote: boolean } | null;
}

export interface BlockAnalysis {
  /** Where the block is now. `prose.start`/`prose.end` are where it was parsed: a moved block keeps its prose. */
  start: number;
  end: number;
  prose: ProseBlock;
  /** `block` is the index of the prose block (paragraph, heading, cell) within this top-level block. */
  sentences: Array<Span & { block: number }>;
  mentions: BlockMention[];
  hits: SentenceHits[];
  /** What the block contributed to the last assembled result (see `assemble` in analyze.ts). */
  parts?: BlockParts;
}

export function analyzeBlock(prose: ProseBlock, language: Language, matcher: EntityMatcher): BlockAnalysis {
  const { masked } = prose;
  const sentences: BlockAnalysis['sentences'] = [];
  const mentions: BlockMention[] = [];
  prose.blocks.forEach((b, index) => {
    const own = splitSentences(masked, b.start, b.end);
    for (const s of own) sentences.push({ start: s.start, end: s.end, block: index });
    const tokens = tokenize(masked, b.start, b.end);
    if (tokens.length === 0) return;
    const known = matcher.match(masked, tokens);
    for (const m of known) mentions.push({ start: m.start, end: m.end, nameEnd: m.nameEnd, entity: m.entity, kind: m.entity.kind, matched: m.form, viaPattern: m.viaPattern });
    const starts = new Set(own.map((s) => s.start));
    for (const u of findUnknownOrganisations(masked, tokens, known, starts)) {
      mentions.push({ start: u.start, end: u.end, nameEnd: u.nameEnd, entity: null, kind: u.kind, matched: null, viaPattern: false });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  let hits: SentenceHits[] = [];
  if (sentences.length > 0) {
    const scanner = new ClaimScanner(masked, language);
    let mi = 0;
    hits = sentences.map((s) => {
      const { triggers, vague, attributions } = scanner.sentence(s);
      while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
      const hasMention = mi < mentions.length && mentions[mi]!.start < s.end;
      return { triggers, vague, attribution: findNamedAttribution(masked, s, language, attributions, hasMention) };
    });
  }
  return { start: prose.start, end: prose.end, prose, sentences, mentions, hits };
}

/**
 * The same analysis for a block that moved by `delta` characters: one small object, everything else
 * shared (it runs for every block after an edit; a copy of the prose as well doubled the garbage per
 * keystroke and, kept by the new version, what the collector had to move).
 */
export function moveBlock(b: BlockAnalysis, delta: number): BlockAnalysis {
  if (delta === 0) return b;
  return { start: b.start + delta, end: b.end + delta, prose: b.prose, sentences: b.sentences, mentions: b.mentions, hits: b.hits, parts: b.parts };
}
