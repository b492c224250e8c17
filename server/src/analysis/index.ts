// Public face of the analysis core: text in, plain annotations out. No IO, no LSP, never throws.
export * from './types.js';
export { LineIndex, type Position } from './line-index.js';
export { analyze } from './analyze.js';
export { IncrementalAnalysis } from './incremental.js';
export { diagnosticRuns, type DiagnosticRun } from './diagnostic-runs.js';
export { parseKnowledgeBaseFile, type KbFile, type KbParseResult } from './kb-parse.js';
export { KnowledgeBase } from './knowledge-base.js';
export { KnowledgeBaseStore } from './knowledge-base-store.js';
export { exportClean } from './export-clean.js';
export { RULES, type RuleInfo } from './rules.js';
