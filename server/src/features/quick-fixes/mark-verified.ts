// Quick fix "Mark as verified": ` <!-- verified: name, date, #fingerprint -->` after the sentence.
// The fingerprint ties the mark to the sentence as it is now, so the mark lapses when it is edited.
import type { CodeAction } from 'vscode-languageserver';
import type { Span } from '../../analysis/index.js';
// The core's fingerprint, so the mark written here is the one the analysis checks.
import { sentenceFingerprint } from '../../analysis/fingerprint.js';
import type { ArticleAnalysis } from '../../workspace/article-analysis.js';
import { documentEdit, escapeSnippet, toEdits, type EditCapabilities } from './edits.js';

export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function markVerified(a: ArticleAnalysis, sentence: Span, caps: EditCapabilities, today: Date): CodeAction {
  const fp = sentenceFingerprint(a.text.slice(sentence.start, sentence.end));
  const tail = `, ${isoDate(today)}, #${fp} -->`;
  const edits = toEdits([{ at: a.lines.positionAt(sentence.end), text: ` <!-- verified: editor${tail}`, snippet: ` <!-- verified: \${1:your name}${escapeSnippet(tail)}` }], caps);
  return { title: 'Mark as verified', kind: 'quickfix', edit: documentEdit(a.uri, a.version, edits, caps) };
}
