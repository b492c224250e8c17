// Whether a sentence names the source of what it says: an attribution verb (said, enligt, uppger…)
// with someone to attribute it to (a mention, a name, a pronoun or a role such as "the company").
import { LEXICONS } from './claim-lexicon.js';
import type { Language, SourceRef, Span } from './types.js';

const QUOTES = /["“”«»]|(?:^|\s)[–—]\s/u;
const INNER_CAPITAL = /(?<=[\s(])\p{Lu}\p{L}/u;
const WORD_AT_END = /[\p{L}\p{N}'’:&.-]+$/u;
const STARTS_UPPER = /^\p{Lu}/u;

export function findNamedAttribution(
  source: string,
  masked: string,
  sentence: Span,
  language: Language,
  attributions: ReadonlyArray<Span>,
  hasMention: boolean,
): SourceRef | null {
  const verb = attributions[0];
  if (!verb) return null;
  const text = masked.slice(sentence.start, sentence.end);
  const rel = verb.start - sentence.start;
  const before = text.slice(0, rel).replace(/[\s,]+$/u, '');
  const named =
    hasMention ||
    new RegExp(LEXICONS[language].namedSubject.source, 'iu').test(text) ||
    INNER_CAPITAL.test(text) ||
    STARTS_UPPER.test(WORD_AT_END.exec(before)?.[0] ?? '') ||
    STARTS_UPPER.test(text.slice(verb.end - sentence.start).trim());
  if (!named) return null;
  return { start: verb.start, end: verb.end, kind: QUOTES.test(text) ? 'quote' : 'attribution', text: source.slice(verb.start, verb.end) };
}
