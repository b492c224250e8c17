// One article's analysis together with what the LSP features need around it: the text it was made
// from, its line index, the KB and settings in force, and the result id for pull diagnostics.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { analyze, LineIndex, type AnalysisResult, type KnowledgeBase } from '../analysis/index.js';
import { analysisFailedDiagnostic, toLspDiagnostics } from '../features/diagnostics.js';
import type { Settings } from '../protocol.js';
import { contentHash } from './content-hash.js';
import { analyzeOptions } from './settings.js';

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
}

/** Analyses an article. Never throws: an internal failure becomes one `analysis-failed` diagnostic. */
export function analyseArticle(input: AnalyseInput): ArticleAnalysis {
  const hash = input.hash ?? contentHash(input.text);
  const lines = new LineIndex(input.text);
  let result: AnalysisResult;
  let diagnostics: LspDiagnostic[];
  try {
    result = analyze(input.text, input.kb, analyzeOptions(input.settings));
    diagnostics = toLspDiagnostics(result, lines, input.kb);
  } catch (err) {
    result = emptyResult();
    diagnostics = [analysisFailedDiagnostic(err)];
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
    resultId: resultIdOf(input.instance, input.epoch, hash),
    diagnostics,
  };
}

/** The "analysis" of a file that was not analysed (too large, binary): its one informational diagnostic. */
export function skippedAnalysis(uri: string, result: AnalysisResult, hash: string, kb: KnowledgeBase, settings: Settings, epoch: string, instance: string): ArticleAnalysis {
  const lines = new LineIndex('');
  return { uri, version: null, text: '', hash, result, lines, kb, settings, epoch, resultId: resultIdOf(instance, epoch, hash), diagnostics: toLspDiagnostics(result, lines, kb) };
}
