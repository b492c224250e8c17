// The analysis of one article: Markdown → prose → sentences → mentions, claims and their sources →
// diagnostics. Pure and total: it does no IO and turns any internal failure into a diagnostic.
import { isPlaceholder, parseDisableBody } from './annotation-comments.js';
import { analyzeBlock, type BlockAnalysis, type SentenceHits } from './block-analysis.js';
import { fingerprintIn, sentenceFingerprint } from './fingerprint.js';
import { dropDiagnosticRuns, movedDiagnostic, setDiagnosticRuns, type DiagnosticRun } from './diagnostic-runs.js';
import { lazyProperty } from './lazy-property.js';
import { copyString } from './string-copy.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { detectLanguage } from './language.js';
import { LineIndex } from './line-index.js';
import { parseDocument, type ProseBlock } from './markdown-prose.js';
import { RULES } from './rules.js';
import type {
  AnalysisResult,
  AnalyzeOptions,
  AnnotationComment,
  Claim,
  ClaimReason,
  Diagnostic,
  FootnoteDefinition,
  Language,
  Mention,
  RuleCode,
  Sentence,
  SourceRef,
  Span,
} from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const REASON_WORDS: Record<ClaimReason, string> = {
  money: 'an amount of money',
  percentage: 'a percentage',
  count: 'a number',
  ranking: 'a ranking or superlative',
  'first-or-exclusive': 'a first, a record or exclusivity',
  forecast: 'a forecast',
  'undisclosed-amount': 'an undisclosed amount',
};

function emptyResult(language: Language): AnalysisResult {
  return { language, languageDeclared: false, mentions: [], claims: [], sentences: [], comments: [], footnotes: [], diagnostics: [], blocks: [], frontMatterSources: [] };
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) === 0) return true;
  return false;
}

/** Analyses one Markdown article. Never throws: failures become an `analysis-failed` diagnostic. */
export function analyze(text: string, kb: KnowledgeBase, options: AnalyzeOptions = {}): AnalysisResult {
  return analyzeDetailed(text, kb, options).result;
}

/** The analysis with its per-block parts (null when the file was not analysed), for incremental updates. */
export function analyzeDetailed(text: string, kb: KnowledgeBase, options: AnalyzeOptions = {}): { result: AnalysisResult; blocks: BlockAnalysis[] | null; prose: ProseBlock[] | null } {
  const fixedLanguage = options.language && options.language !== 'auto' ? options.language : undefined;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > maxSize) {
    const r = emptyResult(fixedLanguage ?? 'en');
    r.skipped = 'too-large';
    r.diagnostics.push({ code: 'file-too-large', severity: 'information', start: 0, end: 0, message: `Not analysed: the file has ${text.length.toLocaleString('en')} characters, more than the limit of ${maxSize.toLocaleString('en')} (setting newsAnnotator.maxFileSize).` });
    return { result: r, blocks: null, prose: null };
  }
  if (looksBinary(text)) {
    const r = emptyResult(fixedLanguage ?? 'en');
    r.skipped = 'binary';
    r.diagnostics.push({ code: 'binary-file', severity: 'information', start: 0, end: 0, message: 'Not analysed: the file holds binary data (NUL characters), not article text.' });
    return { result: r, blocks: null, prose: null };
  }
  try {
    const prose = parseDocument(text);
    const { language, declared } = chooseLanguage(prose, fixedLanguage);
    const blocks = prose.map((p) => analyzeBlock(p, language, kb.matcher));
    return { result: assemble(text, blocks, kb, options, language, declared), blocks, prose };
  } catch (err) {
    const r = emptyResult(fixedLanguage ?? 'en');
    r.diagnostics.push({ code: 'analysis-failed', severity: 'error', start: 0, end: 0, message: `The analysis failed on this file and found nothing: ${(err as Error)?.message ?? String(err)}. Please report it with the file.` });
    return { result: r, blocks: null, prose: null };
  }
}

/** The article's language: the option, else front matter, else detected from its first prose. */
export function chooseLanguage(prose: ReadonlyArray<ProseBlock>, fixed: Language | undefined): { language: Language; declared: boolean } {
  if (fixed) return { language: fixed, declared: false };
  const fm = prose[0]?.frontMatter;
  if (fm?.lang) return { language: fm.lang, declared: true };
  return { language: detectLanguage(languageSample(prose)), declared: false };
}

/** The prose detection looks at: the masked text of the first blocks, up to LANGUAGE_SAMPLE characters. */
export const LANGUAGE_SAMPLE = 20000;
function languageSample(prose: ReadonlyArray<ProseBlock>): string {
  let out = '';
  for (const p of prose) {
    if (out.length >= LANGUAGE_SAMPLE) break;
    out += p.masked + '\n';
  }
  return out.slice(0, LANGUAGE_SAMPLE);
}

/**
 * What one block contributes to the article's result, in absolute offsets for the place where the
 * block was when they were made (`base`). Kept on the block (`BlockAnalysis.parts`) while the
 * block's text is unchanged: after an edit elsewhere the result reads them moved by the distance. Claims and
 * diagnostics here assume no comment or footnote vouches for a sentence from outside; a block with
 * such a sentence gets them computed again on every assembly (see `assemble`).
 */
export interface BlockParts {
  /** Offset of the block and index of its first prose block the parts were made for. */
  base: number;
  blockBase: number;
  kb: KnowledgeBase;
  options: AnalyzeOptions;
  language: Language;
  proseBlocks: Span[];
  sentences: Sentence[];
  mentions: Mention[];
  comments: AnnotationComment[];
  footnoteRefs: Array<Span & { label: string }>;
  footnoteDefs: FootnoteDefinitionSpan[];
  links: Span[];
  claims: Claim[];
  /** Diagnostics of the sentences (in sentence order), then of the mentions. */
  diagnostics: Diagnostic[];
  /** The same sorted by position (a stable sort), as the block's run of the article's list. */
  sorted: Diagnostic[];
  /** Index of the first mention diagnostic in `diagnostics`. */
  mentionDiagnosticsFrom: number;
}

interface FootnoteDefinitionSpan extends Span {
  label: string;
  contentStart: number;
  contentEnd: number;
}

// Shared by the many blocks that have none, so a full analysis does not allocate them per block.
const NONE: never[] = [];
Object.freeze(NONE);

type Emit = (d: Diagnostic) => void;

/** Adds a diagnostic unless its rule is off, with the severity the settings give its rule. */
function emitter(out: Diagnostic[], options: AnalyzeOptions): Emit {
  const settings = options.rules && Object.keys(options.rules).length > 0 ? options.rules : null;
  if (!settings) return (d) => void out.push(d);
  return (d) => {
    const setting = settings[d.code as RuleCode];
    if (setting === 'off') return;
    if (setting) d.severity = setting;
    out.push(d);
  };
}

/**
 * Joins the per-block analyses into the article's result: attaches sources, footnotes and
 * verified marks to sentences, and turns everything into diagnostics. The parts of a block are
 * made once (`blockParts`) and kept where the block was when it made them; a block that moved is
 * only told how far. The flat lists of the result are built from the parts when first read (most
 * keystrokes read only the diagnostics, and those as runs: see diagnostic-runs.ts), so an edit
 * costs what changed, not a copy of everything after it.
 */
export function assemble(text: string, blocks: ReadonlyArray<BlockAnalysis>, kb: KnowledgeBase, options: AnalyzeOptions, language: Language, languageDeclared: boolean): AnalysisResult {
  const n = blocks.length;
  const all: BlockParts[] = new Array(n);
  /** How far each block moved since its parts were made, in characters and in prose blocks. */
  const shift: number[] = new Array(n);
  const blockShift: number[] = new Array(n);
  const firstSentence: number[] = new Array(n);
  const comments: AnnotationComment[] = [];
  const footnoteRefs: Array<Span & { label: string }> = [];
  const footnoteDefs: FootnoteDefinitionSpan[] = [];
  let frontMatterSources: string[] = [];
  let sentenceCount = 0;
  let proseCount = 0;
  for (let bi = 0; bi < n; bi++) {
    const b = blocks[bi]!;
    const p = blockParts(text, b, proseCount, kb, options, language);
    const d = b.start - p.base;
    all[bi] = p;
    shift[bi] = d;
    blockShift[bi] = proseCount - p.blockBase;
    firstSentence[bi] = sentenceCount;
    sentenceCount += p.sentences.length;
    proseCount += p.proseBlocks.length;
    // Rare (most blocks have none), and needed now to attach sources: moved eagerly.
    if (p.comments.length > 0) append(comments, d === 0 ? p.comments : shiftComments(p.comments, d));
    if (p.footnoteRefs.length > 0) append(footnoteRefs, d === 0 ? p.footnoteRefs : shiftLabelled(p.footnoteRefs, d));
    if (p.footnoteDefs.length > 0) append(footnoteDefs, d === 0 ? p.footnoteDefs : shiftFootnoteDefs(p.footnoteDefs, d));
    if (b.prose.frontMatter) frontMatterSources = b.prose.frontMatter.sources;
  }
  const flat = <T>(of: (p: BlockParts) => ReadonlyArray<T>, move: (items: ReadonlyArray<T>, d: number, k: number) => T[]): T[] => {
    const out: T[] = [];
    for (let bi = 0; bi < n; bi++) {
      const items = of(all[bi]!);
      if (items.length === 0) continue;
      append(out, shift[bi] === 0 && blockShift[bi] === 0 ? items : move(items, shift[bi]!, blockShift[bi]!));
    }
    return out;
  };
  let sentencesMemo: Sentence[] | undefined;
  const sentences = () => (sentencesMemo ??= flat((p) => p.sentences, shiftSentences));

  const footnotes: FootnoteDefinition[] = footnoteDefs.map((f) => {
    const content = withoutHtmlComments(text.slice(f.contentStart, f.contentEnd)).trim();
    return { start: f.start, end: f.end, label: f.label, content: isPlaceholder(content) ? '' : copyString(content) };
  });
  const footnoteByLabel = new Map<string, FootnoteDefinition>();
  for (const f of footnotes) if (!footnoteByLabel.has(f.label)) footnoteByLabel.set(f.label, f);
  const inFootnote = (p: number) => footnoteDefs.some((f) => p >= f.start && p < f.end);

  // Things that follow a sentence and vouch for it: source comments, verified marks, footnote markers.
  const attached = new Map<number, Attached>();
  if (comments.length > 0 || footnoteRefs.length > 0) {
    const sentenceAt = indexOfSentenceBefore(sentences());
    const attach = (p: number) => {
      const i = sentenceAt(p);
      if (i < 0) return null;
      let a = attached.get(i);
      if (!a) attached.set(i, (a = { comments: [], footnotes: [] }));
      return a;
    };
    for (const c of comments) if ((c.type === 'source' || c.type === 'verified') && !inFootnote(c.start)) attach(c.start)?.comments.push(c);
    for (const r of footnoteRefs) if (!inFootnote(r.start)) attach(r.start)?.footnotes.push(r);
  }

  const claimRuns: Array<{ claims: ReadonlyArray<Claim>; shift: number }> = [];
  const runs: DiagnosticRun[] = [];
  for (let bi = 0; bi < n; bi++) {
    const p = all[bi]!;
    const b = blocks[bi]!;
    const from = firstSentence[bi]!;
    const to = from + p.sentences.length;
    let touched = false;
    if (attached.size > 0) for (let i = from; i < to && !touched; i++) touched = attached.has(i);
    if (!touched) {
      if (p.claims.length > 0) claimRuns.push({ claims: p.claims, shift: shift[bi]! });
      if (p.sorted.length > 0) runs.push({ diagnostics: p.sorted, shift: shift[bi]!, start: b.start });
      continue;
    }
    // A comment or footnote vouches for a sentence here: its claims and diagnostics depend on the
    // rest of the article, so they are made afresh (rare: a few blocks of an article at most).
    // Only the sentences, links and mention diagnostics are read here, moved to where the block is.
    const d = shift[bi]!;
    const sentences = d === 0 ? p.sentences : shiftSpans(p.sentences, d);
    const links = d === 0 ? p.links : shiftSpans(p.links, d);
    const claims: Claim[] = [];
    const diagnostics: Diagnostic[] = [];
    const emit = emitter(diagnostics, options);
    for (let i = from; i < to; i++) {
      sentenceFindings(text, b, sentences[i - from]!, b.hits[i - from]!, links, options, attached.get(i), footnoteByLabel, claims, emit);
    }
    for (let k = p.mentionDiagnosticsFrom; k < p.diagnostics.length; k++) diagnostics.push(d === 0 ? p.diagnostics[k]! : movedDiagnostic(p.diagnostics[k]!, d));
    if (claims.length > 0) claimRuns.push({ claims, shift: 0 });
    if (diagnostics.length > 0) runs.push({ diagnostics: diagnostics.sort(byPosition), shift: 0, start: b.start });
  }
  const flatDiagnostics = (): Diagnostic[] => {
    const out: Diagnostic[] = [];
    for (const r of runs) {
      if (r.shift === 0) append(out, r.diagnostics);
      else for (const x of r.diagnostics) out.push(movedDiagnostic(x, r.shift));
    }
    return out;
  };
  // Runs tile the sorted list unless a disable comment removes some or a vouching comment or
  // footnote put a diagnostic outside its sentence's block; then the list is made here, sorted.
  const disables = comments.some((c) => c.type === 'disable-file' || c.type === 'disable-next-line');
  const tiled = !disables && runsInOrder(runs);
  const eagerDiagnostics = tiled ? undefined : applyDisables(text, comments, flatDiagnostics(), options);

  const result = { language, languageDeclared } as AnalysisResult;
  lazyProperty(result, 'mentions', () => flat((p) => p.mentions, shiftMentions));
  lazyProperty(result, 'claims', () => {
    const out: Claim[] = [];
    for (const r of claimRuns) append(out, r.shift === 0 ? r.claims : shiftClaims(r.claims, r.shift));
    return out;
  });
  lazyProperty(result, 'sentences', sentences);
  result.comments = comments;
  result.footnotes = footnotes;
  if (eagerDiagnostics) result.diagnostics = eagerDiagnostics;
  else lazyProperty(result, 'diagnostics', flatDiagnostics, () => dropDiagnosticRuns(result));
  lazyProperty(result, 'blocks', () => flat((p) => p.proseBlocks, shiftSpans));
  result.frontMatterSources = frontMatterSources;
  if (tiled) setDiagnosticRuns(result, runs);
  return result;
}

/** Whether the runs, one after another, are in the order a stable sort by position gives. */
function runsInOrder(runs: ReadonlyArray<DiagnosticRun>): boolean {
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    const last = a.diagnostics[a.diagnostics.length - 1]!;
    const first = b.diagnostics[0]!;
    if (last.start + a.shift > first.start + b.shift || (last.start + a.shift === first.start + b.shift && last.end + a.shift > first.end + b.shift)) return false;
  }
  return true;
}

interface Attached {
  comments: AnnotationComment[];
  footnotes: Array<Span & { label: string }>;
}

function append<T>(to: T[], items: ReadonlyArray<T>): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
}

/** The block's parts: kept (wherever the block is now) or made. */
function blockParts(text: string, b: BlockAnalysis, blockBase: number, kb: KnowledgeBase, options: AnalyzeOptions, language: Language): BlockParts {
  const old = b.parts;
  if (old && old.kb === kb && old.options === options && old.language === language) return old;
  return (b.parts = makeParts(text, b, blockBase, kb, options, language));
}

function makeParts(text: string, b: BlockAnalysis, blockBase: number, kb: KnowledgeBase, options: AnalyzeOptions, language: Language): BlockParts {
  const o = b.start;
  const pr = b.prose;
  const proseBlocks = pr.blocks.map((p) => ({ start: o + p.start, end: o + p.end }));
  const sentences = b.sentences.length === 0 ? NONE : b.sentences.map((s) => ({ start: o + s.start, end: o + s.end, block: blockBase + s.block }));
  const mentions: Mention[] =
    b.mentions.length === 0
      ? NONE
      : b.mentions.map((m) => ({ start: o + m.start, end: o + m.end, nameEnd: o + m.nameEnd, text: copyString(text.slice(o + m.start, o + m.end)), entity: m.entity?.id ?? null, kind: m.kind, matched: m.matched, viaPattern: m.viaPattern }));
  const comments = pr.comments.length === 0 ? NONE : pr.comments.map((c) => ({ ...c, start: o + c.start, end: o + c.end }));
  const footnoteRefs = pr.footnoteReferences.length === 0 ? NONE : pr.footnoteReferences.map((r) => ({ start: o + r.start, end: o + r.end, label: r.label }));
  const footnoteDefs =
    pr.footnoteDefinitions.length === 0
      ? NONE
      : pr.footnoteDefinitions.map((f) => ({ start: o + f.start, end: o + f.end, label: f.label, contentStart: o + f.contentStart, contentEnd: o + f.contentEnd }));
  const links = pr.links.length === 0 ? NONE : pr.links.map((l) => ({ start: o + l.start, end: o + l.end }));

  const claims: Claim[] = [];
  const diagnostics: Diagnostic[] = [];
  const emit = emitter(diagnostics, options);
  for (let i = 0; i < sentences.length; i++) sentenceFindings(text, b, sentences[i]!, b.hits[i]!, links, options, undefined, undefined, claims, emit);
  const mentionDiagnosticsFrom = diagnostics.length;
  for (const m of mentions) mentionFindings(text, m, kb, language, emit);
  return {
    base: o,
    blockBase,
    kb,
    options,
    language,
    proseBlocks,
    sentences,
    mentions,
    comments,
    footnoteRefs,
    footnoteDefs,
    links,
    claims: claims.length === 0 ? NONE : claims,
    diagnostics: diagnostics.length === 0 ? NONE : diagnostics,
    sorted: diagnostics.length === 0 ? NONE : diagnostics.length === 1 ? diagnostics : [...diagnostics].sort(byPosition),
    mentionDiagnosticsFrom,
  };
}

// Copies moved by `d` characters (and `k` prose blocks), each object built with one literal of a
// fixed shape: reading a flat list after an edit runs these for every annotation after it.
function shiftSpans(items: ReadonlyArray<Span>, d: number): Span[] {
  const out: Span[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = { start: items[i]!.start + d, end: items[i]!.end + d };
  return out;
}

function shiftSentences(items: ReadonlyArray<Sentence>, d: number, k: number): Sentence[] {
  const out: Sentence[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    out[i] = { start: x.start + d, end: x.end + d, block: x.block + k };
  }
  return out;
}

function shiftMentions(items: ReadonlyArray<Mention>, d: number): Mention[] {
  const out: Mention[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const m = items[i]!;
    out[i] = { start: m.start + d, end: m.end + d, nameEnd: m.nameEnd + d, text: m.text, entity: m.entity, kind: m.kind, matched: m.matched, viaPattern: m.viaPattern };
  }
  return out;
}

function shiftComments(items: ReadonlyArray<AnnotationComment>, d: number): AnnotationComment[] {
  return items.map((c) => ({ start: c.start + d, end: c.end + d, type: c.type, body: c.body }));
}

function shiftLabelled(items: ReadonlyArray<Span & { label: string }>, d: number): Array<Span & { label: string }> {
  return items.map((r) => ({ start: r.start + d, end: r.end + d, label: r.label }));
}

function shiftFootnoteDefs(items: ReadonlyArray<FootnoteDefinitionSpan>, d: number): FootnoteDefinitionSpan[] {
  return items.map((f) => ({ start: f.start + d, end: f.end + d, label: f.label, contentStart: f.contentStart + d, contentEnd: f.contentEnd + d }));
}

function shiftClaims(items: ReadonlyArray<Claim>, d: number): Claim[] {
  const out: Claim[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const c = items[i]!;
    const triggers: Claim['triggers'] = new Array(c.triggers.length);
    for (let t = 0; t < triggers.length; t++) {
      const x = c.triggers[t]!;
      triggers[t] = { start: x.start + d, end: x.end + d, reason: x.reason };
    }
    const source = c.source && { start: c.source.start + d, end: c.source.end + d, kind: c.source.kind, text: c.source.text };
    out[i] = { start: c.start + d, end: c.end + d, text: c.text, reasons: c.reasons, triggers, sourced: c.sourced, source, verified: c.verified };
  }
  return out;
}

/**
 * The claim and diagnostics of one sentence `s` (absolute) of block `b`, whose hits `h` are
 * relative to the block. `att` is what vouches for it from comments and footnote markers.
 */
function sentenceFindings(
  text: string,
  b: BlockAnalysis,
  s: Span,
  h: SentenceHits,
  links: ReadonlyArray<Span>,
  options: AnalyzeOptions,
  att: Attached | undefined,
  footnoteByLabel: ReadonlyMap<string, FootnoteDefinition> | undefined,
  claims: Claim[],
  emit: Emit,
): void {
  // Most sentences state nothing checkable and carry nothing: nothing to assemble for them.
  if (h.triggers.length === 0 && h.vague.length === 0 && !att) return;
  const o = b.start;
  const triggers = h.triggers.map((t) => ({ start: o + t.start, end: o + t.end, reason: t.reason }));
  const vague = h.vague.map((v) => ({ start: o + v.start, end: o + v.end }));
  const attribution = h.attribution;
  const named: SourceRef | null = attribution
    ? { start: o + attribution.verb.start, end: o + attribution.verb.end, kind: attribution.quote ? 'quote' : 'attribution', text: copyString(text.slice(o + attribution.verb.start, o + attribution.verb.end)) }
    : null;
  // The first link of the block that starts inside the sentence (links are in document order).
  let link: Span | undefined;
  for (const l of links) {
    if (l.start < s.start) continue;
    if (l.start < s.end) link = l;
    break;
  }

  let source: SourceRef | null = null;
  const empties: Diagnostic[] = [];
  for (const ref of att?.footnotes ?? NONE) {
    const def = footnoteByLabel?.get(ref.label);
    if (def && def.content !== '') source ??= { start: ref.start, end: ref.end, kind: 'footnote', text: copyString(text.slice(ref.start, ref.end)) };
    else if (def) empties.push({ code: 'empty-source', severity: 'warning', start: def.start, end: def.end, message: `Footnote [^${ref.label}] is empty: write the source (who, what, when, or a link) after "[^${ref.label}]:".` });
    else empties.push({ code: 'empty-source', severity: 'warning', start: ref.start, end: ref.end, message: `Footnote [^${ref.label}] has no definition: add "[^${ref.label}]: <source>" at the end of the article.` });
  }
  let verified = false;
  for (const c of att?.comments ?? NONE) {
    if (c.type === 'source') {
      if (isPlaceholder(c.body)) empties.push({ code: 'empty-source', severity: 'warning', start: c.start, end: c.end, message: 'This source comment is empty: write the source (who, what, when, or a link) after "source:".' });
      else source ??= { start: c.start, end: c.end, kind: 'comment', text: c.body };
    } else if (c.type === 'verified') {
      const fp = fingerprintIn(c.body);
      if (fp !== null && fp !== sentenceFingerprint(text.slice(s.start, s.end))) {
        emit({ code: 'stale-verification', severity: 'warning', start: c.start, end: c.end, message: 'This sentence changed after it was marked verified: check it again and renew the mark.' });
      } else {
        verified = true;
      }
    }
  }
  if (link) source ??= { start: link.start, end: link.end, kind: 'link', text: copyString(text.slice(link.start, link.end)) };
  if (named && !options.requireCitation) source ??= named;

  if (triggers.length > 0) {
    const reasons = [...new Set(triggers.map((t) => t.reason))];
    claims.push({ start: s.start, end: s.end, text: copyString(text.slice(s.start, s.end)), reasons, triggers, sourced: source !== null, source, verified });
    if (!source && !verified) {
      if (empties.length > 0) for (const e of empties) emit(e);
      else {
        const what = reasons.map((r) => REASON_WORDS[r]).join(', ');
        // Kept short: a long article lists thousands in the Problems panel (and sends them on every
        // keystroke); how to source a claim is on its hover card, its quick fixes and its rule page.
        const hint = options.requireCitation && named ? ' A named source without a link or footnote is not enough here (newsAnnotator.requireCitation).' : '';
        emit({ code: 'unsourced-claim', severity: 'warning', start: s.start, end: s.end, message: `Unsourced claim (${what}): say who says so.${hint}` });
      }
    }
  } else {
    for (const e of empties) emit(e);
  }
  if (!named && !verified) {
    for (const v of vague) {
      emit({ code: 'vague-attribution', severity: 'warning', start: v.start, end: v.end, message: copyString(`Vague attribution "${text.slice(v.start, v.end)}": name who says or thinks so.`) });
    }
  }
}

function mentionFindings(text: string, m: Mention, kb: KnowledgeBase, language: Language, emit: Emit): void {
  if (m.entity === null) {
    emit({ code: 'unknown-organisation', severity: 'hint', start: m.start, end: m.nameEnd, message: copyString(`"${text.slice(m.start, m.nameEnd)}" looks like an organisation (${m.kind}) that the knowledge base does not know.`) });
    return;
  }
  const entity = kb.get(m.entity);
  const preferred = entity?.preferred?.[language];
  const written = text.slice(m.start, m.nameEnd);
  if (preferred && !m.viaPattern && written !== preferred && written.replace(/\s+/g, ' ') !== preferred) {
    emit({
      code: 'inconsistent-name',
      severity: 'information',
      start: m.start,
      end: m.nameEnd,
      message: copyString(`${language === 'sv' ? 'Swedish' : 'English'} articles spell ${entity!.name} "${preferred}", not "${written}".`),
      data: { preferred, entity: entity!.id },
    });
  }
}

/** Returns a function giving the index of the last sentence starting at or before an offset. */
function indexOfSentenceBefore(sentences: ReadonlyArray<Sentence>): (p: number) => number {
  return (p) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= p) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}

/** Drops what disable comments switch off and reports disable comments without a reason; sorts by position. */
function applyDisables(text: string, comments: ReadonlyArray<AnnotationComment>, diagnostics: Diagnostic[], options: AnalyzeOptions): Diagnostic[] {
  const disables = comments.filter((c) => c.type === 'disable-file' || c.type === 'disable-next-line');
  if (disables.length === 0) return diagnostics.sort(byPosition);
  const emit = emitter(diagnostics, options);
  const lines = new LineIndex(text);
  const fileOff = new Set<string>();
  const lineOff = new Map<number, Set<string>>();
  for (const c of disables) {
    const { rules, reason } = parseDisableBody(c.body);
    const targets = rules.length === 0 ? ['*'] : rules;
    if (reason === '') {
      emit({ code: 'disable-without-reason', severity: 'warning', start: c.start, end: c.end, message: 'Say why the rule is disabled: end the comment with "-- reason", so a reviewer can judge it.' });
    }
    for (const r of targets) {
      if (r !== '*' && !(r in RULES)) {
        emit({ code: 'disable-without-reason', severity: 'warning', start: c.start, end: c.end, message: `Unknown rule "${r}" in a disable comment; known rules: ${Object.keys(RULES).join(', ')}.` });
      }
    }
    if (c.type === 'disable-file') for (const r of targets) fileOff.add(r);
    else {
      const next = lines.positionAt(c.end).line + 1;
      let set = lineOff.get(next);
      if (!set) lineOff.set(next, (set = new Set()));
      for (const r of targets) set.add(r);
    }
  }
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.code !== 'disable-without-reason' && (fileOff.size > 0 || lineOff.size > 0)) {
      if (fileOff.has(d.code) || fileOff.has('*')) continue;
      const set = lineOff.size > 0 ? lineOff.get(lines.positionAt(d.start).line) : undefined;
      if (set && (set.has(d.code) || set.has('*'))) continue;
    }
    out.push(d);
  }
  return out.sort(byPosition);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * `s` with each HTML comment replaced by a space. A loop, not `/<!--[\s\S]*?-->/g`: with many `<!--`
 * and no `-->` that pattern scans to the end from each of them, quadratic (issue 7).
 */
function withoutHtmlComments(s: string): string {
  let out = '';
  let pos = 0;
  for (let open = s.indexOf('<!--'); open !== -1; open = s.indexOf('<!--', pos)) {
    const close = s.indexOf('-->', open + 4);
    if (close === -1) break;
    out += s.slice(pos, open) + ' ';
    pos = close + 3;
  }
  return pos === 0 ? s : out + s.slice(pos);
}
