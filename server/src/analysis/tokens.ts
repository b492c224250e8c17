// Word tokens over prose. A token is a run of letters and digits that may hold the connectors
// of names and numbers inside it: `H&M`, `AT&T`, `Microsoft's`, `EU:s`, `EU-kommissionen`, `U.S.`,
// `2,5`, `1.5`. A lone `&` is a token too, so `Johnson & Johnson` is three tokens.
// Hand-written rather than nlcst: parse-latin costs more than the whole Markdown parse (issue 2).

export interface Token {
  start: number;
  end: number;
  text: string;
}

const enum C {
  Amp = 38,
  Apos = 39,
  Comma = 44,
  Hyphen = 45,
  Dot = 46,
  Slash = 47,
  Colon = 58,
  RightQuote = 0x2019,
}

/** Letters, digits and combining marks (for decomposed å/ä/ö). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** WORD_CHAR's answer per UTF-16 code unit, filled in as characters are met: 0 unknown, 1 yes, 2 no. */
const WORD_CHAR_CACHE = new Uint8Array(0x10000);

export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false; // emoji and other astral symbols are not word characters here
  if (c !== c) return WORD_CHAR.test(text[i]!); // outside the text: as before (callers stay inside it)
  let known = WORD_CHAR_CACHE[c]!;
  if (known === 0) WORD_CHAR_CACHE[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isConnector(text: string, i: number, start: number): boolean {
  const c = text.charCodeAt(i);
  switch (c) {
    case C.Amp:
    case C.Apos:
    case C.RightQuote:
    case C.Hyphen:
    case C.Colon:
      return isWordChar(text, i + 1);
    case C.Dot:
      return isWordChar(text, i + 1);
    case C.Comma:
      // Decimal comma (`2,5`) but not a list comma (`A,B` is rare in prose).
      return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
    case C.Slash:
      // `A/S`, `24/7`
      return isWordChar(text, i + 1) && i - start <= 3;
    default:
      return false;
  }
}

/** Tokenizes text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) {
      if (text.charCodeAt(i) === C.Amp) out.push({ start: i, end: i + 1, text: '&' });
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to) {
      if (isWordChar(text, i)) i++;
      else if (i + 1 < to && isConnector(text, i, start)) i += 2;
      else break;
    }
    // Initialisms keep their last dot: `U.S.`, `t.ex.`
    if (i < to && text.charCodeAt(i) === C.Dot && i - start >= 3 && text.charCodeAt(i - 2) === C.Dot) i++;
    out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}

/** True when text[from, to) holds only spaces, tabs, line breaks or blockquote markers. */
export function isWhitespaceGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 62 /* > */) return false;
  }
  return true;
}

/**
 * The gap between two words of a name: white space, or a suspended compound's hyphen before it
 * (`Post- och telestyrelsen`, `Konkurrence- og Forbrugerstyrelsen`), which the tokens leave out.
 */
export function isNameGap(text: string, from: number, to: number): boolean {
  if (isWhitespaceGap(text, from, to)) return true;
  const c = text.charCodeAt(from);
  return (c === C.Hyphen || c === 0x2010 || c === 0x2011) && to - from >= 2 && isWhitespaceGap(text, from + 1, to);
}

/** Normalizes a surface form for lookup: typographic apostrophes and dashes as ASCII. */
export function normalizeToken(s: string): string {
  // Nearly every token has none of them: a scan is cheaper than two replacements.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2010 && c <= 0x2019 && (c === 0x2019 || c === 0x2018 || c === 0x2010 || c === 0x2011)) {
      return s.replace(/[\u2019\u2018]/g, "'").replace(/[\u2010\u2011]/g, '-');
    }
  }
  return s;
}
