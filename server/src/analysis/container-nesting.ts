// Bounds how deeply block quotes and list items nest before the Markdown parser sees the text.
// `> > > … a` with thousands of markers on one line nests thousands of containers: micromark takes
// quadratic time on it, and walking the tree recursively overflows the stack (issue 7). No article
// nests anywhere near MAX_NESTING deep, so capping changes nothing real. The markers past the cap
// become spaces, so the text keeps its length and every offset stays an offset into the article.

export const MAX_NESTING = 32;

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** End of a container marker (with its one following space) starting at `i`, or -1. */
function markerEnd(text: string, i: number, eol: number): number {
  const c = text.charCodeAt(i);
  if (c === 62 /* > */) return i + 1 < eol && isBlank(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
  if (c === 45 /* - */ || c === 43 /* + */ || c === 42 /* * */) return i + 1 < eol && isBlank(text.charCodeAt(i + 1)) ? i + 2 : -1;
  let j = i;
  while (j < eol && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i || j >= eol) return -1;
  const d = text.charCodeAt(j);
  if ((d === 46 /* . */ || d === 41 /* ) */) && j + 1 < eol && isBlank(text.charCodeAt(j + 1))) return j + 2;
  return -1;
}

/** `text` with container markers nested deeper than `max` on one line replaced by spaces. */
export function capContainerNesting(text: string, max = MAX_NESTING): string {
  let out: string[] | null = null;
  let copied = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    let eol = lineStart;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    let i = lineStart;
    let depth = 0;
    for (;;) {
      let j = i;
      while (j < eol && j - i < 3 && isBlank(text.charCodeAt(j))) j++;
      const end = j < eol ? markerEnd(text, j, eol) : -1;
      if (end === -1) break;
      depth++;
      if (depth > max) {
        // Blank every marker from here to the end of the run.
        let k = end;
        for (;;) {
          let m = k;
          while (m < eol && m - k < 3 && isBlank(text.charCodeAt(m))) m++;
          const e = m < eol ? markerEnd(text, m, eol) : -1;
          if (e === -1) break;
          k = e;
        }
        out ??= [];
        out.push(text.slice(copied, i), ' '.repeat(k - i));
        copied = k;
        break;
      }
      i = end;
    }
    lineStart = eol + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}
