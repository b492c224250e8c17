// Shared inputs of the server unit tests: the real samples and their knowledge base, an in-memory
// file system for the workspace model, and a helper that applies LSP edits to a text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { KnowledgeBaseStore, LineIndex, type KnowledgeBase } from '../../../server/src/analysis/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../../server/src/protocol.js';
import { analyseArticle, type ArticleAnalysis } from '../../../server/src/workspace/article-analysis.js';
import type { FileAccess, FileStamp, ReadOutcome } from '../../../server/src/workspace/file-access.js';
import { pathToUri } from '../../../server/src/workspace/uri.js';

export const SV_ARTICLE = 'samples/microsoft-mistral.sv.md';
export const EN_ARTICLE = 'samples/microsoft-mistral.en.md';
export const SAMPLE_KB = 'samples/entities.yaml';

export const uriOf = (p: string) => pathToFileURL(path.resolve(p)).href;
export const read = (p: string) => readFileSync(p, 'utf8');

/** 0-based line of `needle` in a file (the first line that starts with it). */
export function lineOf(file: string, needle: string): number {
  const i = read(file)
    .split(/\r?\n/)
    .findIndex((l) => l.startsWith(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i;
}

export function sampleKb(text = read(SAMPLE_KB)): KnowledgeBase {
  const store = new KnowledgeBaseStore([]);
  const diags = store.update(uriOf(SAMPLE_KB), text);
  if (diags.some((d) => d.severity === 'error')) throw new Error('sample KB has errors: ' + JSON.stringify(diags));
  return store.kb;
}

export function analysisOf(file: string, text = read(file), kb: KnowledgeBase = sampleKb(), settings: Settings = DEFAULT_SETTINGS, version: number | null = 1): ArticleAnalysis {
  return analyseArticle({ uri: uriOf(file), version, text, kb, settings, epoch: 'test', instance: 'test' });
}

/** Offset of the n-th (0-based) occurrence of `needle`. */
export function offsetOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`occurrence ${n} of "${needle}" not found`);
  }
  return at;
}

export function positionOf(text: string, needle: string, n = 0, delta = 0) {
  return new LineIndex(text).positionAt(offsetOf(text, needle, n) + delta);
}

/** The text a snippet inserts, with placeholders replaced by their defaults and tab stops removed. */
export function snippetText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([\\$}])/g, '$1');
}

type AnyEdit = TextEdit | SnippetTextEdit;

/** Applies edits (all on the same original text) and returns the result. */
export function applyEdits(text: string, edits: ReadonlyArray<AnyEdit>): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: 'newText' in e ? e.newText : snippetText(e.snippet.value) }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** The edits a workspace edit makes to one document. */
export function editsFor(edit: WorkspaceEdit, uri: string): AnyEdit[] {
  const out: AnyEdit[] = [];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...c.edits);
  out.push(...(edit.changes?.[uri] ?? []));
  return out;
}

/** True when `small` is a subsequence of `big` (only insertions were made). */
export function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big[j] === small[i]) i++;
  return i === small.length;
}

/** A FileAccess over an in-memory map of path → text, for the workspace model's tests. */
export class MemoryFiles implements FileAccess {
  readonly files = new Map<string, string>();
  readonly failing = new Set<string>();
  reads = 0;
  private mtime = 1;
  private readonly stamps = new Map<string, FileStamp>();
  constructor(
    files: Record<string, string> = {},
    private readonly defaultKb: { uri: string; text: string } | null = null,
  ) {
    for (const [p, t] of Object.entries(files)) this.write(p, t);
  }
  write(p: string, text: string): string {
    const uri = pathToUri(path.resolve(p));
    this.files.set(uri, text);
    this.stamps.set(uri, { mtimeMs: this.mtime++, size: text.length });
    return uri;
  }
  delete(p: string): string {
    const uri = pathToUri(path.resolve(p));
    this.files.delete(uri);
    return uri;
  }
  async read(uri: string): Promise<ReadOutcome> {
    this.reads++;
    if (this.failing.has(uri)) return { kind: 'error', message: 'simulated read failure' };
    const text = this.files.get(uri);
    return text === undefined ? { kind: 'missing' } : { kind: 'text', text, stamp: this.stamps.get(uri)! };
  }
  async stat(uri: string): Promise<FileStamp | null> {
    return this.stamps.get(uri) ?? null;
  }
  async list(folderUri: string, include: string[]): Promise<string[]> {
    const prefix = folderUri.replace(/\/$/, '') + '/';
    const wantsKb = include.some((g) => g.includes('entities'));
    return [...this.files.keys()]
      .filter((u) => u.startsWith(prefix))
      .filter((u) => (wantsKb ? /\/entities\.ya?ml$/.test(u) : u.endsWith('.md')))
      .sort();
  }
  async readDefaultKnowledgeBase() {
    return this.defaultKb;
  }
}
