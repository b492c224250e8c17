import type { KnowledgeBase } from './knowledge-base.js';
import type { AnalysisResult, AnalyzeOptions } from './types.js';

/** Analyses one Markdown article. Never throws: failures become an `analysis-failed` diagnostic. */
export function analyze(text: string, kb: KnowledgeBase, options: AnalyzeOptions = {}): AnalysisResult {
  void text; void kb; void options;
  throw new Error('not implemented yet');
}
