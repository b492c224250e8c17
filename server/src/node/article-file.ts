// Reads an article from disk with the checks that must happen before any analysis: size first
// (a 50 MB export is never read into memory), then content (NUL bytes or invalid UTF-8 mean the
// file is not article text). The text keeps its byte-order mark: the core counts offsets with it.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import type { AnalysisResult, Diagnostic } from '../analysis/index.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type ArticleRead =
  | { status: 'ok'; text: string; size: number }
  | { status: 'too-large'; size: number; limit: number }
  | { status: 'binary'; size: number; why: 'nul' | 'invalid-utf8' };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly; undefined when the bytes hold a NUL or are not valid UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array): { text: string } | { binary: 'nul' | 'invalid-utf8' } {
  if (bytes.indexOf(0) !== -1) return { binary: 'nul' };
  try {
    // ignoreBOM: true keeps a leading U+FEFF in the string, so offsets match what editors count.
    return { text: utf8.decode(bytes) };
  } catch {
    return { binary: 'invalid-utf8' };
  }
}

/**
 * Reads an article file. The size limit counts bytes on disk, checked before reading. Throws only
 * for IO errors (missing file, permission denied, a directory).
 */
export function readArticleFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ArticleRead {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { status: 'too-large', size, limit: maxFileSize };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decodeArticleBytes(bytes.subarray(0, read));
    if ('binary' in decoded) return { status: 'binary', size: read, why: decoded.binary };
    return { status: 'ok', text: decoded.text, size: read };
  } finally {
    closeSync(fd);
  }
}

/** The one informational diagnostic of a file that was not analysed. */
export function skippedDiagnostic(read: Exclude<ArticleRead, { status: 'ok' }>): Diagnostic {
  if (read.status === 'too-large') {
    return {
      code: 'file-too-large',
      severity: 'information',
      start: 0,
      end: 0,
      message: `Not analysed: the file is ${read.size.toLocaleString('en')} bytes, more than the limit of ${read.limit.toLocaleString('en')} (newsAnnotator.maxFileSize).`,
    };
  }
  const why = read.why === 'nul' ? 'it holds NUL bytes' : 'it is not valid UTF-8';
  return { code: 'binary-file', severity: 'information', start: 0, end: 0, message: `Not analysed: this is not article text (${why}).` };
}

/** An analysis result for a file that was not analysed, shaped like the core's own skipped results. */
export function skippedResult(read: Exclude<ArticleRead, { status: 'ok' }>): AnalysisResult {
  return {
    language: 'en',
    languageDeclared: false,
    mentions: [],
    claims: [],
    sentences: [],
    comments: [],
    footnotes: [],
    diagnostics: [skippedDiagnostic(read)],
    blocks: [],
    frontMatterSources: [],
    skipped: read.status === 'too-large' ? 'too-large' : 'binary',
  };
}
