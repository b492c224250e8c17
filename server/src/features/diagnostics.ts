// The core's diagnostics as LSP diagnostics: source, rule code with a link to the rule's page,
// related information pointing at the KB entry for a misspelt name, and the data a quick fix needs.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { diagnosticRuns, type AnalysisResult, type Diagnostic, type KnowledgeBase, type LineIndex, type Severity } from '../analysis/index.js';
import { setJsonRuns, setJsonTails } from '../message-encoder.js';

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

/**
 * The article's diagnostics for the client; a frozen list (its JSON is partly cached, see
 * message-encoder.ts). The core gives them as runs, one per block (diagnostic-runs.ts); a run whose
 * block starts at the same line and column as when it was last converted converts to the same LSP
 * diagnostics, so typing within a line converts only the block it is in: no new objects, no new
 * JSON for the thousands of others.
 */
export function toLspDiagnostics(result: AnalysisResult, lines: LineIndex, kb: KnowledgeBase): LspDiagnostic[] {
  const runs = diagnosticRuns(result);
  if (!runs) return setJsonTails(...convert(result.diagnostics, 0, lines, kb)) as LspDiagnostic[];
  const out: LspDiagnostic[] = [];
  const parts: Array<ReadonlyArray<LspDiagnostic>> = new Array(runs.length);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const at = lines.positionAt(run.start);
    let done = converted.get(run.diagnostics);
    if (!done || done.kb !== kb || done.line !== at.line || done.character !== at.character) {
      done = { kb, line: at.line, character: at.character, lsp: setJsonTails(...convert(run.diagnostics, run.shift, lines, kb)) };
      converted.set(run.diagnostics, done);
    }
    parts[r] = done.lsp;
    for (let i = 0; i < done.lsp.length; i++) out.push(done.lsp[i]!);
  }
  return setJsonRuns(out, parts) as LspDiagnostic[];
}

/** The last conversion of each run of the core, with the KB and block start it was made for. */
const converted = new WeakMap<ReadonlyArray<Diagnostic>, { kb: KnowledgeBase; line: number; character: number; lsp: ReadonlyArray<LspDiagnostic> }>();

/** LSP diagnostics of core diagnostics moved by `shift`, with the JSON after each one's range. */
function convert(diagnostics: ReadonlyArray<Diagnostic>, shift: number, lines: LineIndex, kb: KnowledgeBase): [LspDiagnostic[], Array<string | undefined>] {
  const out: LspDiagnostic[] = new Array(diagnostics.length);
  const jsonTails: Array<string | undefined> = new Array(diagnostics.length);
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    const diagnostic: LspDiagnostic = {
      range: { start: lines.positionAt(d.start + shift), end: lines.positionAt(d.end + shift) },
      severity: lspSeverity(d.severity),
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
    jsonTails[i] = diagnostic.data === undefined && diagnostic.relatedInformation === undefined ? tailOf(diagnostic as LspDiagnostic & { code: string; severity: DiagnosticSeverity; message: string }) : undefined;
    out[i] = diagnostic;
  }
  return [out, jsonTails];
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
