// Finds the checkable claims of a sentence: what kind of fact it states, and which words say so.
import { LEXICONS } from './claim-lexicon.js';
import type { ClaimReason, Language, Span } from './types.js';

export interface ClaimTrigger extends Span {
  reason: ClaimReason;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Triggers in text[from, to), in order of position; empty when the sentence states nothing checkable. */
export function findClaimTriggers(text: string, from: number, to: number, language: Language): ClaimTrigger[] {
  const lex = LEXICONS[language];
  const sentence = text.slice(from, to);
  const triggers: ClaimTrigger[] = [];
  const excluded: Span[] = [];
  for (const m of sentence.matchAll(lex.notCount)) excluded.push({ start: from + m.index, end: from + m.index + m[0].length });
  for (const [reason, re] of lex.reasons) {
    for (const m of sentence.matchAll(re)) {
      const span = { start: from + m.index, end: from + m.index + m[0].length };
      if (reason === 'count') {
        // A number already read as money, a percentage, a year or a date is not a count.
        if (excluded.some((e) => overlaps(e, span)) || triggers.some((t) => overlaps(t, span))) continue;
      }
      triggers.push({ ...span, reason });
    }
  }
  triggers.sort((a, b) => a.start - b.start);
  return triggers;
}

export function findVague(text: string, from: number, to: number, language: Language): Span[] {
  const out: Span[] = [];
  for (const m of text.slice(from, to).matchAll(LEXICONS[language].vague)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}
