// The analysis of one article: Markdown → prose → sentences → mentions, claims and their sources →
// diagnostics. Pure and total: it does no IO and turns any internal failure into a diagnostic.
import { isPlaceholder, parseDisableBody } from './annotation-comments.js';
import { analyzeBlock, type BlockAnalysis, type SentenceHits } from './block-analysis.js';
import { fingerprintIn, sentenceFingerprint } from './fingerprint.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { detectLanguage } from './language.js';
import { LineIndex } from './line-index.js';
import { parseBlocks, type ProseBlock } from './markdown-prose.js';
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
    const prose = parseBlocks(text);
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
 * Joins the per-block analyses into the article's result: attaches sources, footnotes and
 * verified marks to sentences, and turns everything into diagnostics. Linear in the number of
 * annotations; this is all that runs for an unchanged block after an edit elsewhere.
 */
export function assemble(text: string, blocks: ReadonlyArray<BlockAnalysis>, kb: KnowledgeBase, options: AnalyzeOptions, language: Language, languageDeclared: boolean): AnalysisResult {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const comments: AnnotationComment[] = [];
  const footnoteRefs: Array<Span & { label: string }> = [];
  const footnoteDefs: Array<{ start: number; end: number; label: string; contentStart: number; contentEnd: number }> = [];
  const links: Span[] = [];
  const proseBlocks: Span[] = [];
  const hits: SentenceHits[] = [];
  const sentenceBlock: BlockAnalysis[] = [];
  let frontMatterSources: string[] = [];
  for (const b of blocks) {
    const o = b.prose.start;
    const blockBase = proseBlocks.length;
    for (const p of b.prose.blocks) proseBlocks.push({ start: o + p.start, end: o + p.end });
    b.sentences.forEach((s, i) => {
      sentences.push({ start: o + s.start, end: o + s.end, block: blockBase + s.block });
      hits.push(b.hits[i]!);
      sentenceBlock.push(b);
    });
    for (const m of b.mentions) {
      mentions.push({ start: o + m.start, end: o + m.end, nameEnd: o + m.nameEnd, text: text.slice(o + m.start, o + m.end), entity: m.entity?.id ?? null, kind: m.kind, matched: m.matched, viaPattern: m.viaPattern });
    }
    for (const c of b.prose.comments) comments.push({ ...c, start: o + c.start, end: o + c.end });
    for (const r of b.prose.footnoteReferences) footnoteRefs.push({ start: o + r.start, end: o + r.end, label: r.label });
    for (const f of b.prose.footnoteDefinitions) footnoteDefs.push({ start: o + f.start, end: o + f.end, label: f.label, contentStart: o + f.contentStart, contentEnd: o + f.contentEnd });
    for (const l of b.prose.links) links.push({ start: o + l.start, end: o + l.end });
    if (b.prose.frontMatter) frontMatterSources = b.prose.frontMatter.sources;
  }

  const footnotes: FootnoteDefinition[] = footnoteDefs.map((f) => {
    const content = text
      .slice(f.contentStart, f.contentEnd)
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .trim();
    return { start: f.start, end: f.end, label: f.label, content: isPlaceholder(content) ? '' : content };
  });
  const footnoteByLabel = new Map<string, FootnoteDefinition>();
  for (const f of footnotes) if (!footnoteByLabel.has(f.label)) footnoteByLabel.set(f.label, f);
  const inFootnote = (p: number) => footnoteDefs.some((f) => p >= f.start && p < f.end);
  const sentenceAt = indexOfSentenceBefore(sentences);

  // Things that follow a sentence and vouch for it: source comments, verified marks, footnote markers.
  const attached = new Map<number, { comments: AnnotationComment[]; footnotes: Array<Span & { label: string }> }>();
  const attach = (p: number) => {
    const i = sentenceAt(p);
    if (i < 0) return null;
    let a = attached.get(i);
    if (!a) attached.set(i, (a = { comments: [], footnotes: [] }));
    return a;
  };
  for (const c of comments) if ((c.type === 'source' || c.type === 'verified') && !inFootnote(c.start)) attach(c.start)?.comments.push(c);
  for (const r of footnoteRefs) if (!inFootnote(r.start)) attach(r.start)?.footnotes.push(r);

  const diagnostics: Diagnostic[] = [];
  const claims: Claim[] = [];
  let li = 0;
  sentences.forEach((s, index) => {
    const h = hits[index]!;
    const att = attached.get(index);
    // Most sentences state nothing checkable and carry nothing: nothing to assemble for them.
    if (h.triggers.length === 0 && h.vague.length === 0 && !att) return;
    const o = sentenceBlock[index]!.prose.start;
    const triggers = h.triggers.map((t) => ({ start: o + t.start, end: o + t.end, reason: t.reason }));
    const vague = h.vague.map((v) => ({ start: o + v.start, end: o + v.end }));
    const attribution = h.attribution;
    const named: SourceRef | null = attribution
      ? { start: o + attribution.verb.start, end: o + attribution.verb.end, kind: attribution.quote ? 'quote' : 'attribution', text: text.slice(o + attribution.verb.start, o + attribution.verb.end) }
      : null;
    while (li < links.length && links[li]!.start < s.start) li++;
    const link = li < links.length && links[li]!.start < s.end ? links[li] : undefined;

    let source: SourceRef | null = null;
    const empties: Diagnostic[] = [];
    for (const ref of att?.footnotes ?? []) {
      const def = footnoteByLabel.get(ref.label);
      if (def && def.content !== '') source ??= { start: ref.start, end: ref.end, kind: 'footnote', text: text.slice(ref.start, ref.end) };
      else if (def) empties.push({ code: 'empty-source', severity: 'warning', start: def.start, end: def.end, message: `Footnote [^${ref.label}] is empty: write the source (who, what, when, or a link) after "[^${ref.label}]:".` });
      else empties.push({ code: 'empty-source', severity: 'warning', start: ref.start, end: ref.end, message: `Footnote [^${ref.label}] has no definition: add "[^${ref.label}]: <source>" at the end of the article.` });
    }
    let verified = false;
    for (const c of att?.comments ?? []) {
      if (c.type === 'source') {
        if (isPlaceholder(c.body)) empties.push({ code: 'empty-source', severity: 'warning', start: c.start, end: c.end, message: 'This source comment is empty: write the source (who, what, when, or a link) after "source:".' });
        else source ??= { start: c.start, end: c.end, kind: 'comment', text: c.body };
      } else if (c.type === 'verified') {
        const fp = fingerprintIn(c.body);
        if (fp !== null && fp !== sentenceFingerprint(text.slice(s.start, s.end))) {
          diagnostics.push({ code: 'stale-verification', severity: 'warning', start: c.start, end: c.end, message: 'This sentence changed after it was marked verified: check it again and renew the mark.' });
        } else {
          verified = true;
        }
      }
    }
    if (link) source ??= { start: link.start, end: link.end, kind: 'link', text: text.slice(link.start, link.end) };
    if (named && !options.requireCitation) source ??= named;

    if (triggers.length > 0) {
      const reasons = [...new Set(triggers.map((t) => t.reason))];
      claims.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), reasons, triggers, sourced: source !== null, source, verified });
      if (!source && !verified) {
        if (empties.length > 0) diagnostics.push(...empties);
        else {
          const what = reasons.map((r) => REASON_WORDS[r]).join(', ');
          const hint = options.requireCitation && named ? ' A named source without a link or footnote is not enough here (newsAnnotator.requireCitation).' : '';
          diagnostics.push({ code: 'unsourced-claim', severity: 'warning', start: s.start, end: s.end, message: `Unsourced claim (${what}): say who says so — a named source, a link, a footnote or <!-- source: … -->.${hint}` });
        }
      }
    } else {
      diagnostics.push(...empties);
    }
    if (!named && !verified) {
      for (const v of vague) {
        diagnostics.push({ code: 'vague-attribution', severity: 'warning', start: v.start, end: v.end, message: `Vague attribution "${text.slice(v.start, v.end)}": name who says or thinks so, or state it as a checked fact with a source.` });
      }
    }
  });

  for (const m of mentions) {
    if (m.entity === null) {
      diagnostics.push({ code: 'unknown-organisation', severity: 'hint', start: m.start, end: m.nameEnd, message: `"${text.slice(m.start, m.nameEnd)}" looks like an organisation (${m.kind}) that the knowledge base does not know: add it to entities.yaml, or check the spelling.` });
      continue;
    }
    const entity = kb.get(m.entity);
    const preferred = entity?.preferred?.[language];
    const written = text.slice(m.start, m.nameEnd);
    if (preferred && !m.viaPattern && written !== preferred && written.replace(/\s+/g, ' ') !== preferred) {
      diagnostics.push({ code: 'inconsistent-name', severity: 'information', start: m.start, end: m.nameEnd, message: `${language === 'sv' ? 'Swedish' : 'English'} articles spell ${entity!.name} "${preferred}", not "${written}".`, data: { preferred, entity: entity!.id } });
    }
  }

  return {
    language,
    languageDeclared,
    mentions,
    claims,
    sentences,
    comments,
    footnotes,
    diagnostics: applyDisablesAndSeverities(text, comments, diagnostics, options),
    blocks: proseBlocks,
    frontMatterSources,
  };
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

function applyDisablesAndSeverities(text: string, comments: ReadonlyArray<AnnotationComment>, diagnostics: Diagnostic[], options: AnalyzeOptions): Diagnostic[] {
  const disables = comments.filter((c) => c.type === 'disable-file' || c.type === 'disable-next-line');
  const settings = options.rules && Object.keys(options.rules).length > 0 ? options.rules : null;
  if (disables.length === 0 && !settings) return diagnostics.sort(byPosition);
  const lines = new LineIndex(text);
  const fileOff = new Set<string>();
  const lineOff = new Map<number, Set<string>>();
  for (const c of disables) {
    const { rules, reason } = parseDisableBody(c.body);
    const targets = rules.length === 0 ? ['*'] : rules;
    if (reason === '') {
      diagnostics.push({ code: 'disable-without-reason', severity: 'warning', start: c.start, end: c.end, message: 'Say why the rule is disabled: end the comment with "-- reason", so a reviewer can judge it.' });
    }
    for (const r of targets) {
      if (r !== '*' && !(r in RULES)) {
        diagnostics.push({ code: 'disable-without-reason', severity: 'warning', start: c.start, end: c.end, message: `Unknown rule "${r}" in a disable comment; known rules: ${Object.keys(RULES).join(', ')}.` });
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
    const setting = settings?.[d.code as RuleCode];
    if (setting === 'off') continue;
    if (setting) d.severity = setting;
    out.push(d);
  }
  return out.sort(byPosition);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start - b.start || a.end - b.end;
}
