// Whether a sentence names the source of what it says: an attribution verb (said, enligt, uppger…)
// with someone to attribute it to (a mention, a name, a pronoun or a role such as "the company").
import { LEXICONS } from './claim-lexicon.js';
import type { Language, SourceRef, Span } from './types.js';

const QUOTES = /["“”«»]|(?:^|\s)[–—]\s/u;

/** Capitalised word that is not the sentence's first word. */
function hasInnerCapital(sentence: string): boolean {
  const re = /(?<=[\s(])\p{Lu}\p{L}/gu;
  return re.test(sentence);
}

export function findNamedAttribution(
  source: string,
  masked: string,
  sentence: Span,
  language: Language,
  vague: ReadonlyArray<Span>,
  hasMention: boolean,
): SourceRef | null {
  let text = masked.slice(sentence.start, sentence.end);
  // Words inside a vague phrase ("sources say", "enligt uppgifter") name no one.
  for (const v of vague) {
    const s = v.start - sentence.start;
    const e = v.end - sentence.start;
    text = text.slice(0, s) + ' '.repeat(e - s) + text.slice(e);
  }
  const lex = LEXICONS[language];
  lex.attribution.lastIndex = 0;
  const m = lex.attribution.exec(text);
  if (!m) return null;
  lex.namedSubject.lastIndex = 0;
  const before = text.slice(0, m.index).replace(/[\s,]+$/u, '');
  const wordBefore = /[\p{L}\p{N}'’:&.-]+$/u.exec(before)?.[0] ?? '';
  const named =
    hasMention ||
    lex.namedSubject.test(text) ||
    hasInnerCapital(text) ||
    /^\p{Lu}/u.test(wordBefore) ||
    /^\p{Lu}/u.test(text.slice(m.index + m[0].length).trim());
  if (!named) return null;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  return { start, end, kind: QUOTES.test(text) ? 'quote' : 'attribution', text: source.slice(start, end) };
}
