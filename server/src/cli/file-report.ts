// What the CLI knows about one checked file, as plain data that a worker thread can send back.
// `toJsonFile` gives exactly the JSON v1 shape of issue 2; the other fields feed the text report.
import type { Totals } from './totals.js';
import { LineIndex, type AnalysisResult, type KbDiagnostic, type Language, type Position, type Severity, type SourceKindName } from '../analysis/index.js';

export interface ReportRange {
  start: Position;
  end: Position;
}

export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  range: ReportRange;
}

export interface ReportMention {
  start: number;
  end: number;
  text: string;
  entity: string | null;
  kind: string;
}

export interface ReportClaim {
  start: number;
  end: number;
  text: string;
  reasons: string[];
  sourced: boolean;
  source: { start: number; end: number; text: string } | null;
  /** Not in the JSON: for the text report. */
  sourceKind: SourceKindName | null;
  verified: boolean;
  position: Position;
}

export interface FileReport {
  /** As shown to the user: relative to the working directory with `/`, or absolute outside it. */
  path: string;
  absolutePath: string;
  kind: 'article' | 'knowledge-base';
  /** null for a KB file or a file that was not analysed. */
  language: Language | null;
  languageDeclared: boolean;
  skipped?: 'too-large' | 'binary';
  mentions: ReportMention[];
  /** Display names of the entities mentioned, for the text report. */
  entityNames: Record<string, string>;
  claims: ReportClaim[];
  diagnostics: ReportDiagnostic[];
  /** The text starts with a byte-order mark, which offsets count and editors' columns do not. */
  bom: boolean;
  /** Set when the file could not be read; such a file has no other data. */
  readError?: string;
  /**
   * Set on reports made for a JSON run (`forJsonRun`): the file's object as the JSON report prints
   * it, and its findings by severity. Such a report keeps no mentions, claims or diagnostics: a
   * worker thread formats its articles itself, so the main thread neither copies their findings
   * across threads nor formats 10,000 files after the last one is checked. From a worker thread
   * the text comes as its UTF-8 bytes (moved, not copied), so the main thread writes a report
   * file without encoding 80 MB of JSON again after the last article.
   */
  formatted?: { json: string | Uint8Array; totals: Totals };
}

export function articleReport(path: string, absolutePath: string, text: string, result: AnalysisResult, entityName: (id: string) => string | undefined): FileReport {
  const lines = new LineIndex(text);
  const range = (start: number, end: number): ReportRange => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const entityNames: Record<string, string> = {};
  for (const m of result.mentions) if (m.entity !== null && !(m.entity in entityNames)) entityNames[m.entity] = entityName(m.entity) ?? m.entity;
  return {
    path,
    absolutePath,
    kind: 'article',
    bom: text.charCodeAt(0) === 0xfeff,
    language: result.skipped ? null : result.language,
    languageDeclared: result.languageDeclared,
    ...(result.skipped ? { skipped: result.skipped } : {}),
    mentions: result.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entity: m.entity, kind: m.kind })),
    entityNames,
    claims: result.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      reasons: [...c.reasons],
      sourced: c.sourced,
      source: c.source ? { start: c.source.start, end: c.source.end, text: c.source.text } : null,
      sourceKind: c.source?.kind ?? null,
      verified: c.verified,
      position: lines.positionAt(c.start),
    })),
    diagnostics: result.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end, range: range(d.start, d.end) })),
  };
}

export function knowledgeBaseReport(path: string, absolutePath: string, text: string, diagnostics: readonly KbDiagnostic[]): FileReport {
  const lines = new LineIndex(text);
  const ds = diagnostics
    .map((d): ReportDiagnostic => {
      const start = lines.offsetAt({ line: d.line, character: d.character });
      const end = Math.max(start, lines.offsetAt({ line: d.endLine, character: d.endCharacter }));
      // The core's note about the last good version is for the editor; a CLI run has no earlier version.
      const message = d.message.replace(/\s*The last good version of this file stays in use\.\s*$/, '');
      return { code: 'kb-error', severity: d.severity, message, start, end, range: { start: lines.positionAt(start), end: lines.positionAt(end) } };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { path, absolutePath, kind: 'knowledge-base', bom: text.charCodeAt(0) === 0xfeff, language: null, languageDeclared: false, mentions: [], entityNames: {}, claims: [], diagnostics: ds };
}

export function readErrorReport(path: string, absolutePath: string, message: string): FileReport {
  return { path, absolutePath, kind: 'article', bom: false, language: null, languageDeclared: false, mentions: [], entityNames: {}, claims: [], diagnostics: [], readError: message };
}

/** The JSON v1 file object, with exactly the fields issue 2 lists. */
export function toJsonFile(r: FileReport) {
  return {
    path: r.path,
    language: r.language,
    mentions: r.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entity: m.entity, kind: m.kind })),
    claims: r.claims.map((c) => ({ start: c.start, end: c.end, text: c.text, reasons: c.reasons, sourced: c.sourced, source: c.source })),
    diagnostics: r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, start: d.start, end: d.end, range: d.range })),
  };
}

/**
 * 1-based column for people and viewers (text format, SARIF). Editors and GitHub do not count a
 * byte-order mark as a character of the first line, while offsets and JSON ranges do.
 */
export function displayColumn(r: FileReport, p: Position): number {
  return p.line === 0 && r.bom ? Math.max(1, p.character) : p.character + 1;
}

/**
 * The JSON of one file as it stands in the report's `files` array, two levels deep in
 * `JSON.stringify(…, null, 2)`: stringified two arrays deep, it is indented the same, and the
 * arrays' own `[\n  [\n    ` and `\n  ]\n]` are cut off (cheaper than indenting every line again).
 */
export function jsonFileText(r: FileReport): string {
  const json = r.formatted?.json;
  if (json === undefined) return JSON.stringify([[toJsonFile(r)]], null, 2).slice(10, -6);
  return typeof json === 'string' ? json : utf8Decoder.decode(json);
}

/** `jsonFileText` as it is kept: a string, or UTF-8 bytes from a worker thread. */
export function jsonFileChunk(r: FileReport): string | Uint8Array {
  return r.formatted?.json ?? jsonFileText(r);
}

const utf8Decoder = new TextDecoder();

/** The report reduced to what a JSON run needs (see `FileReport.formatted`). */
export function forJsonRun(r: FileReport): FileReport {
  if (r.readError) return r;
  const totals: Totals = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of r.diagnostics) totals[d.severity]++;
  return { ...r, mentions: [], entityNames: {}, claims: [], diagnostics: [], formatted: { json: jsonFileText(r), totals } };
}
