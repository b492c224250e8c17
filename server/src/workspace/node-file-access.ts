// FileAccess over Node's fs, with the CLI's checks (server/src/node): size before reading, then
// NUL bytes or invalid UTF-8 mean the file is not article text. Reads are asynchronous so a large
// workspace scan never blocks requests.
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { decodeArticleBytes, defaultEntitiesPath, skippedResult } from '../node/index.js';
import type { FileAccess, FileStamp, ReadOutcome } from './file-access.js';
import { pathToUri, uriToPath } from './uri.js';

function stampOf(st: { mtimeMs: number; size: number }): FileStamp {
  return { mtimeMs: st.mtimeMs, size: st.size };
}

export class NodeFileAccess implements FileAccess {
  constructor(private readonly defaultKbPath: string | undefined = defaultEntitiesPath()) {}

  async read(uri: string, maxSize: number): Promise<ReadOutcome> {
    const p = uriToPath(uri);
    if (p === null) return { kind: 'error', message: `not a file URI: ${uri}` };
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(p, 'r');
      const st = await handle.stat();
      if (!st.isFile()) return { kind: 'error', message: 'not a regular file' };
      const stamp = stampOf(st);
      if (st.size > maxSize) return { kind: 'skipped', stamp, result: skippedResult({ status: 'too-large', size: st.size, limit: maxSize }) };
      const bytes = await handle.readFile();
      const decoded = decodeArticleBytes(bytes);
      if ('binary' in decoded) return { kind: 'skipped', stamp, result: skippedResult({ status: 'binary', size: bytes.length, why: decoded.binary }) };
      // Editors hide a byte-order mark and count positions without it; so does the server.
      const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
      return { kind: 'text', text, stamp };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      return { kind: 'error', message: (err as Error).message };
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  async stat(uri: string): Promise<FileStamp | null> {
    const p = uriToPath(uri);
    if (p === null) return null;
    try {
      const st = await fs.stat(p);
      return st.isFile() ? stampOf(st) : null;
    } catch {
      return null;
    }
  }

  async list(folderUri: string, include: string[], exclude: string[]): Promise<string[]> {
    const cwd = uriToPath(folderUri);
    if (cwd === null || !existsSync(cwd)) return [];
    const files = await glob(include, { cwd, ignore: exclude, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
    return files.sort().map((f) => pathToUri(path.resolve(f)));
  }

  async readDefaultKnowledgeBase(): Promise<{ uri: string; text: string } | null> {
    if (this.defaultKbPath === undefined) return null;
    try {
      return { uri: pathToUri(this.defaultKbPath), text: await fs.readFile(this.defaultKbPath, 'utf8') };
    } catch {
      return null;
    }
  }
}
