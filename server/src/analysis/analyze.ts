// The analysis of one article: Markdown → prose → sentences → mentions, claims and their sources →
// diagnostics. Pure and total: it does no IO and turns any internal failure into a diagnostic.
import { isPlaceholder, parseDisableBody } from './annotation-comments.js';
import { findNamedAttribution } from './attribution.js';
import { ClaimScanner } from './claims.js';
import { fingerprintIn, sentenceFingerprint } from './fingerprint.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { detectLanguage } from './language.js';
import { LineIndex } from './line-index.js';
import { parseMarkdown, type ProseDocument } from './markdown-prose.js';
import { RULES } from './rules.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
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
import { findUnknownOrganisations } from './unknown-organisations.js';

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
  const fixedLanguage = options.language && options.language !== 'auto' ? options.language : undefined;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (text.length > maxSize) {
    const r = emptyResult(fixedLanguage ?? 'en');
    r.skipped = 'too-large';
    r.diagnostics.push({ code: 'file-too-large', severity: 'information', start: 0, end: 0, message: `Not analysed: the file has ${text.length.toLocaleString('en')} characters, more than the limit of ${maxSize.toLocaleString('en')} (setting newsAnnotator.maxFileSize).` });
    return r;
  }
  if (looksBinary(text)) {
    const r = emptyResult(fixedLanguage ?? 'en');
    r.skipped = 'binary';
    r.diagnostics.push({ code: 'binary-file', severity: 'information', start: 0, end: 0, message: 'Not analysed: the file holds binary data (NUL characters), not article text.' });
    return r;
  }
  try {
    return analyzeMarkdown(text, kb, options, fixedLanguage);
  } catch (err) {
    const r = emptyResult(fixedLanguage ?? 'en');
    r.diagnostics.push({ code: 'analysis-failed', severity: 'error', start: 0, end: 0, message: `The analysis failed on this file and found nothing: ${(err as Error)?.message ?? String(err)}. Please report it with the file.` });
    return r;
  }
}

function analyzeMarkdown(text: string, kb: KnowledgeBase, options: AnalyzeOptions, fixedLanguage: Language | undefined): AnalysisResult {
  const doc = parseMarkdown(text);
  const { masked } = doc;
  const language: Language = fixedLanguage ?? doc.frontMatter?.lang ?? detectLanguage(masked);
  const languageDeclared = !fixedLanguage && doc.frontMatter?.lang !== undefined;

  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const matcher = kb.matcher;
  doc.blocks.forEach((block, index) => {
    const blockSentences = splitSentences(masked, block.start, block.end);
    for (const s of blockSentences) sentences.push({ ...s, block: index });
    const tokens = tokenize(masked, block.start, block.end);
    if (tokens.length === 0) return;
    const known = matcher.match(masked, tokens);
    for (const m of known) {
      mentions.push({ start: m.start, end: m.end, nameEnd: m.nameEnd, text: text.slice(m.start, m.end), entity: m.entity.id, kind: m.entity.kind, matched: m.form, viaPattern: m.viaPattern });
    }
    const starts = new Set(blockSentences.map((s) => s.start));
    for (const u of findUnknownOrganisations(masked, tokens, known, starts)) {
      mentions.push({ start: u.start, end: u.end, nameEnd: u.nameEnd, text: text.slice(u.start, u.end), entity: null, kind: u.kind, matched: null, viaPattern: false });
    }
  });
  mentions.sort((a, b) => a.start - b.start);

  const footnotes = footnoteDefinitions(text, doc);
  const inFootnote = (p: number) => doc.footnoteDefinitions.some((f) => p >= f.start && p < f.end);
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
  for (const c of doc.comments) if ((c.type === 'source' || c.type === 'verified') && !inFootnote(c.start)) attach(c.start)?.comments.push(c);
  for (const r of doc.footnoteReferences) if (!inFootnote(r.start)) attach(r.start)?.footnotes.push(r);

  const diagnostics: Diagnostic[] = [];
  const claims: Claim[] = [];
  const scanner = new ClaimScanner(masked, language);
  let li = 0;
  let mi = 0;
  sentences.forEach((s, index) => {
    while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
    const hasMention = mi < mentions.length && mentions[mi]!.start < s.end;
    const { triggers, vague, attributions } = scanner.sentence(s);
    const named = findNamedAttribution(text, masked, s, language, attributions, hasMention);
    const att = attached.get(index);
    while (li < doc.links.length && doc.links[li]!.start < s.start) li++;
    const link = li < doc.links.length && doc.links[li]!.start < s.end ? doc.links[li] : undefined;

    let source: SourceRef | null = null;
    const empties: Diagnostic[] = [];
    for (const ref of att?.footnotes ?? []) {
      const def = footnotes.find((f) => f.label === ref.label);
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

  const result: AnalysisResult = {
    language,
    languageDeclared,
    mentions,
    claims,
    sentences,
    comments: doc.comments,
    footnotes,
    diagnostics: [],
    blocks: doc.blocks,
    frontMatterSources: doc.frontMatter?.sources ?? [],
  };
  result.diagnostics = applyDisablesAndSeverities(text, doc.comments, diagnostics, options);
  return result;
}

function footnoteDefinitions(text: string, doc: ProseDocument): FootnoteDefinition[] {
  return doc.footnoteDefinitions.map((f) => {
    const content = text
      .slice(f.contentStart, f.contentEnd)
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .trim();
    return { start: f.start, end: f.end, label: f.label, content: isPlaceholder(content) ? '' : content };
  });
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
  const lines = new LineIndex(text);
  const fileOff = new Set<string>();
  const lineOff = new Map<number, Set<string>>();
  const extra: Diagnostic[] = [];
  for (const c of comments) {
    if (c.type !== 'disable-file' && c.type !== 'disable-next-line') continue;
    const { rules, reason } = parseDisableBody(c.body);
    const targets = rules.length === 0 ? ['*'] : rules;
    if (reason === '') {
      extra.push({ code: 'disable-without-reason', severity: 'warning', start: c.start, end: c.end, message: 'Say why the rule is disabled: end the comment with "-- reason", so a reviewer can judge it.' });
    }
    for (const r of targets) {
      if (r !== '*' && !(r in RULES)) {
        extra.push({ code: 'disable-without-reason', severity: 'warning', start: c.start, end: c.end, message: `Unknown rule "${r}" in a disable comment; known rules: ${Object.keys(RULES).join(', ')}.` });
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
  for (const d of [...diagnostics, ...extra]) {
    if (d.code !== 'disable-without-reason') {
      if (fileOff.has(d.code) || fileOff.has('*')) continue;
      const set = lineOff.get(lines.positionAt(d.start).line);
      if (set && (set.has(d.code) || set.has('*'))) continue;
    }
    const setting = options.rules?.[d.code as RuleCode];
    if (setting === 'off') continue;
    out.push(setting ? { ...d, severity: setting } : { ...d, severity: d.severity ?? RULES[d.code].defaultSeverity });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
