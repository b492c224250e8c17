// `news-annotator export FILE`: the article as it may be published, without our annotation
// comments (source comments can name confidential sources). Reads only; writes stdout or --output.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportClean } from '../analysis/index.js';
import { readArticleFile } from '../node/index.js';
import { UsageError, type ExportOptions } from './args.js';
import type { CliIo } from './io.js';

/** Export has no size limit of its own beyond this safety net: it does not analyse. */
const EXPORT_MAX_BYTES = 512 * 1024 * 1024;

export function runExport(o: ExportOptions, io: CliIo): number {
  const path = resolve(io.cwd, o.file);
  let read;
  try {
    read = readArticleFile(path, EXPORT_MAX_BYTES);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a folder' : e.code === 'EACCES' ? 'permission denied' : e.message;
    throw new UsageError(`cannot read ${o.file}: ${why}`);
  }
  if (read.status === 'binary') throw new UsageError(`${o.file} is not article text (${read.why === 'nul' ? 'it holds NUL bytes' : 'it is not valid UTF-8'})`);
  if (read.status === 'too-large') throw new UsageError(`${o.file} is too large to export (${read.size} bytes)`);
  const clean = exportClean(read.text);
  if (o.output !== undefined) {
    const out = resolve(io.cwd, o.output);
    if (out === path) throw new UsageError('--output is the article itself; export never overwrites an article');
    try {
      writeFileSync(out, clean);
    } catch (err) {
      throw new UsageError(`--output ${o.output}: cannot write: ${(err as Error).message}`);
    }
  } else {
    io.stdout.write(clean);
  }
  return 0;
}
