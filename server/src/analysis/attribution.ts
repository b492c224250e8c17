// Whether a sentence names the source of what it says: an attribution verb (said, enligt, uppger…)
// with someone to attribute it to (a mention, a name, a pronoun or a role such as "the company").
import { LEXICONS } from './claim-lexicon.js';
import type { Language, Span } from './types.js';

const QUOTES = /["“”«»]|(?:^|\s)[–—]\s/u;
const INNER_CAPITAL = /(?<=[\s(])\p{Lu}\p{L}/u;
const WORD_AT_END = /[\p{L}\p{N}'’:&.-]+$/u;
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
  const before = text.slice(0, verb.start - sentence.start).replace(/[\s,]+$/u, '');
  const named =
    hasMention ||
    NAMED_SUBJECT[language].test(text) ||
    INNER_CAPITAL.test(text) ||
    STARTS_UPPER.test(WORD_AT_END.exec(before)?.[0] ?? '') ||
    STARTS_UPPER.test(text.slice(verb.end - sentence.start).trim());
  return named ? { verb, quote: QUOTES.test(text) } : null;
}
