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
import { capContainerNesting } from './container-nesting.js';
import { readKbYaml } from './kb-yaml.js';
import { copyString } from './string-copy.js';
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

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

type TreeTransform = (tree: { type: 'root'; children: MdNode[] }) => unknown;

/**
 * Takes the mdast transforms out of the parser's extensions and returns them. GFM has one: it looks
 * for literal URLs and e-mail addresses in every text node of the document with four regular
 * expressions (lookbehinds among them), about 7% of the parse. `parseBlocks` runs it only on the
 * blocks that can hold such a literal, which gives the same tree.
 */
function takeTransforms(extensions: unknown): TreeTransform[] {
  const taken: TreeTransform[] = [];
  if (!Array.isArray(extensions)) return taken;
  extensions.forEach((ext: unknown, i: number) => {
    if (Array.isArray(ext)) taken.push(...takeTransforms(ext));
    else if (ext && typeof ext === 'object' && Array.isArray((ext as { transforms?: unknown }).transforms)) {
      const { transforms, ...rest } = ext as { transforms: TreeTransform[] };
      taken.push(...transforms);
      extensions[i] = rest;
    }
  });
  return taken;
}
const blockTransforms = takeTransforms(processor.data('fromMarkdownExtensions'));

/**
 * GFM constructs that cost most of the parse on prose and can only match where certain characters
 * are: micromark tries the e-mail autolink literal at the start of every word (it hooks every ASCII
 * letter and digit, scans the word and gives up at its end for want of an `@`, and splits the text's
 * data tokens there), and the table at the start of every paragraph (it scans the whole first line).
 * On the corpus they were about 40% and 15% of the parse.
 *
 * Each is named (`Construct.name`, the public handle micromark's own `disable` extension field turns
 * constructs off by), and each needs a character its tokenizer consumes before it can succeed: `@`
 * for an e-mail literal, `www.` for a www literal, `http:` or `https:` for a protocol literal, and
 * for a table a `|`, or a delimiter cell `:-`/`-:` (a table without pipes: `a` over `:-`). A failed
 * attempt leaves no trace (micromark restores the tokenizer, and adjacent data tokens are merged
 * again), so where its characters are absent, parsing without the construct gives the same tree —
 * `test/unit/analysis/lean-parse.test.ts` checks it on generated documents, and checks that the
 * names still exist (if remark-gfm renamed one, nothing would be left out: slower, never different).
 */
const OPTIONAL_CONSTRUCTS: ReadonlyArray<{ names: readonly string[]; needed: (input: string) => boolean }> = [
  { names: ['emailAutolink'], needed: (input) => input.includes('@') },
  { names: ['wwwAutolink'], needed: (input) => WWW.test(input) },
  { names: ['protocolAutolink'], needed: (input) => HTTP.test(input) },
  { names: ['table'], needed: (input) => input.includes('|') || input.includes(':-') || input.includes('-:') },
];
const WWW = /www/i;
const HTTP = /http/i;
/** Processors without some optional constructs, by the bit mask of those left out (0: `processor`). */
const leanProcessors: Array<typeof processor | undefined> = [processor];

/** The processor for `input`: the full one less the optional constructs that cannot match in it. */
export function processorFor(input: string): typeof processor {
  let without = 0;
  for (let i = 0; i < OPTIONAL_CONSTRUCTS.length; i++) if (!OPTIONAL_CONSTRUCTS[i]!.needed(input)) without |= 1 << i;
  return (leanProcessors[without] ??= leanProcessor(without));
}

function leanProcessor(without: number): typeof processor {
  const drop = new Set<string>();
  OPTIONAL_CONSTRUCTS.forEach((c, i) => {
    if (without & (1 << i)) for (const n of c.names) drop.add(n);
  });
  const extensions = (processor.data('micromarkExtensions') ?? []).map((ext) => withoutConstructs(ext, drop));
  // The same mdast extensions (already without their transforms, see above) and settings. The cast:
  // it parses to the same mdast Root; only the plugins' type-level additions are missing from it.
  return unified().use(remarkParse).data('micromarkExtensions', extensions).data('fromMarkdownExtensions', processor.data('fromMarkdownExtensions') ?? []).data('settings', processor.data('settings')).freeze() as unknown as typeof processor;
}

type MicromarkExtension = NonNullable<import('unified').Data['micromarkExtensions']>[number];
/** Fields of a micromark extension that map character codes to constructs (the rest are lists of codes or names). */
const CONSTRUCT_FIELDS = ['document', 'contentInitial', 'flowInitial', 'flow', 'string', 'text'] as const;

/** A copy of a micromark extension without the constructs named in `drop`. */
function withoutConstructs(ext: MicromarkExtension, drop: ReadonlySet<string>): MicromarkExtension {
  const out: MicromarkExtension = { ...ext };
  for (const field of CONSTRUCT_FIELDS) {
    const record = ext[field];
    if (!record) continue;
    const copy: typeof record = {};
    for (const key of Object.keys(record) as Array<keyof typeof record>) {
      const value = record[key];
      const list = Array.isArray(value) ? value : value ? [value] : [];
      const kept = list.filter((c) => !(c.name && drop.has(c.name)));
      if (kept.length > 0) (copy as Record<string, unknown>)[key as string] = Array.isArray(value) ? kept : kept[0];
    }
    out[field] = copy;
  }
  return out;
}
/**
 * Source text in which the GFM literal-autolink transform can find something: it needs `@` (e-mail,
 * mailto:, xmpp:), `www.` or `http(s)://` in a text node. Text nodes hold decoded source, so a
 * character reference (`&`) or an escape (`\`) could make one too.
 */
const TRANSFORM_CANDIDATE = /[@&\\]|www|http/i;

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
  const capped = capContainerNesting(input);
  const tree = processorFor(capped).parse(capped) as MdNode;
  const out: ProseBlock[] = [];
  for (const child of tree.children ?? []) {
    const s = child.position?.start.offset ?? 0;
    const e = child.position?.end.offset ?? 0;
    if (s >= slice.length) break;
    if (blockTransforms.length > 0 && TRANSFORM_CANDIDATE.test(slice.slice(s, e))) transformBlock(child, input);
    out.push(proseOf(child, slice, s, Math.min(e, slice.length), from));
  }
  return out;
}

/**
 * Runs the GFM transforms on one root child. The literal-autolink transform splits a text node into
 * text and link nodes that carry no position (a quoted `"www.example.com"`, an escaped `\@`);
 * without one their prose would be blanked and the link placed at the start of the parsed text.
 * They get the positions of what they replaced: by length where the text node's value is its
 * source as written, else the whole span of the text node each.
 */
function transformBlock(child: MdNode, input: string): void {
  const parents: Array<[MdNode, MdNode[]]> = [];
  const collect = (n: MdNode) => {
    if (!n.children) return;
    if (n.children.some((c) => c.type === 'text')) parents.push([n, n.children.slice()]);
    for (const c of n.children) collect(c);
  };
  collect(child);
  for (const transform of blockTransforms) transform({ type: 'root', children: [child] });
  for (const [parent, before] of parents) {
    const now = parent.children!;
    if (now.length === before.length && now.every((c, i) => c === before[i])) continue;
    const remaining = new Set(now);
    const was = new Set(before);
    let k = 0;
    for (const old of before) {
      if (remaining.has(old)) {
        while (k < now.length && now[k] !== old) k++;
        k++;
        continue;
      }
      // `old` was replaced by the position-less nodes from index k up to the next kept node.
      const from = old.position?.start.offset;
      const to = old.position?.end.offset;
      let at = from ?? 0;
      const verbatim = from !== undefined && to !== undefined && input.slice(from, to) === old.value;
      while (k < now.length && !was.has(now[k]!)) {
        const piece = now[k++]!;
        const length = verbatim ? textLength(piece) : 0;
        placeAt(piece, verbatim ? at : (from ?? 0), verbatim ? at + length : (to ?? 0));
        at += length;
      }
    }
  }
}

function textLength(n: MdNode): number {
  if (n.type === 'text') return n.value?.length ?? 0;
  let sum = 0;
  for (const c of n.children ?? []) sum += textLength(c);
  return sum;
}

function placeAt(n: MdNode, start: number, end: number): void {
  if (!n.position) n.position = { start: { offset: start }, end: { offset: end } };
  for (const c of n.children ?? []) placeAt(c, start, end);
}

/** Below this size a document is parsed in one piece. */
const CHUNKED_MIN = 24 * 1024;
/** Target size of the pieces a long document is parsed in. */
const CHUNK_SIZE = 4 * 1024;
/**
 * Where a piece may end: after a blank line, before a line that starts at the left margin with a
 * character that cannot continue a list, a block quote or an indented block (`-`, `*`, `+`, a digit,
 * `>`, `|`, space or tab could).
 */
const PIECE_BREAK = /\n[ \t]*\r?\n(?=[^\s>*+\-\d|])/g;
const FRONT_MATTER_START = /^\uFEFF?---/;

/**
 * The top-level blocks of a whole document, as `parseBlocks(source)` gives them. A long document
 * is parsed in pieces of about CHUNK_SIZE: micromark keeps every event of its input until the end,
 * so one 1 MB parse promotes all of them to the old generation and spends a fifth of its time in
 * the garbage collector; pieces of 4 KB stay in the young generation and parse about 30% faster
 * (measured on 1 MB of corpus text: 4 KB pieces 0.71× one parse, 8 KB 0.77×, 16 KB 0.79×).
 *
 * Pieces give the same blocks as one parse because a piece ends only where nothing can carry over:
 * after a blank line (it ends paragraphs, tables, setext and lazy lines), before a line at the left
 * margin that cannot continue a list or quote. What can cross a blank line — a fenced code block or
 * an HTML block still open, front matter — is seen in the piece's own parse: its last block then
 * runs on into the trailing blank line, and the rest of the document is parsed in one go. Link and
 * footnote definitions resolve across the whole document, so a document that may hold one (`]:`)
 * is parsed in one piece.
 */
export function parseDocument(source: string): ProseBlock[] {
  if (source.length < CHUNKED_MIN || source.includes(']:')) return parseBlocks(source);
  const out: ProseBlock[] = [];
  let from = 0;
  PIECE_BREAK.lastIndex = 0;
  while (from < source.length) {
    let to = source.length;
    if (source.length - from > CHUNK_SIZE * 1.5) {
      PIECE_BREAK.lastIndex = from + CHUNK_SIZE;
      const m = PIECE_BREAK.exec(source);
      if (m) to = m.index + m[0].length;
    }
    let blocks = parseBlocks(source, from, to);
    if (to < source.length && !pieceEndsClean(source, from, to, blocks)) {
      to = source.length;
      blocks = parseBlocks(source, from, to);
    }
    for (const b of blocks) out.push(b);
    from = to;
  }
  return out;
}

/** True when nothing is left open at the end of the piece source[from, to), which ends with a blank line. */
function pieceEndsClean(source: string, from: number, to: number, blocks: ReadonlyArray<ProseBlock>): boolean {
  if (from === 0 && FRONT_MATTER_START.test(source) && blocks[0]?.type !== 'yaml') return false;
  const last = blocks[blocks.length - 1];
  if (!last) return true;
  // The end of the last line with content: an open fence or HTML block runs past it, into the blank line.
  let i = to;
  while (i > from && isBlank(source.charCodeAt(i - 1))) i--;
  while (i < to && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i++;
  return last.end <= i;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
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
    for (const c of parseAnnotationComments(source, start(n), end(n))) block.comments.push({ ...c, body: copyString(c.body) });
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
      block.footnoteReferences.push({ start: ms, end: ms + m[0].length, label: copyString(m[1]!) });
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
        block.footnoteReferences.push({ start: start(n), end: end(n), label: copyString(String(n.label ?? n.identifier ?? '')) });
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
        block.footnoteDefinitions.push({ start: start(n), end: end(n), label: copyString(m[1]!), contentStart: start(n) + m[0].length, contentEnd: end(n) });
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
          label: copyString(String(n.label ?? n.identifier ?? '')),
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
  // A copy: a block whose text is all prose would otherwise be a view into the whole article, and
  // the incremental analysis keeps blocks across edits (each would keep its version of the article).
  block.masked = copyString(maskExcept(source, keep));
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

/**
 * The article's language and sources from its front matter. Front matter is almost always a
 * mapping of one-line scalars (`id: …`, `lang: sv`): indented under `- `, that is a one-item
 * knowledge-base file, which `readKbYaml` reads as js-yaml would in a fraction of js-yaml's time
 * (js-yaml was about 2% of checking an archive of short articles) and leaves anything else to
 * js-yaml. Indenting every line by the same amount changes no YAML structure.
 */
export function readFrontMatter(yamlText: string): FrontMatter {
  let data: unknown;
  try {
    const fast = readKbYaml('- ' + yamlText.replace(/\n/g, '\n  '));
    data = fast && fast.length === 1 ? fast[0] : jsYaml.load(yamlText);
  } catch {
    return { sources: [] };
  }
  return frontMatterOf(data);
}

/** The article's language and sources from its front matter as parsed YAML (anything else: none). */
export function frontMatterOf(data: unknown): FrontMatter {
  const fm: FrontMatter = { sources: [] };
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    const lang = typeof d.lang === 'string' ? d.lang : typeof d.language === 'string' ? d.language : undefined;
    if (lang === 'sv' || lang === 'en') fm.lang = lang;
    const sources = d.sources;
    if (Array.isArray(sources)) fm.sources = sources.filter((s): s is string => typeof s === 'string').map(copyString);
    else if (typeof sources === 'string') fm.sources = [copyString(sources)];
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
  return copyString(parts.join('\n\n'));
}
