// Finds the checkable claims of each sentence (what kind of fact it states, and which words say so),
// its vague attributions and its attribution verbs. Each pattern scans the whole document once; the
// hits are then handed out to sentences in order, so the cost is linear in the document's length.
import { foldCase, hasDigit, LEXICONS, NAME_NUMBER_NOT_AFTER, NOUN_AFTER_OWNED_NUMBER, scanWords, QUANTITY_AFTER_NUMBER, type LanguageLexicon } from './claim-lexicon.js';
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
  private readonly notForecast: Cursor;
  private readonly normative: Cursor;
  private readonly vagueHits: Cursor;
  private readonly attributionHits: Cursor;
  private readonly lex: LanguageLexicon;
  /** The text as the lexicon's patterns read it (`foldCase`: lower case, the same length). */
  private readonly folded: string;

  /** `text` is the masked prose of the whole document. */
  constructor(
    private readonly text: string,
    language: Language,
  ) {
    const lex = LEXICONS[language];
    this.lex = lex;
    const folded = (this.folded = foldCase(text));
    // Without a digit in the text, the patterns' alternatives that need one match nowhere: they are
    // left out (claim-lexicon.ts), and notCount, all of whose alternatives need one, is not run.
    const digits = hasDigit(text);
    this.reasons = (digits ? lex.reasons : lex.reasonsWithoutDigits).map(([reason, re]) => [reason, new Cursor(scanWords(re, folded, text))]);
    this.notCount = new Cursor(digits ? scanWords(lex.notCount, folded, text) : []);
    this.notForecast = new Cursor(scanWords(lex.notForecast, folded, text));
    this.normative = new Cursor(scanWords(lex.normative, folded, text));
    // The alternatives of unnamed media need the word after a space (claim-lexicon.ts), and one of them
    // is costly; most texts have no such word.
    this.vagueHits = new Cursor(scanWords(MEDIA_WORD.test(folded) ? lex.vague : lex.vagueWithoutMedia, folded, text));
    this.attributionHits = new Cursor(scanWords(lex.attribution, folded, text));
  }

  /**
   * The claim triggers, vague phrases and attribution verbs of one sentence. Sentences must be
   * asked for in document order.
   */
  sentence(s: Span): { triggers: ClaimTrigger[]; vague: Span[]; attributions: Span[] } {
    const excluded = this.notCount.within(s);
    const scheduled = this.notForecast.within(s);
    const modals = this.normative.within(s);
    let triggers: ClaimTrigger[] = [];
    for (const [reason, cursor] of this.reasons) {
      const spans = cursor.within(s);
      // Most sentences have no hit of most reasons: build no overlap index for them.
      if (spans.length === 0) continue;
      // A number already read as money, a percentage, a year or a date is not a count.
      const taken = reason === 'count' ? new OverlapCursor([...excluded, ...triggers]) : reason === 'forecast' ? new OverlapCursor(scheduled) : null;
      for (const span of spans) {
        if (taken?.overlaps(span)) continue;
        if (reason === 'count' && (this.isNameNumber(span) || this.isAge(span) || this.isListNumber(span, s))) continue;
        if (reason === 'money' && this.isCurrencyName(span)) continue;
        triggers.push({ ...span, reason });
      }
    }
    triggers.sort((a, b) => a.start - b.start);
    // A question asks; it asserts nothing (`Och lönen, 80 000 dollar om året?`).
    // A question asks, an instruction tells and a condition supposes: none asserts.
    if (triggers.length > 0 && (this.isQuestion(s) || this.isInstructionOrCondition(s))) triggers = [];
    if (triggers.length > 0 && modals.length > 0) triggers = this.withoutRecommended(s, triggers, modals);
    const vague = this.vagueHits.within(s);
    // Words inside a vague phrase ("sources say", "enligt uppgifter") name no one.
    const inVague = new OverlapCursor(vague);
    let attributions = this.attributionHits.within(s).filter((a) => !inVague.overlaps(a));
    if (triggers.length > 0 && attributions.length > 0) attributions = this.withoutRelativeSources(s, triggers, attributions);
    if (triggers.length > 0 && attributions.length > 0) attributions = this.withoutPollSubjects(triggers, attributions);
    const { forwardOnly, thatAfter } = this.lex;
    if ((forwardOnly || thatAfter) && triggers.length > 0 && attributions.length > 0) {
      // Only when every claim comes before it: a stance or a report with `att` after a claim of its own
      // clause beside it (`…, Mikael From säger att det inte är ovanligt`) covers none of them.
      const last = triggers[triggers.length - 1]!.start;
      attributions = attributions.filter((a) => a.start < last || !(forwardOnly?.test(this.folded.slice(a.start, a.end)) || thatAfter?.test(this.folded.slice(a.end, a.end + 8))));
    }
    return { triggers, vague, attributions };
  }

  /**
   * Attributions that sit in a relative clause after every claim of the sentence (`Mest hypad är X,
   * som enligt Y tävlar med …`) name the source of that clause only, so they are dropped. One scan of
   * the sentence; only sentences with a claim and an attribution get here.
   */
  private withoutRelativeSources(s: Span, triggers: ClaimTrigger[], attributions: Span[]): Span[] {
    const re = this.lex.relativeSource;
    const slice = this.folded.slice(s.start, s.end);
    // Triggers are sorted: every one lies before the clause when the last one does.
    const lastTrigger = triggers[triggers.length - 1]!.start;
    const dropped = new Set<number>();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      // The attribution starts where the match ends.
      if (s.start + m.index > lastTrigger) dropped.add(s.start + m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
    return dropped.size === 0 ? attributions : attributions.filter((a) => !dropped.has(a.start));
  }

  /**
   * A share or a count of people who think or say something is a poll's result, not its source (`94
   * procent anser att`, `60% of respondents said`): a verb right after a percentage or a count, or after
   * it and `av`/`of` + a group, names no one; nor does a verb right before a share that is its subject,
   * inverted (`Av dessa uppger 16 procent att …`; round 16). `enligt`/`according to` after a figure still does.
   */
  private withoutPollSubjects(triggers: ClaimTrigger[], attributions: Span[]): Span[] {
    return attributions.filter((a) => {
      if (POLL_EXEMPT.test(this.folded.slice(a.start, a.end))) return true;
      return !triggers.some((t) => {
        if ((t.reason === 'percentage' || t.reason === 'count') && t.start >= a.end && t.start - a.end <= 3) {
          return POLL_INVERTED_GAP.test(this.folded.slice(a.end, t.start)) && POLL_INVERTED_AFTER.test(this.folded.slice(t.end, t.end + 8));
        }
        if ((t.reason !== 'percentage' && t.reason !== 'count') || t.end > a.start || a.start - t.end > 40) return false;
        // A count's match may take the comma or stop after it (`stigit till 20, sade de`): that comma
        // ends the clause, so the verb after it reports.
        let end = t.end;
        while (end > t.start && (this.folded[end - 1] === ',' || this.folded[end - 1] === '.')) end--;
        return POLL_GAP.test(this.folded.slice(end, a.start));
      });
    });
  }

  /** The first word of the sentence (after quotes and dashes), lower case, and where it ends. */
  private firstWord(s: Span): { word: string; end: number } {
    const t = this.text;
    let w = s.start;
    // Quotes, dashes and spaces may come first; a digit or anything else opens no word.
    while (w < s.end && OPENING.test(t[w]!)) w++;
    let e = w;
    while (e < s.end && e - w < 12 && LETTER.test(t[e]!)) e++;
    return { word: t.slice(w, e).toLowerCase(), end: e };
  }

  /**
   * An instruction: the sentence opens with an imperative (`Lägg paketet i ugnen 45 minuter.`, `Ring: …`).
   * Or a condition with the verb first, then its main clause (`Vill de inte höja avgifterna då kommer det
   * att fattas 10 miljarder kronor`, `Blir det fler, så …`): a hypothesis, which the guideline does not
   * count; a question already counts as none (isQuestion). Both read the first word, once.
   */
  private isInstructionOrCondition(s: Span): boolean {
    const { word, end } = this.firstWord(s);
    if (this.lex.imperatives.has(word)) {
      const next = this.text[end];
      return next === ' ' || next === ':' || next === ',' || next === '\u00a0';
    }
    const then = this.lex.conditionalThen;
    if (!then || !this.lex.questionVerbs.has(word)) return false;
    const m = then.exec(this.folded.slice(end, s.end));
    // The main clause after it keeps the verb first too (`då kommer det`, `så blir det`).
    return m !== null && this.lex.questionVerbs.has(m[1]!);
  }

  /**
   * The sentence ends in a question mark, before any closing quotes, brackets or spaces; or it is a
   * question broken off (`Är inte då 5 miljarder…`, `Is it really 5,000…`): it opens with a finite verb
   * (the word order of a yes/no question) and ends in an ellipsis.
   */
  private isQuestion(s: Span): boolean {
    const t = this.text;
    let i = s.end - 1;
    while (i >= s.start && CLOSING.has(t.charCodeAt(i))) i--;
    if (i < s.start) return false;
    if (t.charCodeAt(i) === 63 /* ? */) return true;
    if (!(t.charCodeAt(i) === 0x2026 /* … */ || (i - 2 >= s.start && t.startsWith('...', i - 2)))) return false;
    let w = s.start;
    while (w < i && !LETTER.test(t[w]!)) w++;
    let e = w;
    while (e < i && e - w < 12 && LETTER.test(t[e]!)) e++;
    return this.lex.questionVerbs.has(t.slice(w, e).toLowerCase());
  }

  /**
   * Triggers that a normative modal governs (`Sverige bör vara världsledande`): after the modal and
   * in its clause (no comma, semicolon, colon or dash between, and no word that opens a clause of its
   * own, such as a relative `som`). One pass over the sentence.
   */
  private withoutRecommended(s: Span, triggers: ClaimTrigger[], modals: Span[]): ClaimTrigger[] {
    // Clause openers of this sentence only (a slice: a scan from the sentence start would run on to the
    // next match in the rest of the document). Only sentences with a modal and a claim get here.
    const openers = scanWords(this.lex.clauseOpener, this.folded.slice(s.start, s.end), this.text.slice(s.start, s.end)).map((o) => o.start + s.start);
    let o = 0;
    // The clause each position belongs to: the count of clause breaks before it.
    const breaksBefore = (to: number, from: number, count: number): number => {
      for (let i = from; i < to; i++) if (CLAUSE_BREAK.has(this.text.charCodeAt(i))) count++;
      while (o < openers.length && openers[o]! < from) o++;
      while (o < openers.length && openers[o]! < to) {
        count++;
        o++;
      }
      return count;
    };
    const out: ClaimTrigger[] = [];
    let m = 0;
    let pos = s.start;
    let clause = 0;
    let modalClause = -1;
    for (const t of triggers) {
      // Advance over the modals before this trigger, keeping the clause of the last one.
      while (m < modals.length && modals[m]!.end <= t.start) {
        clause = breaksBefore(modals[m]!.start, pos, clause);
        pos = modals[m]!.start;
        modalClause = clause;
        m++;
      }
      clause = breaksBefore(t.start, pos, clause);
      pos = t.start;
      if (modalClause === clause && this.lex.normativeReasons.has(t.reason)) continue;
      out.push(t);
    }
    return out;
  }

  /**
   * A number that is part of a name: a model, a series or an index (`Volvo 760`, `Boeing 747`,
   * `FTSE 100`, `Saab 9-5`, `covid-19`) — digits right after a capitalised word that is no sentence-opening
   * quantifier or preposition (`Drygt 160`, `Over 300`) and no weekday.
   */
  private isNameNumber(span: Span): boolean {
    const t = this.text;
    if (!NAME_NUMBER.test(withoutFinalStop(t.slice(span.start, span.end)))) return false;
    // A unit after it makes it a quantity, whatever precedes (`Gerd Müllers 40 år gamla målrekord`).
    if (QUANTITY_AFTER_NUMBER.test(t.slice(span.end, span.end + 14))) return false;
    const space = span.start - 1;
    if (space < 1) return false;
    // Joined by a hyphen, any word names the series (`covid-19`, `F-16`, `EU-27`).
    if (t[space] === '-') {
      let w = space;
      while (w > 0 && space - w < 30 && LETTER.test(t[w - 1]!)) w--;
      return w < space && !(w > 0 && NAME_CHAR.test(t[w - 1]!));
    }
    if (!(t[space] === ' ' || t[space] === '\u00a0')) return false;
    let w = space;
    while (w > 0 && space - w < 30 && NAME_CHAR.test(t[w - 1]!)) w--;
    if (space - w < 2 || (w > 0 && NAME_CHAR.test(t[w - 1]!))) return false;
    const word = t.slice(w, space);
    if (!UPPER_START.test(word) || !LETTER_END.test(word)) return false;
    // A genitive owns a quantity of things (`Japans 50 reaktorer`); a name's model has no noun after it.
    if (word.endsWith('s') && NOUN_AFTER_OWNED_NUMBER.test(t.slice(span.end, span.end + 12))) return false;
    return !NAME_NUMBER_NOT_AFTER.has(word.toLowerCase());
  }

  /**
   * A list number: a number of one or two digits opening a line or a sentence, then a capitalised name
   * and a colon on the same line (`10 Karin Boye: Kallocain`), as top lists of books and records are
   * set; also a chart's place of last week in brackets (`(29) Artist: ”Title”`). Checked here rather
   * than in the lexicon, which matches case-insensitively and cannot see the capital.
   */
  private isListNumber(span: Span, sentence: Span): boolean {
    const t = this.text;
    const digits = withoutFinalStop(t.slice(span.start, span.end));
    if (!LIST_NUMBER.test(digits)) return false;
    let end = span.start + digits.length;
    let b = span.start;
    if (t[b - 1] === '(') {
      if (t[end] !== ')') return false;
      b--;
      end++;
    }
    while (b > 0 && span.start - b < 4 && (t[b - 1] === ' ' || t[b - 1] === '\t')) b--;
    if (b > 0 && b !== sentence.start && t[b - 1] !== '\n') return false;
    if (t[end] !== ' ' || !UPPER_START.test(t.slice(end + 1, end + 2))) return false;
    // A colon before the line or the sentence ends, within 60 characters: bounded, no regex.
    for (let i = end + 2; i < t.length && i < end + 62; i++) {
      const c = t[i]!;
      if (c === ':') return true;
      if (c === '\n' || c === '.' || c === '!' || c === '?') return false;
    }
    return false;
  }

  /**
   * Money in words whose currency word is capitalised is a name (`Tre Kronor`, the national team;
   * `två Real-spelare`), not a sum: `för fem kronor styck` stays money.
   */
  private isCurrencyName(span: Span): boolean {
    const t = this.text;
    if (!LETTER.test(t[span.start]!)) return false;
    let i = span.start;
    while (i < span.end && LETTER.test(t[i]!)) i++;
    while (i < span.end && /\s/u.test(t[i]!)) i++;
    return i < span.end && UPPER_START.test(t[i]!);
  }

  /** An age after a name: `Anna Berg (45)`, `John Smith, 45, said`, `Elin Berg, 15 år,`. */
  private isAge(span: Span): boolean {
    const t = this.text;
    const digits = withoutFinalStop(t.slice(span.start, span.end));
    if (!AGE_NUMBER.test(digits)) return false;
    const end = span.start + digits.length;
    const before = t[span.start - 1];
    const after = t.slice(end, end + 4);
    let nameEnd: number;
    let verb: RegExpExecArray | null = null;
    if (before === '(' && after.startsWith(')')) nameEnd = span.start - 1;
    else if (before === ' ' && t[span.start - 2] === ',' && (after.startsWith(',') || AGE_YEARS.test(after))) nameEnd = span.start - 2;
    else if (before === ' ' && AGE_YEARS_OF.test(t.slice(end, end + 9)) && (verb = AGE_VERB.exec(t.slice(Math.max(0, span.start - 6), span.start)))) {
      // A named person's age with a verb between (`Josefine Söderlund var 14 år och …`). The name must
      // follow another word, since at the start of a sentence every word is capitalised and a thing's
      // term stays a count (`Straffet blev 12 år`).
      nameEnd = span.start - verb[0].length;
      while (nameEnd > 0 && t[nameEnd - 1] === ' ') nameEnd--;
      let w = nameEnd;
      while (w > 0 && nameEnd - w < 30 && NAME_CHAR.test(t[w - 1]!)) w--;
      return nameEnd - w >= 2 && w >= 2 && t[w - 1] === ' ' && LETTER.test(t[w - 2]!) && UPPER_START.test(t.slice(w, nameEnd));
    } else return false;
    while (nameEnd > 0 && t[nameEnd - 1] === ' ') nameEnd--;
    let w = nameEnd;
    while (w > 0 && nameEnd - w < 30 && NAME_CHAR.test(t[w - 1]!)) w--;
    return nameEnd - w >= 2 && UPPER_START.test(t.slice(w, nameEnd));
  }
}

/** A number as the count pattern matched it may end in the comma or full stop after it (`45, said`). */
function withoutFinalStop(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  return last === 44 || last === 46 ? s.slice(0, -1) : s;
}

/** Quotes, brackets and spaces that may close a sentence after its final punctuation. */
const CLOSING = new Set([32, 9, 10, 13, 0xa0, 34, 39, 41, 93, 0x201d, 0x2019, 0xbb, 0x2a /* * */, 0x5f /* _ */]);
/** What both alternatives of unnamed media in `vague` hold: `\s+media` (see vagueWithoutMedia). */
const MEDIA_WORD = /\smedia/;
/** Comma, semicolon, colon, en and em dash. */
const CLAUSE_BREAK = new Set([44, 59, 58, 0x2013, 0x2014]);
const NAME_NUMBER = /^\d{1,4}(?:[-–]\d{1,4})?$/;
const OPENING = /[\s"'“”«»–—(*_-]/u;
const AGE_NUMBER = /^\d{2,3}$/;
const LIST_NUMBER = /^\d{1,2}$/;
const AGE_YEARS = /^ år[,)]/;
/** ` år` then the end of the clause or `och` (`var 14 år och kände sig`, `var 14 år.`). */
const AGE_YEARS_OF = /^ år(?:[,.)]|\s+och\s)/;
/** `var`/`är`/`blev` and one space before the number (`Söderlund var 14`). */
const AGE_VERB = /(?:var|är|blev) $/;
const NAME_CHAR = /[\p{L}\p{N}&-]/u;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LETTER_END = /\p{L}$/u;
/** Between a figure and a verb whose subject it is: nothing, or `av`/`of` + a group (`94 procent av de tillfrågade`). */
const POLL_GAP = /^\s{1,3}(?:(?:av|of)\s{1,3}(?:(?:de|dem|alla|the|all|those)\s{1,3})?\p{L}{1,25}\s{1,3})?$/u;
/** Attributions that name a source after a figure too (`ökade med 5 procent enligt SCB`). */
const POLL_EXEMPT = /^(?:enligt|according)/u;
/** Between an inverted poll verb and its share, and after the share: `uppger 16 procent att`. */
const POLL_INVERTED_GAP = /^\s{1,3}$/u;
const POLL_INVERTED_AFTER = /^\s{1,3}att(?![\p{L}])/u;
