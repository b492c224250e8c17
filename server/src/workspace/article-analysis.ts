// One article's analysis together with what the LSP features need around it: the text it was made
// from, its line index, the KB and settings in force, and the result id for pull diagnostics.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { analyze, IncrementalAnalysis, LineIndex, type AnalysisResult, type KnowledgeBase } from '../analysis/index.js';
import { analysisFailedDiagnostic, toLspDiagnostics } from '../features/diagnostics.js';
import type { Settings } from '../protocol.js';
import { contentHash } from './content-hash.js';
import { analyzeOptionsFor } from './settings.js';

export interface ArticleAnalysis {
  uri: string;
  /** The editor's version, or null for a file read from disk. */
  version: number | null;
  text: string;
  hash: string;
  result: AnalysisResult;
  lines: LineIndex;
  kb: KnowledgeBase;
  settings: Settings;
  /** Generation of KB and settings the analysis was made with. */
  epoch: string;
  resultId: string;
  diagnostics: LspDiagnostic[];
  /** For open documents: the core's incremental state, so the next version re-parses only what changed. */
  incremental?: IncrementalAnalysis;
}

export function resultIdOf(instance: string, epoch: string, hash: string): string {
  return `${instance}.${epoch}.${hash}`;
}

function emptyResult(): AnalysisResult {
  return { language: 'en', languageDeclared: false, mentions: [], claims: [], sentences: [], comments: [], footnotes: [], diagnostics: [], blocks: [], frontMatterSources: [] };
}

export interface AnalyseInput {
  uri: string;
  version: number | null;
  text: string;
  hash?: string;
  kb: KnowledgeBase;
  settings: Settings;
  epoch: string;
  instance: string;
  /**
   * Keep incremental state (open documents): the analysis of the next version starts from
   * `previous.incremental` when given.
   */
  incremental?: boolean;
  /** The last version's analysis: its incremental state, and its result id and list if nothing changed. */
  previous?: ArticleAnalysis;
}

/** Analyses an article. Never throws: an internal failure becomes one `analysis-failed` diagnostic. */
export function analyseArticle(input: AnalyseInput): ArticleAnalysis {
  const hash = input.hash ?? contentHash(input.text);
  const lines = new LineIndex(input.text);
  const options = analyzeOptionsFor(input.settings);
  let result: AnalysisResult;
  let diagnostics: LspDiagnostic[];
  let incremental: IncrementalAnalysis | undefined;
  try {
    if (input.incremental) {
      const prev = input.previous?.incremental;
      incremental = prev ? prev.update(input.text, input.kb, options) : IncrementalAnalysis.full(input.text, input.kb, options);
      result = incremental.result;
    } else {
      result = analyze(input.text, input.kb, options);
    }
    diagnostics = toLspDiagnostics(result, lines, input.kb);
  } catch (err) {
    result = emptyResult();
    diagnostics = [analysisFailedDiagnostic(err)];
    incremental = undefined;
  }
  let resultId = resultIdOf(input.instance, input.epoch, hash);
  // Typing that moves no diagnostic (about half of all keystrokes on a long article) keeps the last
  // version's result id and list: a pull client is answered `unchanged` and keeps what it shows
  // (the same ranges, right for this version too) instead of reading every diagnostic again.
  const before = input.previous;
  if (before && before.kb === input.kb && before.epoch === input.epoch && sameDiagnostics(before.diagnostics, diagnostics)) {
    resultId = before.resultId;
    diagnostics = before.diagnostics;
  }
  return {
    uri: input.uri,
    version: input.version,
    text: input.text,
    hash,
    result,
    lines,
    kb: input.kb,
    settings: input.settings,
    epoch: input.epoch,
    resultId,
    diagnostics,
    incremental,
  };
}

/** The "analysis" of a file that was not analysed (too large, binary): its one informational diagnostic. */
export function skippedAnalysis(uri: string, result: AnalysisResult, hash: string, kb: KnowledgeBase, settings: Settings, epoch: string, instance: string): ArticleAnalysis {
  const lines = new LineIndex('');
  return { uri, version: null, text: '', hash, result, lines, kb, settings, epoch, resultId: resultIdOf(instance, epoch, hash), diagnostics: toLspDiagnostics(result, lines, kb) };
}

/** Whether two lists hold the same diagnostics; most items are the same objects (see toLspDiagnostics). */
function sameDiagnostics(a: ReadonlyArray<LspDiagnostic>, b: ReadonlyArray<LspDiagnostic>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  }
  return true;
}
