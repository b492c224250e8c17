// Benchmark inputs built from ../shared/corpus/. The corpus articles are third-party texts: they
// are read in place and anything derived from them is written to a temporary folder, never to the
// repository.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root: bench/run.mjs starts every scenario there. */
export const REPO = resolve(process.env.NA_BENCH_REPO ?? process.cwd());
/** ../shared/corpus next to the repository, or NA_BENCH_CORPUS. */
export const CORPUS = resolve(process.env.NA_BENCH_CORPUS ?? resolve(REPO, '../shared/corpus'));
export const SEED_ARTICLE = join(REPO, 'samples/microsoft-mistral.sv.md');

export const MB = 1024 * 1024;

export interface Article {
  name: string;
  text: string;
}

/** Every Markdown article of the corpus (en/ then sv/), in file-name order. */
export function corpusArticles(): Article[] {
  const out: Article[] = [];
  for (const group of ['en', 'sv']) {
    const dir = join(CORPUS, group);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) out.push({ name: `${group}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
  }
  if (out.length === 0) throw new Error(`no corpus articles under ${CORPUS}: the benchmark needs ../shared/corpus/`);
  return out;
}

/**
 * One long article: corpus articles one after the other (round after round) until it holds at
 * least `bytes` bytes of UTF-8. Each round numbers its headings, so repeated articles are not
 * byte-identical (the analysis must not get to reuse anything).
 */
export function longArticle(bytes: number): string {
  const articles = corpusArticles();
  const parts: string[] = [];
  let size = 0;
  for (let round = 1; size < bytes; round++) {
    for (const a of articles) {
      const text = round === 1 ? a.text : a.text.replace(/^# /, `# (${round}) `);
      parts.push(text);
      size += Buffer.byteLength(text) + 1;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n');
}

export function seedArticle(): string {
  return readFileSync(SEED_ARTICLE, 'utf8');
}

/** A fresh temporary folder for one benchmark run. */
export function tempDir(name: string): string {
  const dir = join(tmpdir(), `news-annotator-bench-${process.pid}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * `count` article files in `dir`, copied from the corpus and varied so no two are alike: a front
 * matter with an id, numbers changed, and a closing sentence that differs per file.
 */
export function writeArchive(dir: string, count: number): { files: number; bytes: number } {
  const articles = corpusArticles();
  let bytes = 0;
  const perFolder = 500;
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length]!;
    const round = Math.floor(i / articles.length);
    const lang = a.name.startsWith('sv/') ? 'sv' : 'en';
    const body = a.text.replace(/\d+/g, (d) => String((Number(d) + round) % 10 ** Math.max(1, d.length)));
    const closing = lang === 'sv' ? `\nArkivet uppger att artikeln har nummer ${i + 1}.\n` : `\nThe archive says this is article number ${i + 1}.\n`;
    const text = `---\nid: bench-${i + 1}\nlang: ${lang}\n---\n\n${body}${closing}`;
    const folder = join(dir, `batch-${String(Math.floor(i / perFolder)).padStart(3, '0')}`);
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `article-${String(i + 1).padStart(5, '0')}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}
