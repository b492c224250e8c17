// Quick fix "Add source footnote": `[^n]` at the end of the claim's sentence and an empty `[^n]: `
// definition at the end of the article, numbered after the existing footnotes, the cursor left in
// the definition. The empty definition stays flagged `empty-source` until it is filled in.
import type { CodeAction } from 'vscode-languageserver';
import type { Span } from '../../analysis/index.js';
import type { ArticleAnalysis } from '../../workspace/article-analysis.js';
import { documentEdit, lineBreakOf, toEdits, type EditCapabilities } from './edits.js';

/** The next footnote label: one past the highest numeric label in use (definitions and references). */
export function nextFootnoteLabel(text: string): string {
  const used = new Set<string>();
  let max = 0;
  for (const m of text.matchAll(/\[\^([^\]\s]{1,64})\]/g)) {
    used.add(m[1]!);
    if (/^\d{1,9}$/.test(m[1]!)) max = Math.max(max, Number(m[1]));
  }
  let n = max + 1;
  while (used.has(String(n))) n++;
  return String(n);
}

/** Where the definition goes and what separates it from the text before it. */
export function footnoteDefinitionInsertion(text: string): { offset: number; prefix: string; suffix: string } {
  const eol = lineBreakOf(text);
  const trimmed = text.replace(/[\r\n]+$/, '');
  const trailingBreaks = (text.slice(trimmed.length).match(/\r\n|\r|\n/g) ?? []).length;
  const lastLine = trimmed.slice(Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1);
  const afterFootnote = /^\[\^[^\]\s]+\]:/.test(lastLine);
  const needed = trimmed.length === 0 ? 0 : afterFootnote ? 1 : 2;
  const prefix = eol.repeat(Math.max(0, needed - trailingBreaks));
  return { offset: text.length, prefix, suffix: trailingBreaks > 0 ? eol : '' };
}

export function addSourceFootnote(a: ArticleAnalysis, sentence: Span, caps: EditCapabilities): CodeAction {
  const label = nextFootnoteLabel(a.text);
  const marker = `[^${label}]`;
  const def = footnoteDefinitionInsertion(a.text);
  const end = a.lines.positionAt(a.text.length);
  const edits = toEdits(
    [
      { at: a.lines.positionAt(sentence.end), text: marker },
      { at: end, text: `${def.prefix}${marker}: ${def.suffix}`, snippet: `${def.prefix}${marker}: $0${def.suffix}` },
    ],
    caps,
  );
  return { title: 'Add source footnote', kind: 'quickfix', edit: documentEdit(a.uri, a.version, edits, caps) };
}
