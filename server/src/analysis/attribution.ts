// Whether a sentence names the source of what it says: an attribution verb (said, enligt, uppger…)
// with someone to attribute it to (a mention, a name, a pronoun or a role such as "the company").
import { LEXICONS, OWNED_NOUNS_SV } from './claim-lexicon.js';
import type { Language, Span } from './types.js';

const QUOTES = /["“”«»]|(?:^|\s)[–—]\s/u;
const INNER_CAPITAL = /(?<=[\s(])\p{Lu}\p{L}/u;
const WORD_CHAR = /^[\p{L}\p{N}'’:&.-]$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const NAMED_SUBJECT: Record<Language, RegExp> = {
  // With the left word boundary the shared patterns leave to scanWords: `he` must not match `the`.
  sv: new RegExp(`(?<![\\p{L}\\p{N}])${LEXICONS.sv.namedSubject.source}`, 'iu'),
  en: new RegExp(`(?<![\\p{L}\\p{N}])${LEXICONS.en.namedSubject.source}`, 'iu'),
};

/**
 * The attribution verb that names the sentence's source, if any. `masked` is the prose the spans
 * index; `attributions` are the sentence's attribution verbs outside vague phrases.
 */
export function findNamedAttribution(
  masked: string,
  sentence: Span,
  language: Language,
  attributions: ReadonlyArray<Span>,
  hasMention: boolean,
): { verb: Span; quote: boolean } | null {
  const verb = attributions[0];
  if (!verb) return null;
  const text = masked.slice(sentence.start, sentence.end);
  const before = withoutAdverbs(trimEndSpacesAndCommas(text.slice(0, verb.start - sentence.start)));
  // A target, a demand or a bid names its source only through its owner (`Skatteverkets krav`, `Assa Abloys
  // uttalade koncernmål`); a pronoun elsewhere in the sentence does not make `Målet är …` anyone's.
  if (OWNED_NOUN.test(text.slice(verb.start - sentence.start, verb.end - sentence.start))) {
    const owner = wordAtEnd(before);
    return (STARTS_UPPER.test(owner) && GENITIVE_END.test(owner)) || namedByGenitive(before) ? { verb, quote: QUOTES.test(text) } : null;
  }
  const named =
    hasMention ||
    NAMED_SUBJECT[language].test(text) ||
    INNER_CAPITAL.test(text) ||
    STARTS_UPPER.test(wordAtEnd(before)) ||
    namedByGenitive(before) ||
    STARTS_UPPER.test(text.slice(verb.end - sentence.start).trim());
  return named ? { verb, quote: QUOTES.test(text) } : null;
}

/**
 * A subject owned by a name (`Regeringens utvärdering beräknar`, `SCB:s undersökning visar`): the word
 * before the verb's subject noun is a capitalised genitive.
 */
function namedByGenitive(before: string): boolean {
  const head = wordAtEnd(before);
  if (head === '' || head.length === before.length) return false;
  const owner = wordAtEnd(trimEndSpacesAndCommas(before.slice(0, before.length - head.length)));
  return STARTS_UPPER.test(owner) && GENITIVE_END.test(owner);
}
const GENITIVE_END = /(?:s|:s|'s|’s)$/u;
/** The attribution nouns of claim-lexicon.ts that need an owner (round 10). */
const OWNED_NOUN = new RegExp(`^(?:${OWNED_NOUNS_SV})$`, 'iu');

/**
 * Adverbs that may stand between a subject and its reporting verb (`EBay now forecasts`, `Banken har
 * nu räknat med`): the subject is the word before them. Lower case.
 */
const ADVERBS: ReadonlySet<string> = new Set([
  'now', 'also', 'still', 'previously', 'again', 'already', 'recently', 'later', 'earlier', 'today', 'yesterday', 'then', 'further',
  'nu', 'också', 'även', 'redan', 'tidigare', 'fortfarande', 'dock', 'därför', 'samtidigt', 'nyligen', 'idag', 'sedan',
]);

/** `s` without up to two adverbs at its end (see ADVERBS). */
function withoutAdverbs(s: string): string {
  for (let k = 0; k < 2; k++) {
    const w = wordAtEnd(s);
    if (w === '' || w.length === s.length || !ADVERBS.has(w.toLowerCase())) break;
    s = trimEndSpacesAndCommas(s.slice(0, s.length - w.length));
  }
  return s;
}

// The helpers below are loops rather than `/[\s,]+$/` and `/[…]+$/`: a backtracking engine tries
// such a pattern from every position of a long run and fails at its end, quadratic in the run (a
// sentence holding one 100 KB word took a minute; issue 7).

/** `s` without trailing whitespace and commas. */
function trimEndSpacesAndCommas(s: string): string {
  let end = s.length;
  while (end > 0 && /[\s,]/u.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** The run of word characters (letters, digits, `'’:&.-`) that ends `s`, by code point. */
function wordAtEnd(s: string): string {
  let start = s.length;
  while (start > 0) {
    const low = s.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 && s.charCodeAt(start - 2) >= 0xd800 && s.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(s.slice(start - width, start))) break;
    start -= width;
  }
  return s.slice(start);
}
