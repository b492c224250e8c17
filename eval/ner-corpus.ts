// The NER test splits as running text: tokens rebuilt into prose the way a news article spells
// them (no space before a comma, `Microsoft's` joined), with the gold ORG entities as character
// spans into that text. The files are read where they are (../shared/corpus/ner); nothing of them
// is stored in the repository.
import { readFileSync } from 'node:fs';
import type { GoldSpan } from './span-scoring.js';

export interface NerDocument {
  id: string;
  /** Rebuilt text: one paragraph per source sentence, blank lines between. */
  text: string;
  /** Gold ORG entities (no kind: the NER tags do not say company or regulator). */
  orgs: GoldSpan[];
}

export interface Tok {
  text: string;
  /** Entity type of the token, without B-/I- (null outside any entity). */
  type: string | null;
  /** True when the token starts a new entity (IOB2 `B-`); the Swedish file has no such marks. */
  begins: boolean;
}

/** No space before these. */
const CLOSERS = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...', '…', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", '’s']);
/** No space after these. */
const OPENERS = new Set(['(', '[', '{', '$', '£', '€', '#']);
const QUOTES = new Set(['"', '”', '“']);

/** Joins one sentence's tokens; returns the text and each token's start offset within it. */
export function detokenize(tokens: ReadonlyArray<string>): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let openQuote = false;
  let glueNext = false;
  for (const t of tokens) {
    let space = text.length > 0 && !glueNext;
    glueNext = false;
    if (CLOSERS.has(t)) space = false;
    if (QUOTES.has(t)) {
      if (openQuote) space = false;
      else glueNext = true;
      openQuote = !openQuote;
    }
    if (OPENERS.has(t)) glueNext = true;
    if (space) text += ' ';
    starts.push(text.length);
    text += t;
  }
  return { text, starts };
}

/** Builds one document from sentences of tagged tokens; adjacent tokens of one entity form a span. */
export function buildDocument(id: string, sentences: ReadonlyArray<ReadonlyArray<Tok>>): NerDocument {
  const paragraphs: string[] = [];
  const orgs: GoldSpan[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    const { text, starts } = detokenize(sentence.map((t) => t.text));
    let open: GoldSpan | null = null;
    sentence.forEach((tok, i) => {
      const start = offset + starts[i]!;
      const end = start + tok.text.length;
      const continues = open !== null && tok.type === 'ORG' && !tok.begins;
      if (continues) open!.end = end;
      else {
        if (open) orgs.push(open);
        open = tok.type === 'ORG' ? { start, end } : null;
      }
    });
    if (open) orgs.push(open);
    paragraphs.push(text);
    offset += text.length + 2;
  }
  return { id, text: paragraphs.join('\n\n') + '\n', orgs };
}

/** CoNLL-2003 (`token POS chunk IOB2-tag`) as documents (one per `-DOCSTART-`) of sentences of tagged tokens. */
function conllDocuments(path: string): Tok[][][] {
  const docs: Tok[][][] = [];
  let sentences: Tok[][] = [];
  let current: Tok[] = [];
  const flushSentence = () => {
    if (current.length > 0) sentences.push(current);
    current = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length > 0) docs.push(sentences);
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      flushDoc();
      continue;
    }
    if (line.trim() === '') {
      flushSentence();
      continue;
    }
    const parts = line.split(' ');
    const tag = parts[parts.length - 1]!;
    const type = tag === 'O' ? null : tag.slice(2);
    current.push({ text: parts[0]!, type, begins: tag.startsWith('B-') });
  }
  flushDoc();
  return docs;
}

/** CoNLL-2003 as rebuilt documents, one per `-DOCSTART-`. */
export function readConll(path: string): NerDocument[] {
  return conllDocuments(path).map((sentences, i) => buildDocument(`conll-${i + 1}`, sentences));
}

/** The sentences of CoNLL-2003, numbered across its documents. */
export function conllSentences(path: string): Tok[][] {
  return conllDocuments(path).flat();
}

/**
 * swedish-ner-corpus (`token<whitespace>TAG`, `0` outside). Its sentences are in scrambled order,
 * so they are grouped into pseudo-documents of `perDoc` sentences, one sentence a paragraph.
 */
export function readSwedishNer(path: string, perDoc = 40): NerDocument[] {
  const sentences = swedishSentences(path);
  const docs: NerDocument[] = [];
  for (let i = 0; i < sentences.length; i += perDoc) docs.push(buildDocument(`sv-${docs.length + 1}`, sentences.slice(i, i + perDoc)));
  return docs;
}

/** The sentences of a swedish-ner-corpus file, as tagged tokens. */
export function swedishSentences(path: string): Tok[][] {
  const sentences: Tok[][] = [];
  let current: Tok[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^(\S+)\s+(\S+)\s*$/.exec(line);
    if (!m) {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const tag = m[2]!;
    current.push({ text: m[1]!, type: tag === '0' || tag === 'O' ? null : tag, begins: false });
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
