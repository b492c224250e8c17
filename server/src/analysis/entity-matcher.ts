// One multi-pattern matcher for every name, alias and pattern of the knowledge base: a trie over
// word tokens. Matching walks the trie from each token, so its cost grows with the text length and
// the longest name (in words), never with the number of entities.
import { isNameGap, normalizeToken, type Token } from './tokens.js';
import type { Entity } from './types.js';

/**
 * A node of the name trie. Most nodes end a name and have no children, and most others have one:
 * a child is kept inline until a second comes, so a 100,000-entity KB does not build 100,000 maps.
 */
interface NameNode {
  /** The only child and its token, while there is one. */
  key: string | null;
  child: NameNode | null;
  /** All children, from the second on. */
  map: Map<string, NameNode> | null;
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
  return { key: null, child: null, map: null, entity: undefined, form: undefined };
}

function childOf(node: NameNode, token: string): NameNode | undefined {
  if (node.map !== null) return node.map.get(token);
  return node.key === token ? node.child! : undefined;
}

function addChild(node: NameNode, token: string, child: NameNode): void {
  if (node.map !== null) node.map.set(token, child);
  else if (node.key === null) {
    node.key = token;
    node.child = child;
  } else {
    node.map = new Map([[node.key, node.child!], [token, child]]);
    node.key = null;
    node.child = null;
  }
}
function newPatternNode(): PatternNode {
  return { exact: new Map(), prefixes: new Map(), prefixLengths: [] };
}


/**
 * Endings an inflected or compounded mention may carry after the name proper: English possessive
 * (`Microsoft's`, `Microsoft'`), Swedish genitive (`Microsofts`, `EU:s`), and the first part of a
 * hyphenated compound (`Azure-plattformen`, `EU-kommissionens`). Writes the candidate name lengths,
 * in the order they are tried, into `out` and returns how many there are (no allocation: this runs
 * for nearly every token of an article).
 */
function baseLengths(tok: string, out: Int32Array): number {
  let k = 0;
  const n = tok.length;
  const last = tok.charCodeAt(n - 1);
  if (n > 2 && last === 115 /* s */ && tok.charCodeAt(n - 2) === 39 /* ' */) out[k++] = n - 2;
  else if (n > 1 && last === 39) out[k++] = n - 1;
  if (n > 2 && tok.charCodeAt(n - 2) === 58 /* : */) out[k++] = n - 2; // EU:s, FN:s
  if (n > 3 && tok.charCodeAt(n - 3) === 58) out[k++] = n - 3; // EU:n, SEC:en
  if (n > 2 && last === 115 && tok.charCodeAt(n - 2) !== 115) out[k++] = n - 1;
  const hyphen = tok.indexOf('-');
  if (hyphen > 0) out[k++] = hyphen;
  return k;
}
const LENGTHS = new Int32Array(5);

const LOWER = new Uint16Array(0x10000);
/** The first code unit of the lower-cased character `c` (not a surrogate), as toLowerCase gives it at a word's start. */
function lowerCaseUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = LOWER[c]!;
  if (l === 0) LOWER[c] = l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return l;
}

const FIRST_TOKEN_BITS = 1 << 20;
/** A hash of tok[0, len) from its length and first, second and last characters, in [0, FIRST_TOKEN_BITS). */
function tokenHash(tok: string, len: number): number {
  let h = Math.imul(tok.charCodeAt(0), 0x9e3779b1) ^ Math.imul(len > 1 ? tok.charCodeAt(1) : 0, 0x85ebca6b);
  h ^= Math.imul(tok.charCodeAt(len - 1), 0xc2b2ae35) ^ Math.imul(len, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 12;
}

export class EntityMatcher {
  private readonly names = newNameNode();
  private readonly patterns = newPatternNode();
  /**
   * First UTF-16 code units of the names' first tokens. Most words of prose (lower-case ones) start
   * no name, and this table says so before the token is hashed for a map lookup.
   */
  private readonly nameStarts = new Uint8Array(0x10000);
  /**
   * A bit per hash of the names' first tokens (first, second and last character, length): a token
   * whose bit is clear starts no name, and is ruled out without hashing it into the root map, whose
   * size (and cache misses) grow with the KB. Keeps matching as fast with 100,000 entities as with 100.
   */
  private readonly firstTokens = new Int32Array(FIRST_TOKEN_BITS / 32);
  /** Lower-cased first UTF-16 code units of the patterns' first words (patterns ignore case). */
  private readonly patternStarts = new Uint8Array(0x10000);

  constructor(entities: ReadonlyArray<Entity>, tokenizeFn: (s: string) => Token[]) {
    for (const e of entities) {
      this.addName(e.name, e, tokenizeFn);
      for (const alias of e.aliases) this.addName(alias, e, tokenizeFn);
      for (const p of e.patterns) this.addPattern(p, e);
    }
    for (const key of [...this.patterns.exact.keys(), ...this.patterns.prefixes.keys()]) if (key !== '') this.patternStarts[key.charCodeAt(0)] = 1;
    const firsts = this.names.map !== null ? [...this.names.map.keys()] : this.names.key !== null ? [this.names.key] : [];
    for (const first of firsts) {
      this.nameStarts[first.charCodeAt(0)] = 1;
      const h = tokenHash(first, first.length);
      this.firstTokens[h >>> 5]! |= 1 << (h & 31);
    }
  }

  private addName(form: string, entity: Entity, tokenizeFn: (s: string) => Token[]): void {
    const toks = tokenizeFn(normalizeToken(form));
    if (toks.length === 0 || toks.length > MAX_NAME_TOKENS) return;
    let node = this.names;
    for (const { text: t } of toks) {
      let next = childOf(node, t);
      if (!next) {
        next = newNameNode();
        addChild(node, t, next);
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
    const n = tokens.length;
    const norm: string[] = new Array(n);
    for (let k = 0; k < n; k++) norm[k] = normalizeToken(tokens[k]!.text);
    const withPatterns = this.patterns.exact.size > 0 || this.patterns.prefixes.size > 0;
    let i = 0;
    while (i < n) {
      const best = this.longestAt(text, tokens, norm, i, withPatterns);
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
    withPatterns: boolean,
  ): { match: EntityMatch; next: number } | null {
    let best: { match: EntityMatch; next: number } | null = null;
    // Names: case-sensitive, exact tokens, inflection allowed on the last token (which keeps the
    // first character, so the table of first characters rules out inflected forms too).
    let node: NameNode | undefined = this.nameStarts[norm[i]!.charCodeAt(0)] === 1 ? this.names : undefined;
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS && node; j++) {
      if (j > i && !isNameGap(text, tokens[j - 1]!.end, tokens[j]!.start)) break;
      const tok = norm[j]!;
      const atRoot = node === this.names;
      const exact: NameNode | undefined = atRoot && !this.mayStartName(tok, tok.length) ? undefined : childOf(node, tok);
      if (exact?.entity) {
        best = { match: this.nameMatch(tokens[i]!.start, tokens[j]!.end, tokens[j]!.end, exact), next: j + 1 };
      } else if (node.map !== null || node.key !== null) {
        const count = baseLengths(tok, LENGTHS);
        for (let c = 0; c < count; c++) {
          const len = LENGTHS[c]!;
          if (atRoot && !this.mayStartName(tok, len)) continue;
          const child = childOf(node, tok.slice(0, len));
          if (child?.entity) {
            const nameEnd = tokens[j]!.start + len;
            // A hyphenated compound highlights only the name part; a genitive keeps its ending.
            const end = tok.charCodeAt(len) === 45 /* - */ ? nameEnd : tokens[j]!.end;
            if (!best || end > best.match.end) best = { match: this.nameMatch(tokens[i]!.start, end, nameEnd, child), next: j + 1 };
            break;
          }
        }
      }
      node = exact;
    }
    if (!withPatterns) return best;
    // Patterns: case-insensitive, `word*` matches any ending. Most tokens start no pattern: the
    // table of first characters says so before the token is lower-cased.
    const c0 = norm[i]!.charCodeAt(0);
    if (!(c0 >= 0xd800 && c0 <= 0xdfff) && this.patternStarts[lowerCaseUnit(c0)] !== 1 && !this.patterns.prefixes.has('')) return best;
    const firstLower = norm[i]!.toLowerCase();
    if (!this.patterns.exact.has(firstLower) && !this.hasPrefix(this.patterns, firstLower)) return best;
    let frontier: PatternNode[] = [this.patterns];
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS && frontier.length > 0; j++) {
      if (j > i && !isNameGap(text, tokens[j - 1]!.end, tokens[j]!.start)) break;
      const lower = j === i ? firstLower : norm[j]!.toLowerCase();
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
    return best;
  }

  /** False when tok[0, len) is certainly not the first token of a name. */
  private mayStartName(tok: string, len: number): boolean {
    const h = tokenHash(tok, len);
    return (this.firstTokens[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  private hasPrefix(node: PatternNode, lower: string): boolean {
    for (const len of node.prefixLengths) if (len <= lower.length && node.prefixes.has(lower.slice(0, len))) return true;
    return false;
  }

  private nameMatch(start: number, end: number, nameEnd: number, node: NameNode): EntityMatch {
    return { start, end, nameEnd, entity: node.entity!, form: node.form!, viaPattern: false };
  }
}
