// Re-analysis after an edit that re-parses only the top-level blocks around the change. A full
// parse of a 1 MB article takes about a second, far over the 30 ms a keystroke may cost (issue 6).
// The result is always identical to a full analysis of the new text (a test checks this on random
// edits); whenever an edit could change how the rest of the file parses — front matter, code fences,
// HTML, link or footnote definitions, the language — it falls back to a full parse.
import { analyzeDetailed, assemble, chooseLanguage, LANGUAGE_SAMPLE } from './analyze.js';
import { analyzeBlock, moveBlock, type BlockAnalysis } from './block-analysis.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { definitionsContext, parseBlocks, type ProseBlock } from './markdown-prose.js';
import type { AnalysisResult, AnalyzeOptions, Language } from './types.js';

/** Characters whose appearance or removal in an edit can change the parse beyond nearby blocks. */
const UNSAFE_EDIT = /```|~~~|<|\]:/;
const UNSAFE_REGION = /```|~~~|<!--|-->/;
/** A document that starts like front matter: whether it is one depends on the rest of the file. */
const FRONT_MATTER_FENCE = /^\ufeff?-/;
/** A BOM or a front-matter fence, tested (sticky) at the start of a document or region. */
const FRONT_FENCE = /\ufeff|---[ \t]*(?:\r\n|\r|\n|$)/y;

export class IncrementalAnalysis {
  /** How the last update was done, for tests and benchmarks. */
  lastUpdate: 'full' | 'incremental' | 'unchanged' = 'full';

  private constructor(
    readonly text: string,
    readonly result: AnalysisResult,
    private readonly blocks: BlockAnalysis[] | null,
    private readonly kb: KnowledgeBase,
    private readonly options: AnalyzeOptions,
    private readonly context: string,
  ) {}

  static full(text: string, kb: KnowledgeBase, options: AnalyzeOptions = {}): IncrementalAnalysis {
    const { result, blocks, prose } = analyzeDetailed(text, kb, options);
    return new IncrementalAnalysis(text, result, blocks, kb, options, prose ? definitionsContext(text, prose) : '');
  }

  /** The analysis of `text`, reusing this one's blocks where the edit left them alone. */
  update(text: string, kb: KnowledgeBase = this.kb, options: AnalyzeOptions = this.options): IncrementalAnalysis {
    if (text === this.text && kb === this.kb && options === this.options) {
      this.lastUpdate = 'unchanged';
      return this;
    }
    const next = kb === this.kb && options === this.options && this.blocks ? this.tryIncremental(text) : null;
    const out = next ?? IncrementalAnalysis.full(text, kb, options);
    out.lastUpdate = next ? 'incremental' : 'full';
    return out;
  }

  private tryIncremental(text: string): IncrementalAnalysis | null {
    const old = this.text;
    const blocks = this.blocks!;
    if (blocks.length < 3 || text.length > (this.options.maxFileSize ?? Infinity)) return null;
    // The changed range: common prefix and suffix of the old and new text.
    const { prefix: p, suffix: q } = commonEnds(old, text);
    const oldEnd = old.length - q;
    const newEnd = text.length - q;
    const delta = text.length - old.length;
    if (UNSAFE_EDIT.test(old.slice(Math.max(0, p - 2), oldEnd + 2)) || UNSAFE_EDIT.test(text.slice(Math.max(0, p - 2), newEnd + 2))) return null;
    if (text.slice(p, newEnd).includes('\0')) return null;

    // Blocks [i0, i1) are re-parsed: those the edit touches plus one neighbour on each side.
    // A block starting later on the last line the edit touches changes with it (`**` typed before
    // ` - item` makes the list item a paragraph, which can then run on into the next block).
    const lf = old.indexOf('\n', oldEnd);
    const cr = old.indexOf('\r', oldEnd);
    const eol = Math.min(lf === -1 ? old.length : lf, cr === -1 ? old.length : cr);
    let i0 = lastBlockStartingAtOrBefore(blocks, p);
    let i1 = firstBlockStartingAtOrAfter(blocks, eol + 1);
    i0 = Math.max(0, i0 - 1);
    i1 = Math.min(blocks.length, i1 + 1);
    // At the start of the file the region starts at 0, unless front matter is (or may become) there;
    // at the end it runs to the end of the file: typing at the end of an article is the usual case.
    if (i0 === 0 && (blocks[0]!.prose.type === 'yaml' || FRONT_MATTER_FENCE.test(old) || FRONT_MATTER_FENCE.test(text))) return null;
    const regionStart = i0 === 0 ? 0 : blocks[i0]!.start;
    const regionEnd = i1 >= blocks.length ? old.length : blocks[i1]!.start; // in the old text; + delta in the new one
    // What starts a document parses differently mid-document: micromark drops a leading U+FEFF (a
    // BOM), and remark-frontmatter reads a leading `---` line as front matter. A region starting with
    // either would not parse as it does in the whole article.
    FRONT_FENCE.lastIndex = regionStart;
    if (FRONT_FENCE.test(text)) return null;
    // An unclosed front-matter fence (`---` on the first line and no closing one) changes how the
    // rest of the document parses (remark-frontmatter then reads `>` and `-` lines as paragraphs).
    FRONT_FENCE.lastIndex = 0;
    if (blocks[0]!.prose.type !== 'yaml' && FRONT_FENCE.test(old)) return null;
    for (let i = i0; i < i1; i++) {
      const pr = blocks[i]!.prose;
      if (pr.definitions.length > 0 || pr.footnoteDefinitions.length > 0 || pr.frontMatter || pr.type === 'html' || pr.type === 'code') return null;
    }
    const newRegion = text.slice(regionStart, regionEnd + delta);
    if (UNSAFE_REGION.test(newRegion)) return null;

    let reparsed: ProseBlock[];
    try {
      reparsed = parseBlocks(text, regionStart, regionEnd + delta, this.context);
    } catch {
      return null;
    }
    for (const pr of reparsed) {
      if (pr.definitions.length > 0 || pr.footnoteDefinitions.length > 0 || pr.frontMatter || pr.type === 'html' || pr.type === 'code') return null;
    }
    const fixed = this.options.language && this.options.language !== 'auto' ? this.options.language : undefined;
    const language: Language = this.result.language;
    const fresh = reparsed.map((pr) => analyzeBlock(pr, language, this.kb.matcher));
    const nextBlocks: BlockAnalysis[] = new Array(i0 + fresh.length + blocks.length - i1);
    let n = 0;
    for (let i = 0; i < i0; i++) nextBlocks[n++] = blocks[i]!;
    for (const b of fresh) nextBlocks[n++] = b;
    for (let i = i1; i < blocks.length; i++) nextBlocks[n++] = moveBlock(blocks[i]!, delta);
    // Detection reads the first prose of the article: an edit there may change the language.
    if (!fixed && !this.result.languageDeclared && regionStart < LANGUAGE_SAMPLE * 2) {
      const again = chooseLanguage(
        nextBlocks.map((b) => b.prose),
        undefined,
      );
      if (again.language !== language) return null;
    }
    const result = assemble(text, nextBlocks, this.kb, this.options, language, this.result.languageDeclared);
    return new IncrementalAnalysis(text, result, nextBlocks, this.kb, this.options, this.context);
  }
}

function lastBlockStartingAtOrBefore(blocks: ReadonlyArray<BlockAnalysis>, offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function firstBlockStartingAtOrAfter(blocks: ReadonlyArray<BlockAnalysis>, offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lengths of the common prefix and suffix (not overlapping). Compares in native chunks, large ones first. */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let p = 0;
  for (const chunk of CHUNKS) {
    while (p + chunk <= max && a.substr(p, chunk) === b.substr(p, chunk)) p += chunk;
  }
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  for (const chunk of CHUNKS) {
    while (q + chunk <= max - p && a.substr(a.length - q - chunk, chunk) === b.substr(b.length - q - chunk, chunk)) q += chunk;
  }
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return { prefix: p, suffix: q };
}
const CHUNKS = [65536, 4096, 256, 16];
