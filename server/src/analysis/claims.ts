// Finds the checkable claims of each sentence (what kind of fact it states, and which words say so),
// its vague attributions and its attribution verbs. Each pattern scans the whole document once; the
// hits are then handed out to sentences in order, so the cost is linear in the document's length.
import { LEXICONS, scanWords } from './claim-lexicon.js';
import type { ClaimReason, Language, Span } from './types.js';

export interface ClaimTrigger extends Span {
  reason: ClaimReason;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Hands out sorted spans to consecutive, non-overlapping sentences. */
class Cursor {
  private i = 0;
  constructor(private readonly hits: ReadonlyArray<Span>) {}
  within(s: Span): Span[] {
    while (this.i < this.hits.length && this.hits[this.i]!.start < s.start) this.i++;
    const out: Span[] = [];
    let j = this.i;
    while (j < this.hits.length && this.hits[j]!.start < s.end) {
      if (this.hits[j]!.end <= s.end) out.push(this.hits[j]!);
      j++;
    }
    this.i = j;
    return out;
  }
}

export class ClaimScanner {
  private readonly reasons: Array<[ClaimReason, Cursor]>;
  private readonly notCount: Cursor;
  private readonly vagueHits: Cursor;
  private readonly attributionHits: Cursor;

  /** `text` is the masked prose of the whole document. */
  constructor(text: string, language: Language) {
    const lex = LEXICONS[language];
    this.reasons = lex.reasons.map(([reason, re]) => [reason, new Cursor(scanWords(re, text))]);
    this.notCount = new Cursor(scanWords(lex.notCount, text));
    this.vagueHits = new Cursor(scanWords(lex.vague, text));
    this.attributionHits = new Cursor(scanWords(lex.attribution, text));
  }

  /**
   * The claim triggers, vague phrases and attribution verbs of one sentence. Sentences must be
   * asked for in document order.
   */
  sentence(s: Span): { triggers: ClaimTrigger[]; vague: Span[]; attributions: Span[] } {
    const excluded = this.notCount.within(s);
    const triggers: ClaimTrigger[] = [];
    for (const [reason, cursor] of this.reasons) {
      for (const span of cursor.within(s)) {
        // A number already read as money, a percentage, a year or a date is not a count.
        if (reason === 'count' && (excluded.some((e) => overlaps(e, span)) || triggers.some((t) => overlaps(t, span)))) continue;
        triggers.push({ ...span, reason });
      }
    }
    triggers.sort((a, b) => a.start - b.start);
    const vague = this.vagueHits.within(s);
    // Words inside a vague phrase ("sources say", "enligt uppgifter") name no one.
    const attributions = this.attributionHits.within(s).filter((a) => !vague.some((v) => overlaps(v, a)));
    return { triggers, vague, attributions };
  }
}
