// Mentions as semantic tokens: one token per mention and line (VS Code takes no multi-line tokens),
// typed by the entity kind, with the modifier `unknown` for organisations missing from the KB.
// Claims are not tokens: they overlap mentions and span lines, so their diagnostics show them.
import type { Range, SemanticTokens, SemanticTokensDelta, SemanticTokensLegend } from 'vscode-languageserver';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../protocol.js';
import type { ArticleAnalysis } from '../workspace/article-analysis.js';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

const TYPE_INDEX = new Map<string, number>(SEMANTIC_TOKEN_TYPES.map((t, i) => [t, i]));
const UNKNOWN_BIT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('unknown');

/** End offset of a line's text, before its line break. */
function lineEndOffset(a: ArticleAnalysis, line: number): number {
  if (line + 1 >= a.lines.lineCount) return a.text.length;
  let end = a.lines.lineStart(line + 1);
  if (a.text.charCodeAt(end - 1) === 10) end--;
  if (a.text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Encodes the mentions (within `range`, if given) in LSP's relative five-number format. */
export function encodeSemanticTokens(a: ArticleAnalysis, range?: Range): number[] {
  const data: number[] = [];
  const from = range ? a.lines.offsetAt(range.start) : 0;
  const to = range ? a.lines.offsetAt(range.end) : a.text.length;
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, character: number, length: number, type: number, mods: number) => {
    if (length <= 0) return;
    const deltaLine = line - prevLine;
    data.push(deltaLine, deltaLine === 0 ? character - prevChar : character, length, type, mods);
    prevLine = line;
    prevChar = character;
  };
  for (const m of a.result.mentions) {
    if (m.end <= from || m.start >= to) continue;
    const type = TYPE_INDEX.get(m.kind);
    if (type === undefined) continue;
    const mods = m.entity === null ? UNKNOWN_BIT : 0;
    const start = a.lines.positionAt(m.start);
    const end = a.lines.positionAt(m.end);
    for (let line = start.line; line <= end.line; line++) {
      const segStart = line === start.line ? m.start : a.lines.lineStart(line);
      const segEnd = line === end.line ? m.end : lineEndOffset(a, line);
      const character = line === start.line ? start.character : 0;
      // Leading indentation of a continuation line is not part of the name.
      let s = segStart;
      while (line !== start.line && s < segEnd && (a.text[s] === ' ' || a.text[s] === '\t' || a.text[s] === '>')) s++;
      push(line, character + (s - segStart), segEnd - s, type, mods);
    }
  }
  return data;
}

/** Remembers the last tokens sent per document so the next request can be answered with a delta. */
export class SemanticTokensCache {
  private readonly last = new Map<string, { resultId: string; data: number[] }>();
  private counter = 0;

  full(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data });
    return { resultId, data };
  }

  delta(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const prev = this.last.get(uri);
    if (!prev || prev.resultId !== previousResultId) return this.full(uri, data);
    const resultId = String(++this.counter);
    this.last.set(uri, { resultId, data });
    const old = prev.data;
    let p = 0;
    const max = Math.min(old.length, data.length);
    while (p < max && old[p] === data[p]) p++;
    if (p === old.length && p === data.length) return { resultId, edits: [] };
    let s = 0;
    while (s < max - p && old[old.length - 1 - s] === data[data.length - 1 - s]) s++;
    return { resultId, edits: [{ start: p, deleteCount: old.length - p - s, data: data.slice(p, data.length - s) }] };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
