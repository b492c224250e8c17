// Finds the checkable claims of each sentence (what kind of fact it states, and which words say so),
// its vague attributions and its attribution verbs. Each pattern scans the whole document once; the
// hits are then handed out to sentences in order, so the cost is linear in the document's length.
import { LEXICONS, scanWords } from './claim-lexicon.js';
import type { ClaimReason, Language, Span } from './types.js';

export interface ClaimTrigger extends Span {
  reason: ClaimReason;
}

/**
 * Whether any of a set of spans overlaps a query, for queries in document order (each starting and
 * ending no earlier than the last): linear overall. Checking every span for every query was
 * quadratic in the hits of one sentence, and a sentence of 20,000 numbers took minutes (issue 7).
 */
class OverlapCursor {
  private readonly spans: Span[];
  private next = 0;
  private maxEnd = -1;
  constructor(spans: Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
  }
  overlaps(q: Span): boolean {
    while (this.next < this.spans.length && this.spans[this.next]!.start < q.end) this.maxEnd = Math.max(this.maxEnd, this.spans[this.next++]!.end);
    return this.maxEnd > q.start;
  }
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
      // A number already read as money, a percentage, a year or a date is not a count.
      const taken = reason === 'count' ? new OverlapCursor([...excluded, ...triggers]) : null;
      for (const span of cursor.within(s)) {
        if (taken?.overlaps(span)) continue;
        triggers.push({ ...span, reason });
      }
    }
    triggers.sort((a, b) => a.start - b.start);
    const vague = this.vagueHits.within(s);
    // Words inside a vague phrase ("sources say", "enligt uppgifter") name no one.
    const inVague = new OverlapCursor(vague);
    const attributions = this.attributionHits.within(s).filter((a) => !inVague.overlaps(a));
    return { triggers, vague, attributions };
  }
}
