// One multi-pattern matcher for every name, alias and pattern of the knowledge base: a trie over
// word tokens. Matching walks the trie from each token, so its cost grows with the text length and
// the longest name (in words), never with the number of entities.
import { isWhitespaceGap, normalizeToken, type Token } from './tokens.js';
import type { Entity } from './types.js';

interface NameNode {
  children: Map<string, NameNode>;
  /** Entity and surface form ending at this node. */
  entity?: Entity;
  form?: string;
}

interface PatternNode {
  exact: Map<string, PatternNode>;
  /** Word prefixes (from `word*`), keyed by the lower-cased prefix. */
  prefixes: Map<string, PatternNode>;
  prefixLengths: number[];
  entity?: Entity;
  form?: string;
}

export interface EntityMatch {
  start: number;
  end: number;
  nameEnd: number;
  entity: Entity;
  form: string;
  viaPattern: boolean;
}

const MAX_NAME_TOKENS = 12;

function newNameNode(): NameNode {
  return { children: new Map() };
}
function newPatternNode(): PatternNode {
  return { exact: new Map(), prefixes: new Map(), prefixLengths: [] };
}

/** Splits a surface form into the tokens the matcher compares, the same way prose is tokenized. */
export function nameTokens(form: string, tokenizeFn: (s: string) => Token[]): string[] {
  return tokenizeFn(normalizeToken(form)).map((t) => t.text);
}

/**
 * Endings an inflected or compounded mention may carry after the name proper: English possessive
 * (`Microsoft's`, `Microsoft'`), Swedish genitive (`Microsofts`, `EU:s`), and the first part of a
 * hyphenated compound (`Azure-plattformen`, `EU-kommissionens`). Returns candidate name lengths.
 */
function baseLengths(tok: string): number[] {
  const out: number[] = [];
  const n = tok.length;
  if (n > 2 && tok.endsWith("'s")) out.push(n - 2);
  else if (n > 1 && tok.endsWith("'")) out.push(n - 1);
  if (n > 2 && tok[n - 2] === ':' ) out.push(n - 2); // EU:s, FN:s
  if (n > 3 && tok[n - 3] === ':' ) out.push(n - 3); // EU:n, IMF:en is rare; SEC:en
  if (n > 2 && tok[n - 1] === 's' && tok[n - 2] !== 's') out.push(n - 1);
  const hyphen = tok.indexOf('-');
  if (hyphen > 0) out.push(hyphen);
  return out;
}

export class EntityMatcher {
  private readonly names = newNameNode();
  private readonly patterns = newPatternNode();

  constructor(entities: ReadonlyArray<Entity>, tokenizeFn: (s: string) => Token[]) {
    for (const e of entities) {
      for (const form of [e.name, ...e.aliases]) this.addName(form, e, tokenizeFn);
      for (const p of e.patterns) this.addPattern(p, e);
    }
  }

  private addName(form: string, entity: Entity, tokenizeFn: (s: string) => Token[]): void {
    const toks = nameTokens(form, tokenizeFn);
    if (toks.length === 0 || toks.length > MAX_NAME_TOKENS) return;
    let node = this.names;
    for (const t of toks) {
      let next = node.children.get(t);
      if (!next) {
        next = newNameNode();
        node.children.set(t, next);
      }
      node = next;
    }
    // First definition of a surface form wins within a layer; later layers were applied by the KB.
    if (!node.entity) {
      node.entity = entity;
      node.form = form;
    }
  }

  private addPattern(pattern: string, entity: Entity): void {
    const words = pattern.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_NAME_TOKENS) return;
    let node = this.patterns;
    for (const w of words) {
      const isPrefix = w.endsWith('*');
      const key = normalizeToken(isPrefix ? w.slice(0, -1) : w);
      const map = isPrefix ? node.prefixes : node.exact;
      let next = map.get(key);
      if (!next) {
        next = newPatternNode();
        map.set(key, next);
        if (isPrefix && !node.prefixLengths.includes(key.length)) node.prefixLengths.push(key.length);
      }
      node = next;
    }
    if (!node.entity) {
      node.entity = entity;
      node.form = pattern;
    }
  }

  /** Matches over the tokens of one prose block; `text` is the text the tokens index. */
  match(text: string, tokens: ReadonlyArray<Token>): EntityMatch[] {
    const out: EntityMatch[] = [];
    const norm = tokens.map((t) => normalizeToken(t.text));
    let i = 0;
    while (i < tokens.length) {
      const best = this.longestAt(text, tokens, norm, i);
      if (best) {
        out.push(best.match);
        i = best.next;
      } else {
        i++;
      }
    }
    return out;
  }

  private longestAt(
    text: string,
    tokens: ReadonlyArray<Token>,
    norm: ReadonlyArray<string>,
    i: number,
  ): { match: EntityMatch; next: number } | null {
    let best: { match: EntityMatch; next: number } | null = null;
    // Names: case-sensitive, exact tokens, inflection allowed on the last token.
    let node: NameNode | undefined = this.names;
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS && node; j++) {
      if (j > i && !isWhitespaceGap(text, tokens[j - 1]!.end, tokens[j]!.start)) break;
      const tok = norm[j]!;
      const exact: NameNode | undefined = node.children.get(tok);
      if (exact?.entity) {
        best = { match: this.nameMatch(tokens[i]!.start, tokens[j]!.end, tokens[j]!.end, exact), next: j + 1 };
      } else if (node.children.size > 0) {
        for (const len of baseLengths(tok)) {
          const child = node.children.get(tok.slice(0, len));
          if (child?.entity) {
            const nameEnd = tokens[j]!.start + len;
            // A hyphenated compound highlights only the name part; a genitive keeps its ending.
            const end = tok[len] === '-' ? nameEnd : tokens[j]!.end;
            if (!best || end > best.match.end) best = { match: this.nameMatch(tokens[i]!.start, end, nameEnd, child), next: j + 1 };
            break;
          }
        }
      }
      node = exact;
    }
    // Patterns: case-insensitive, `word*` matches any ending.
    let pnode: PatternNode | undefined = this.patterns;
    const firstLower = norm[i]!.toLowerCase();
    if (!this.patterns.exact.has(firstLower) && !this.hasPrefix(this.patterns, firstLower)) return best;
    let frontier: PatternNode[] = [pnode];
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS && frontier.length > 0; j++) {
      if (j > i && !isWhitespaceGap(text, tokens[j - 1]!.end, tokens[j]!.start)) break;
      const lower = norm[j]!.toLowerCase();
      const next: PatternNode[] = [];
      for (const n of frontier) {
        const e = n.exact.get(lower);
        if (e) next.push(e);
        for (const len of n.prefixLengths) {
          if (len <= lower.length) {
            const p = n.prefixes.get(lower.slice(0, len));
            if (p) next.push(p);
          }
        }
      }
      for (const n of next) {
        if (n.entity && (!best || tokens[j]!.end > best.match.end)) {
          best = {
            match: { start: tokens[i]!.start, end: tokens[j]!.end, nameEnd: tokens[j]!.end, entity: n.entity, form: n.form!, viaPattern: true },
            next: j + 1,
          };
        }
      }
      frontier = next;
    }
    void pnode;
    return best;
  }

  private hasPrefix(node: PatternNode, lower: string): boolean {
    for (const len of node.prefixLengths) if (len <= lower.length && node.prefixes.has(lower.slice(0, len))) return true;
    return false;
  }

  private nameMatch(start: number, end: number, nameEnd: number, node: NameNode): EntityMatch {
    return { start, end, nameEnd, entity: node.entity!, form: node.form!, viaPattern: false };
  }
}
