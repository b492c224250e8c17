// Turns Markdown into prose the rules can read, without ever moving an offset: the result is a copy
// of the source of the same length in which everything that is not prose text (markup, code, URLs,
// HTML, footnote markers) is blanked out with spaces. Rules then work on plain strings and their
// offsets are offsets into the original article.
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
  /** Source span of the definition's content (after `[^n]:`), possibly empty. */
  contentStart: number;
  contentEnd: number;
}

export interface ProseDocument {
  /** Same length as the source; non-prose characters replaced by spaces. */
  masked: string;
  /** Prose blocks (paragraphs, headings, table cells) in document order. */
  blocks: Span[];
  /** Links and link references inside prose. */
  links: Span[];
  footnoteReferences: FootnoteReference[];
  footnoteDefinitions: FootnoteDefinitionNode[];
  comments: AnnotationComment[];
  frontMatter: { span: Span; lang?: Language; sources: string[] } | null;
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
const SKIPPED_BLOCKS = new Set(['code', 'math', 'definition', 'thematicBreak']);

export function parseMarkdown(source: string): ProseDocument {
  // micromark drops a leading BOM and counts offsets from after it.
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = processor.parse(shift ? source.slice(1) : source) as MdNode;
  const start = (n: MdNode) => (n.position?.start.offset ?? 0) + shift;
  const end = (n: MdNode) => (n.position?.end.offset ?? 0) + shift;

  const keep: Array<[number, number]> = [];
  const doc: ProseDocument = {
    masked: '',
    blocks: [],
    links: [],
    footnoteReferences: [],
    footnoteDefinitions: [],
    comments: [],
    frontMatter: null,
  };

  const htmlComments = (n: MdNode) => {
    for (const c of parseAnnotationComments(source, start(n), end(n))) doc.comments.push(c);
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
        doc.footnoteReferences.push({ start: start(n), end: end(n), label: String(n.label ?? n.identifier ?? '') });
        return;
      case 'link':
      case 'linkReference':
        if (inProse) doc.links.push({ start: start(n), end: end(n) });
        break;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'inlineMath':
        return;
    }
    for (const c of n.children ?? []) inline(c, inProse);
  };

  // GFM turns `[^1]` into a reference only when a definition with text exists. The quick fix
  // leaves an empty `[^1]: ` for the editor to fill in, which GFM reads as plain text: find those here.
  const markers: number[] = [];
  for (let i = source.indexOf('[^'); i !== -1; i = source.indexOf('[^', i + 2)) markers.push(i);
  const hasFootnoteMarker = (s: number, e: number) => {
    let lo = 0;
    let hi = markers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo < markers.length && markers[lo]! < e;
  };
  const keepText = (s: number, e: number) => {
    let pos = s;
    if (!hasFootnoteMarker(s, e)) {
      keep.push([s, e]);
      return;
    }
    const slice = source.slice(s, e);
    for (const m of slice.matchAll(LITERAL_FOOTNOTE)) {
      const ms = s + m.index;
      doc.footnoteReferences.push({ start: ms, end: ms + m[0].length, label: m[1]! });
      if (ms > pos) keep.push([pos, ms]);
      pos = ms + m[0].length;
    }
    if (e > pos) keep.push([pos, e]);
  };

  const block = (n: MdNode) => {
    if (n.type === 'paragraph') {
      const m = EMPTY_DEFINITION.exec(source.slice(start(n), Math.min(end(n), start(n) + 200)));
      if (m) {
        doc.footnoteDefinitions.push({ start: start(n), end: end(n), label: m[1]!, contentStart: start(n) + m[0].length, contentEnd: end(n) });
        return;
      }
    }
    if (PROSE_BLOCKS.has(n.type)) {
      doc.blocks.push({ start: start(n), end: end(n) });
      for (const c of n.children ?? []) inline(c, true);
      return;
    }
    if (SKIPPED_BLOCKS.has(n.type)) return;
    switch (n.type) {
      case 'yaml':
        doc.frontMatter = readFrontMatter(n.value ?? '', { start: start(n), end: end(n) });
        return;
      case 'html':
        htmlComments(n);
        return;
      case 'footnoteDefinition': {
        const first = n.children?.[0];
        const last = n.children?.[n.children.length - 1];
        doc.footnoteDefinitions.push({
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
    for (const c of n.children ?? []) block(c);
  };

  block(tree);
  doc.masked = maskExcept(source, keep);
  return doc;
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

function readFrontMatter(yamlText: string, span: Span): ProseDocument['frontMatter'] {
  const fm: NonNullable<ProseDocument['frontMatter']> = { span, sources: [] };
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
