// Quick fix "Use preferred spelling": replaces only the name (not a genitive ending after it) with
// the spelling the KB prefers for the article's language.
import type { CodeAction } from 'vscode-languageserver';
import type { ArticleAnalysis } from '../../workspace/article-analysis.js';
import { documentEdit, type EditCapabilities } from './edits.js';

export function usePreferredSpelling(a: ArticleAnalysis, span: { start: number; end: number }, preferred: string, caps: EditCapabilities): CodeAction {
  const range = { start: a.lines.positionAt(span.start), end: a.lines.positionAt(span.end) };
  return { title: `Use preferred spelling "${preferred}"`, kind: 'quickfix', isPreferred: true, edit: documentEdit(a.uri, a.version, [{ range, newText: preferred }], caps) };
}
