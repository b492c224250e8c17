// The rule catalogue: one entry per diagnostic code, with its default severity and a one-line title.
// Each rule is documented in docs/rules/<code>.md.
import type { RuleCode, Severity } from './types.js';

export interface RuleInfo {
  code: RuleCode;
  defaultSeverity: Severity;
  title: string;
}

export const RULES: Readonly<Record<RuleCode, RuleInfo>> = {
  'unsourced-claim': { code: 'unsourced-claim', defaultSeverity: 'warning', title: 'A checkable claim has no source' },
  'vague-attribution': { code: 'vague-attribution', defaultSeverity: 'warning', title: 'Attribution to no one in particular' },
  'empty-source': { code: 'empty-source', defaultSeverity: 'warning', title: 'A source placeholder was left empty' },
  'unknown-organisation': { code: 'unknown-organisation', defaultSeverity: 'hint', title: 'An organisation the knowledge base does not know' },
  'inconsistent-name': { code: 'inconsistent-name', defaultSeverity: 'information', title: 'A name is not spelled the preferred way for this language' },
  'disable-without-reason': { code: 'disable-without-reason', defaultSeverity: 'warning', title: 'A rule is disabled without a reason' },
  'stale-verification': { code: 'stale-verification', defaultSeverity: 'warning', title: 'A verified mark no longer matches its sentence' },
  'kb-error': { code: 'kb-error', defaultSeverity: 'error', title: 'The entity knowledge base has a problem' },
  'file-too-large': { code: 'file-too-large', defaultSeverity: 'information', title: 'The file is too large to analyse' },
  'binary-file': { code: 'binary-file', defaultSeverity: 'information', title: 'The file is not text' },
  'analysis-failed': { code: 'analysis-failed', defaultSeverity: 'error', title: 'The analysis failed on this file' },
};
