// Sentence segmentation for Swedish and English news prose. Hand-written: a general NLP segmenter
// (parse-latin/nlcst) costs more than the Markdown parse itself (issue 2), and news prose needs only
// a handful of rules: terminal punctuation followed by a space and a sentence start, except after
// known abbreviations and initials. Decimals never split, since a split needs a space after the dot.
import type { Span } from './types.js';

const ABBREVIATIONS = new Set(
  [
    // Swedish
    'bl.a', 't.ex', 'd.v.s', 'dvs', 'm.m', 'osv', 'resp', 'ca', 'cirka', 'kr', 'milj', 'mdr', 'mkr', 'st', 'nr', 's.k', 'fr.o.m', 't.o.m',
    'p.g.a', 'pga', 'jfr', 'f.d', 'fd', 'o.s.v', 'm.fl', 'e.d', 'ev', 'inkl', 'exkl', 'kl', 'tel', 'forts', 'resp', 'vd', 'ordf', 'enl',
    'dr', 'prof', 'doc', 'jan', 'febr', 'aug', 'sept', 'okt', 'nov', 'dec', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön', 'proc', 'uppl',
    // English
    'inc', 'ltd', 'corp', 'co', 'plc', 'mr', 'mrs', 'ms', 'messrs', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'no', 'nos', 'u.s', 'u.k',
    'u.n', 'e.u', 'approx', 'est', 'dept', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'feb', 'mar', 'apr', 'jun',
    'jul', 'oct', 'sep', 'fig', 'vol', 'p', 'pp', 'bn', 'm', 'ave', 'blvd', 'mt', 'ft', 'n.v', 'a.g', 's.a',
  ].map((a) => a.toLowerCase()),
);

function isTerminal(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */;
}
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 62 /* > of a blockquote continuation */;
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word (letters and inner dots) just before position `dot`. */
function wordBefore(text: string, dot: number, from: number): string {
  let s = dot;
  while (s > from) {
    const ch = text[s - 1]!;
    if (ch === '.' || /[\p{L}\p{N}]/u.test(ch)) s--;
    else break;
  }
  return text.slice(s, dot);
}

/** Splits text[from, to) into sentence spans, trimmed of surrounding space. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = from;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) continue;
    let j = i + 1;
    while (j < to && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
    if (j < to && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const next = text[k]!;
    if (isLower(next)) continue;
    if (c === 46) {
      const word = wordBefore(text, i, sentenceStart);
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower)) continue;
      // An initial: `J. Smith`, `Brad S. Smith` — but not the last letter of `AT&T.` or `M&S.`
      if (word.length === 1 && /\p{Lu}/u.test(word) && text[i - 2] !== '&') continue;
      // Initialisms such as `U.S.` ending mid-sentence are in the list; other dotted words split.
    }
    push(sentenceStart, j);
    sentenceStart = k;
    i = k - 1;
  }
  push(sentenceStart, to);
  return out;
}
