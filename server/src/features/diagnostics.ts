// The core's diagnostics as LSP diagnostics: source, rule code with a link to the rule's page,
// related information pointing at the KB entry for a misspelt name, and the data a quick fix needs.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { AnalysisResult, KnowledgeBase, LineIndex, Severity } from '../analysis/index.js';
import { jsonTailsOf, setJsonTails } from '../message-encoder.js';

export const DIAGNOSTIC_SOURCE = 'news-annotator';
export const REPOSITORY_URL = 'https://github.com/news-annotator/news-annotator';

const ruleUrls = new Map<string, string>();

export function ruleDocumentationUrl(code: string): string {
  let url = ruleUrls.get(code);
  if (url === undefined) ruleUrls.set(code, (url = `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(code)}.md`));
  return url;
}

export function lspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
  }
}

/**
 * JSON of a diagnostic after its range, by severity, code and message. Messages repeat across the
 * diagnostics of an article and from one keystroke to the next, so each is serialised once (see
 * message-encoder.ts). Bounded: messages quote article text, so an editing session makes new ones.
 */
const tails: Array<Map<string, Map<string, string>>> = [new Map(), new Map(), new Map(), new Map(), new Map()];
const TAILS_PER_KIND_MAX = 20_000;

function tailOf(d: LspDiagnostic & { code: string; severity: DiagnosticSeverity; message: string }): string {
  const bySeverity = tails[d.severity]!;
  let byMessage = bySeverity.get(d.code);
  if (!byMessage) bySeverity.set(d.code, (byMessage = new Map()));
  let tail = byMessage.get(d.message);
  if (tail === undefined) {
    if (byMessage.size >= TAILS_PER_KIND_MAX) byMessage.clear();
    const { range: _range, ...rest } = d;
    tail = ',' + JSON.stringify(rest).slice(1);
    byMessage.set(d.message, tail);
  }
  return tail;
}

/** A start position as one number, for looking diagnostics up by where they start. */
const positionKey = (line: number, character: number) => line * 2 ** 21 + character;

/** Index of each diagnostic of a list by its start (several may start at one place). */
const startsByList = new WeakMap<ReadonlyArray<LspDiagnostic>, Map<number, number | number[]>>();

function startsOf(list: ReadonlyArray<LspDiagnostic>): Map<number, number | number[]> {
  let starts = startsByList.get(list);
  if (!starts) {
    starts = new Map();
    for (let i = 0; i < list.length; i++) {
      const k = positionKey(list[i]!.range.start.line, list[i]!.range.start.character);
      const there = starts.get(k);
      if (there === undefined) starts.set(k, i);
      else if (typeof there === 'number') starts.set(k, [there, i]);
      else there.push(i);
    }
    startsByList.set(list, starts);
  }
  return starts;
}

/**
 * The previous version's diagnostic that is this one to the letter (same range, severity, code and
 * message, and no data), or -1. Typing within a line leaves every other diagnostic's line and
 * column as they were, so an edit reuses almost all of them: no new objects to keep, no new JSON.
 */
function sameAsBefore(previous: ReadonlyArray<LspDiagnostic>, tails: ReadonlyArray<string | undefined>, start: { line: number; character: number }, end: { line: number; character: number }, severity: DiagnosticSeverity, code: string, message: string): number {
  const there = startsOf(previous).get(positionKey(start.line, start.character));
  if (there === undefined) return -1;
  const candidates = typeof there === 'number' ? [there] : there;
  for (const i of candidates) {
    const p = previous[i]!;
    if (tails[i] !== undefined && p.range.end.line === end.line && p.range.end.character === end.character && p.severity === severity && p.code === code && p.message === message) return i;
  }
  return -1;
}

/**
 * The article's diagnostics for the client; a frozen list (its JSON is partly cached, see
 * message-encoder.ts). With `previous`, the list of the document's last version, unchanged
 * diagnostics are taken over from it.
 */
export function toLspDiagnostics(result: AnalysisResult, lines: LineIndex, kb: KnowledgeBase, previous?: ReadonlyArray<LspDiagnostic>): LspDiagnostic[] {
  const out: LspDiagnostic[] = [];
  const jsonTails: Array<string | undefined> = [];
  const previousTails = previous && jsonTailsOf(previous);
  for (const d of result.diagnostics) {
    const start = lines.positionAt(d.start);
    const end = lines.positionAt(d.end);
    const severity = lspSeverity(d.severity);
    if (previous && previousTails && d.data === undefined) {
      const i = sameAsBefore(previous, previousTails, start, end, severity, d.code, d.message);
      if (i >= 0) {
        out.push(previous[i]!);
        jsonTails.push(previousTails[i]);
        continue;
      }
    }
    const diagnostic: LspDiagnostic = {
      range: { start, end },
      severity,
      source: DIAGNOSTIC_SOURCE,
      code: d.code,
      codeDescription: { href: ruleDocumentationUrl(d.code) },
      message: d.message,
    };
    if (d.data) diagnostic.data = { ...d.data };
    if (d.code === 'inconsistent-name' && typeof d.data?.entity === 'string') {
      const entity = kb.get(d.data.entity);
      if (entity?.location) {
        const related: DiagnosticRelatedInformation = {
          location: {
            uri: entity.location.uri,
            range: { start: { line: entity.location.line, character: entity.location.character }, end: { line: entity.location.line, character: entity.location.character } },
          },
          message: `${entity.name} is defined here, with its preferred spellings.`,
        };
        diagnostic.relatedInformation = [related];
      }
    }
    // Diagnostics are not changed after this: their JSON after the range can be reused.
    jsonTails.push(diagnostic.data === undefined && diagnostic.relatedInformation === undefined ? tailOf(diagnostic as LspDiagnostic & { code: string; severity: DiagnosticSeverity; message: string }) : undefined);
    out.push(diagnostic);
  }
  return setJsonTails(out, jsonTails) as LspDiagnostic[];
}

/** One diagnostic for an article the server could not analyse at all (an internal failure). */
export function analysisFailedDiagnostic(error: unknown): LspDiagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'analysis-failed',
    codeDescription: { href: ruleDocumentationUrl('analysis-failed') },
    message: `The analysis failed on this file and found nothing: ${message}. Please report it with the file.`,
  };
}
