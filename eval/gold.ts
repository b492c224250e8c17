// The development gold of issue 5 (test/quality/*.json): offsets into corpus articles and samples,
// labelled by reading, never their text. `dev` was frozen before tuning; `heldout` was the final check
// (its claim errors were then looked at, see docs/quality.md); `heldout2` and `heldout3` are the claims
// checks of later rounds, each labelled before it was first scored; `heldout4` … `heldout7` likewise (rounds 4 to 7);
// `heldout8` … `heldout14` likewise (rounds 8 to 14, windows of the NER training split chosen by
// eval/select-heldout8.ts … select-heldout14.ts); `heldout15` takes what rounds 2–7 left of the NER test split
// (eval/select-heldout15.ts). `heldout12b` and `heldout13b` label the same windows as
// `heldout12` and `heldout13` a second time, by another annotator who saw neither the first labels nor the
// system's findings: how far two readers of the guideline agree.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument, conllSentences, swedishSentences, type Tok } from './ner-corpus.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared corpus, read in place (third-party texts; never copied into the repository). */
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

export type GoldSet = 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout12b' | 'heldout13b' | 'heldout16a' | 'heldout16b' | 'heldout17a' | 'heldout17b';
export const GOLD_FILES: Record<GoldSet, string> = {
  dev: join(ROOT, 'test', 'quality', 'gold.dev.json'),
  heldout: join(ROOT, 'test', 'quality', 'gold.heldout.json'),
  heldout2: join(ROOT, 'test', 'quality', 'gold.heldout2.json'),
  heldout3: join(ROOT, 'test', 'quality', 'gold.heldout3.json'),
  heldout4: join(ROOT, 'test', 'quality', 'gold.heldout4.json'),
  heldout5: join(ROOT, 'test', 'quality', 'gold.heldout5.json'),
  heldout6: join(ROOT, 'test', 'quality', 'gold.heldout6.json'),
  heldout7: join(ROOT, 'test', 'quality', 'gold.heldout7.json'),
  heldout8: join(ROOT, 'test', 'quality', 'gold.heldout8.json'),
  heldout9: join(ROOT, 'test', 'quality', 'gold.heldout9.json'),
  heldout10: join(ROOT, 'test', 'quality', 'gold.heldout10.json'),
  heldout11: join(ROOT, 'test', 'quality', 'gold.heldout11.json'),
  heldout12: join(ROOT, 'test', 'quality', 'gold.heldout12.json'),
  heldout13: join(ROOT, 'test', 'quality', 'gold.heldout13.json'),
  heldout14: join(ROOT, 'test', 'quality', 'gold.heldout14.json'),
  heldout15: join(ROOT, 'test', 'quality', 'gold.heldout15.json'),
  heldout16: join(ROOT, 'test', 'quality', 'gold.heldout16.json'),
  heldout17: join(ROOT, 'test', 'quality', 'gold.heldout17.json'),
  heldout12b: join(ROOT, 'test', 'quality', 'gold.heldout12b.json'),
  heldout13b: join(ROOT, 'test', 'quality', 'gold.heldout13b.json'),
  heldout16a: join(ROOT, 'test', 'quality', 'gold.heldout16a.json'),
  heldout16b: join(ROOT, 'test', 'quality', 'gold.heldout16b.json'),
  heldout17a: join(ROOT, 'test', 'quality', 'gold.heldout17a.json'),
  heldout17b: join(ROOT, 'test', 'quality', 'gold.heldout17b.json'),
};

/**
 * The NER files that refs take sentences from: the swedish-ner-corpus test (`ner-sv/`) and training
 * (`ner-sv-train/`) splits, and the CoNLL-2003 English test split (`conll-en/`, sentences numbered across
 * its documents, the `-DOCSTART-` lines skipped).
 */
export const NER_SPLITS = {
  'ner-sv': join(CORPUS, 'ner', 'swedish-ner-corpus-sv-test.txt'),
  'ner-sv-train': join(CORPUS, 'ner', 'swedish-ner-corpus-sv-train-minus-eval.txt'),
  'conll-en': join(CORPUS, 'ner', 'conll2003-en-test.txt'),
} as const;
export type NerSplit = keyof typeof NER_SPLITS;

/** `SPLIT/START-COUNT` (a split of NER_SPLITS) as its split and sentence range; null for any other ref. */
export function parseNerRef(ref: string): { split: NerSplit; start: number; count: number } | null {
  const m = /^(ner-sv|ner-sv-train|conll-en)\/(\d+)-(\d+)$/.exec(ref);
  return m ? { split: m[1] as NerSplit, start: Number(m[2]), count: Number(m[3]) } : null;
}

const sentencesBySplit = new Map<NerSplit, Tok[][]>();
/** The sentences of a NER split as tagged tokens, read once. */
export function nerSentences(split: NerSplit): Tok[][] {
  let sentences = sentencesBySplit.get(split);
  if (!sentences) {
    sentences = split === 'conll-en' ? conllSentences(NER_SPLITS[split]) : swedishSentences(NER_SPLITS[split]);
    sentencesBySplit.set(split, sentences);
  }
  return sentences;
}

/** `U` a checkable claim with no source in its sentence, `S` a sourced one, `N` no checkable claim. */
export type ClaimLabel = 'U' | 'S' | 'N';

export interface ClaimGoldArticle {
  /** `en/…` and `sv/…` are corpus articles; `samples/…` are the repository's samples. */
  article: string;
  /** Of the article's text as it was annotated: a changed file fails loudly instead of scoring garbage. */
  sha256: string;
  /** Every sentence of the article's prose, in order: [start, end, label]. */
  sentences: Array<[number, number, ClaimLabel]>;
}

export interface OrgGoldArticle {
  article: string;
  sha256: string;
  /** Every organisation mention: [start, end of the name proper, kind]. */
  orgs: Array<[number, number, string]>;
}

export interface Gold {
  description: string;
  claims: ClaimGoldArticle[];
  orgs: OrgGoldArticle[];
}

export function resolveArticle(ref: string): string {
  return ref.startsWith('samples/') ? join(ROOT, ref) : join(CORPUS, ref);
}

/**
 * The text of an annotated article. `ner-sv/START-COUNT` is a pseudo-article rebuilt from sentences
 * START… of the swedish-ner-corpus test split (one sentence a paragraph), the way the NER scoring
 * rebuilds it: unseen Swedish news for the second held-out check. `ner-sv-train/START-COUNT` is the
 * same from the training split (round 8 on).
 */
export function articleText(ref: string): string {
  const r = parseNerRef(ref);
  if (r) {
    const sentences = nerSentences(r.split).slice(r.start, r.start + r.count);
    return buildDocument(ref, sentences).text;
  }
  return readFileSync(resolveArticle(ref), 'utf8');
}

export function corpusPresent(): boolean {
  return existsSync(join(CORPUS, 'en')) && existsSync(join(CORPUS, 'sv')) && existsSync(join(CORPUS, 'ner'));
}

/** A gold set whose file is absent (e.g. a round still being labelled) loads as empty. */
export function loadGold(set: GoldSet): Gold {
  const file = GOLD_FILES[set];
  if (!existsSync(file)) return { description: '', claims: [], orgs: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as Gold;
}

export function languageOf(ref: string): 'en' | 'sv' {
  if (ref.startsWith('sv/') || ref.startsWith('ner-sv') || ref.endsWith('.sv.md')) return 'sv';
  return 'en';
}

/** Reads an annotated article and checks it is the text that was annotated. */
export function readAnnotated(ref: string, sha256: string): string {
  const text = articleText(ref);
  const actual = createHash('sha256').update(text, 'utf8').digest('hex');
  if (actual !== sha256) throw new Error(`${ref} changed since it was annotated (sha256 ${actual.slice(0, 12)}…, gold has ${sha256.slice(0, 12)}…): the gold's offsets no longer apply`);
  return text;
}
