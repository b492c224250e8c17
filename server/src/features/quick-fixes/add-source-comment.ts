// Quick fix "Add source comment": ` <!-- source:  -->` right after the claim's sentence, the cursor
// inside it. The empty comment is flagged `empty-source` until the source is written in.
import type { CodeAction } from 'vscode-languageserver';
import type { Span } from '../../analysis/index.js';
import type { ArticleAnalysis } from '../../workspace/article-analysis.js';
import { documentEdit, toEdits, type EditCapabilities } from './edits.js';

export function addSourceComment(a: ArticleAnalysis, sentence: Span, caps: EditCapabilities): CodeAction {
  const edits = toEdits([{ at: a.lines.positionAt(sentence.end), text: ' <!-- source:  -->', snippet: ' <!-- source: $0 -->' }], caps);
  return { title: 'Add source comment', kind: 'quickfix', edit: documentEdit(a.uri, a.version, edits, caps) };
}
