// What the server remembers about every workspace article, open or not, without keeping its text:
// the result id and diagnostics for the Problems panel, and where each entity is mentioned (for
// find-references and the workspace counts in hover cards and code lenses).
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Mention } from '../analysis/index.js';
import { DIAGNOSTIC_SOURCE, ruleDocumentationUrl } from '../features/diagnostics.js';
import type { ArticleAnalysis } from './article-analysis.js';
import type { FileStamp } from './file-access.js';

export interface ArticleRecord {
  uri: string;
  /** Editor version when the record came from an open document, null when from disk. */
  version: number | null;
  stamp: FileStamp | null;
  hash: string;
  epoch: string;
  resultId: string;
  diagnostics: LspDiagnostic[];
  /** Mention key → flat list of ranges, four numbers each: line, character, end line, end character. */
  mentions: Map<string, number[]>;
  mentionCount: number;
  unsourcedCount: number;
  /** Set by a watched-file event: the file on disk may differ from what the record was made from. */
  stale: boolean;
}

/** The key under which a mention is indexed: its entity id, or its normalised name for an unknown organisation. */
export function mentionKey(m: Pick<Mention, 'entity' | 'text' | 'start' | 'nameEnd'>): string {
  if (m.entity !== null) return m.entity;
  return 'unknown:' + m.text.slice(0, m.nameEnd - m.start).replace(/\s+/g, ' ').toLowerCase();
}

const countsByResult = new WeakMap<ReadonlyArray<Mention>, Map<string, number>>();

/** How often each mention key occurs in an analysis, computed once per analysis: hover asks on every move of the mouse. */
export function mentionCountOf(mentions: ReadonlyArray<Mention>, key: string): number {
  let counts = countsByResult.get(mentions);
  if (!counts) {
    counts = new Map();
    for (const m of mentions) {
      const k = mentionKey(m);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    countsByResult.set(mentions, counts);
  }
  return counts.get(key) ?? 0;
}

export function recordFromAnalysis(a: ArticleAnalysis, stamp: FileStamp | null): ArticleRecord {
  const mentions = new Map<string, number[]>();
  for (const m of a.result.mentions) {
    const key = mentionKey(m);
    let list = mentions.get(key);
    if (!list) mentions.set(key, (list = []));
    const s = a.lines.positionAt(m.start);
    const e = a.lines.positionAt(m.end);
    list.push(s.line, s.character, e.line, e.character);
  }
  return {
    uri: a.uri,
    version: a.version,
    stamp,
    hash: a.hash,
    epoch: a.epoch,
    resultId: a.resultId,
    diagnostics: a.diagnostics,
    mentions,
    mentionCount: a.result.mentions.length,
    unsourcedCount: a.result.claims.filter((c) => !c.sourced && !c.verified).length,
    stale: false,
  };
}

/** A record for a file that is not analysed at all (too large, binary, unreadable). */
export function skippedRecord(uri: string, stamp: FileStamp | null, epoch: string, resultId: string, hash: string, code: 'file-too-large' | 'binary-file' | 'analysis-failed', message: string): ArticleRecord {
  const diagnostic: LspDiagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: code === 'analysis-failed' ? DiagnosticSeverity.Error : DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code,
    codeDescription: { href: ruleDocumentationUrl(code) },
    message,
  };
  return { uri, version: null, stamp, hash, epoch, resultId, diagnostics: [diagnostic], mentions: new Map(), mentionCount: 0, unsourcedCount: 0, stale: false };
}
