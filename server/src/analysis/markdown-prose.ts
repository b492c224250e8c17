// Turns Markdown into prose the rules can read, without ever moving an offset: for each top-level
// block (a child of the document root) it keeps a copy of the block's source in which everything
// that is not prose text (markup, code, URLs, HTML, footnote markers) is blanked out with spaces.
// Rules then work on plain strings, and their offsets are offsets into the original article.
// Top-level blocks are the unit of incremental re-analysis (see incremental.ts): every span in a
// `ProseBlock` is relative to the block's start, so moving a block is a change of one number.
import jsYaml from 'js-yaml';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseAnnotationComments } from './annotation-comments.js';
import type { AnnotationComment, Language, Span } from './types.js';

export interface FootnoteReference extends Span {
  label: string;
}

export interface FootnoteDefinitionNode extends Span {
  label: string;
  /** Span of the definition's content (after `[^n]:`), possibly empty. */
  contentStart: number;
  contentEnd: number;
}

export interface FrontMatter {
  lang?: Language;
  sources: string[];
}

/** One child of the document root, with every span relative to `start`. */
export interface ProseBlock {
  start: number;
  end: number;
  type: string;
  /** The block's source, with non-prose characters replaced by spaces (line breaks kept). */
  masked: string;
  /** Prose blocks (paragraphs, headings, table cells) inside this block. */
  blocks: Span[];
  links: Span[];
  footnoteReferences: FootnoteReference[];
  footnoteDefinitions: FootnoteDefinitionNode[];
  /** Link reference definitions (`[x]: url`) — their source is needed to re-parse other blocks alone. */
  definitions: Span[];
  comments: AnnotationComment[];
  frontMatter: FrontMatter | null;
}

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  label?: string | null;
  identifier?: string;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const LITERAL_FOOTNOTE = /\[\^([^\]\s]{1,64})\]/g;
const EMPTY_DEFINITION = /^\[\^([^\]\s]{1,64})\]:/;
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED_BLOCKS = new Set(['code', 'math', 'thematicBreak']);

/**
 * Parses source[from, to) and returns its top-level blocks with absolute `start`/`end`.
 * `context` is Markdown appended after the range (separated by a blank line) so that references in
 * the range resolve as they do in the whole document: the document's link and footnote definitions.
 * Blocks that come from the context are dropped.
 */
export function parseBlocks(source: string, from = 0, to = source.length, context = ''): ProseBlock[] {
  // micromark drops a leading BOM and counts offsets from after it.
  if (from === 0 && source.charCodeAt(0) === 0xfeff) from = 1;
  const slice = source.slice(from, to);
  const input = context ? `${slice}\n\n${context}` : slice;
  const tree = processor.parse(input) as MdNode;
  const out: ProseBlock[] = [];
  for (const child of tree.children ?? []) {
    const s = child.position?.start.offset ?? 0;
    const e = child.position?.end.offset ?? 0;
    if (s >= slice.length) break;
    out.push(proseOf(child, slice, s, Math.min(e, slice.length), from));
  }
  return out;
}

/** Builds the prose block of one root child; `text` is the parsed text, `base` its offset in the article. */
function proseOf(node: MdNode, text: string, blockStart: number, blockEnd: number, base: number): ProseBlock {
  const rel = (n: MdNode, which: 'start' | 'end') => (n.position?.[which].offset ?? 0) - blockStart;
  const start = (n: MdNode) => rel(n, 'start');
  const end = (n: MdNode) => rel(n, 'end');
  const source = text.slice(blockStart, blockEnd);
  const keep: Array<[number, number]> = [];
  const block: ProseBlock = {
    start: base + blockStart,
    end: base + blockEnd,
    type: node.type,
    masked: '',
    blocks: [],
    links: [],
    footnoteReferences: [],
    footnoteDefinitions: [],
    definitions: [],
    comments: [],
    frontMatter: null,
  };

  const htmlComments = (n: MdNode) => {
    for (const c of parseAnnotationComments(source, start(n), end(n))) block.comments.push(c);
  };

  // GFM turns `[^1]` into a reference only when a definition with text exists. The quick fix
  // leaves an empty `[^1]: ` for the editor to fill in, which GFM reads as plain text: find those here.
  const anyMarker = source.includes('[^');
  const keepText = (s: number, e: number) => {
    const at = anyMarker ? source.indexOf('[^', s) : -1;
    if (at === -1 || at >= e) {
      keep.push([s, e]);
      return;
    }
    let pos = s;
    for (const m of source.slice(s, e).matchAll(LITERAL_FOOTNOTE)) {
      const ms = s + m.index;
      block.footnoteReferences.push({ start: ms, end: ms + m[0].length, label: m[1]! });
      if (ms > pos) keep.push([pos, ms]);
      pos = ms + m[0].length;
    }
    if (e > pos) keep.push([pos, e]);
  };

  const inline = (n: MdNode, inProse: boolean) => {
    switch (n.type) {
      case 'text':
        if (inProse) keepText(start(n), end(n));
        return;
      case 'html':
        htmlComments(n);
        return;
      case 'footnoteReference':
        block.footnoteReferences.push({ start: start(n), end: end(n), label: String(n.label ?? n.identifier ?? '') });
        return;
      case 'link':
      case 'linkReference':
        if (inProse) block.links.push({ start: start(n), end: end(n) });
        break;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'inlineMath':
        return;
    }
    for (const c of n.children ?? []) inline(c, inProse);
  };

  const walk = (n: MdNode) => {
    if (n.type === 'paragraph') {
      const m = EMPTY_DEFINITION.exec(source.slice(start(n), Math.min(end(n), start(n) + 200)));
      if (m) {
        block.footnoteDefinitions.push({ start: start(n), end: end(n), label: m[1]!, contentStart: start(n) + m[0].length, contentEnd: end(n) });
        return;
      }
    }
    if (PROSE_BLOCKS.has(n.type)) {
      block.blocks.push({ start: start(n), end: end(n) });
      for (const c of n.children ?? []) inline(c, true);
      return;
    }
    if (SKIPPED_BLOCKS.has(n.type)) return;
    switch (n.type) {
      case 'definition':
        block.definitions.push({ start: start(n), end: end(n) });
        return;
      case 'yaml':
        block.frontMatter = readFrontMatter(n.value ?? '');
        return;
      case 'html':
        htmlComments(n);
        return;
      case 'footnoteDefinition': {
        const first = n.children?.[0];
        const last = n.children?.[n.children.length - 1];
        block.footnoteDefinitions.push({
          start: start(n),
          end: end(n),
          label: String(n.label ?? n.identifier ?? ''),
          contentStart: first ? start(first) : end(n),
          contentEnd: last ? end(last) : end(n),
        });
        // Comments and references inside a definition still count; its prose is a source, not a claim.
        for (const c of n.children ?? []) inline(c, false);
        return;
      }
    }
    for (const c of n.children ?? []) walk(c);
  };

  walk(node);
  block.masked = maskExcept(source, keep);
  return block;
}

const SPACES = ' '.repeat(1024);
function spaces(n: number): string {
  if (n <= SPACES.length) return SPACES.slice(0, n);
  return ' '.repeat(n);
}

/** A copy of `source` with every character outside the kept ranges blanked (line breaks kept). */
function maskExcept(source: string, keep: Array<[number, number]>): string {
  keep.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of keep) {
    if (s > pos) parts.push(blank(source, pos, s));
    if (e > Math.max(s, pos)) parts.push(source.slice(Math.max(s, pos), e));
    pos = Math.max(pos, e);
  }
  if (pos < source.length) parts.push(blank(source, pos, source.length));
  return parts.join('');
}

/** Blanks a range but keeps its line breaks, so sentence and block logic still sees them. */
function blank(source: string, from: number, to: number): string {
  let out = '';
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      out += spaces(i - runStart) + source[i];
      runStart = i + 1;
    }
  }
  return out + spaces(to - runStart);
}

function readFrontMatter(yamlText: string): FrontMatter {
  const fm: FrontMatter = { sources: [] };
  let data: unknown;
  try {
    data = jsYaml.load(yamlText);
  } catch {
    return fm;
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    const lang = typeof d.lang === 'string' ? d.lang : typeof d.language === 'string' ? d.language : undefined;
    if (lang === 'sv' || lang === 'en') fm.lang = lang;
    const sources = d.sources;
    if (Array.isArray(sources)) fm.sources = sources.filter((s): s is string => typeof s === 'string');
    else if (typeof sources === 'string') fm.sources = [sources];
  }
  return fm;
}

/** The Markdown of the blocks' link and footnote definitions, for re-parsing other blocks alone. */
export function definitionsContext(source: string, blocks: ReadonlyArray<ProseBlock>): string {
  const parts: string[] = [];
  for (const b of blocks) {
    for (const d of b.definitions) parts.push(source.slice(b.start + d.start, b.start + d.end));
    for (const f of b.footnoteDefinitions) parts.push(source.slice(b.start + f.start, b.start + f.end));
  }
  return parts.join('\n\n');
}
