// The article as it may be published: without any of our annotation comments, which can name
// confidential sources. Comments inside code blocks are article content and stay.
import { parseBlocks } from './markdown-prose.js';

/** The article without our annotation comments; a line left empty by a removed comment goes too. */
export function exportClean(text: string): string {
  const comments = parseBlocks(text).flatMap((b) => b.comments.map((c) => ({ start: b.start + c.start, end: b.start + c.end })));
  if (comments.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const c of comments) {
    let start = c.start;
    let end = c.end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd === -1) lineEnd = text.length;
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd).replace(/\r$/, '');
    if (before.trim() === '' && after.trim() === '') {
      // The comment is alone on its line: drop the whole line with its line break.
      start = lineStart;
      end = lineEnd < text.length ? lineEnd + 1 : lineEnd;
    } else {
      // Inline: drop the space that separated it from the text before.
      while (start > pos && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    }
    if (start < pos) start = pos;
    out += text.slice(pos, start);
    pos = end;
  }
  return out + text.slice(pos);
}
