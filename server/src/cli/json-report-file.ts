// A JSON report file written while a parallel run goes on. The main thread of a run on worker
// threads is idle while they check; writing each file's bytes as soon as every earlier file is in
// keeps it busy then, instead of writing the whole report (80 MB for 10,000 articles) after the last
// article while the cores that checked have nothing left to do. The bytes are those of
// `jsonChunks(reports)` (format-json.ts), written in the same order.
import { closeSync, openSync, writevSync } from 'node:fs';
import type { FileReport } from './file-report.js';
import { jsonFileChunk } from './file-report.js';
import { JSON_EMPTY, JSON_HEAD, JSON_TAIL } from './format-json.js';

/** Pieces are gathered up to this many bytes (or IOV_MAX pieces) before one writev. */
const FLUSH_BYTES = 1 << 20;
const MAX_PIECES = 1024;

export class JsonReportFile {
  private fd: number | undefined;
  private pieces: Uint8Array[] = [];
  private pending = 0;
  private files = 0;
  /** The first error opening or writing the file; reported by `finish`, where a report is written otherwise. */
  private failure: Error | undefined;

  constructor(private readonly path: string) {}

  /** The next report of the run, in report order (a file that could not be read is left out, as in `jsonChunks`). */
  add(report: FileReport): void {
    if (report.readError) return;
    this.piece(this.files === 0 ? JSON_HEAD + '    ' : ',\n    ');
    this.piece(jsonFileChunk(report));
    this.files++;
  }

  /** Writes the end of the report and closes the file; throws the first error met. */
  finish(): void {
    this.piece(this.files === 0 ? JSON_EMPTY : JSON_TAIL);
    this.flush();
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch (err) {
        this.failure ??= err as Error;
      }
      this.fd = undefined;
    }
    if (this.failure) throw this.failure;
  }

  private piece(p: string | Uint8Array): void {
    const bytes = typeof p === 'string' ? Buffer.from(p) : p;
    this.pieces.push(bytes);
    this.pending += bytes.byteLength;
    if (this.pending >= FLUSH_BYTES || this.pieces.length >= MAX_PIECES) this.flush();
  }

  private flush(): void {
    const pieces = this.pieces;
    this.pieces = [];
    this.pending = 0;
    if (this.failure || pieces.length === 0) return;
    try {
      // Opened on the first write, with the flags writeFileSync uses ('w': created or truncated).
      this.fd ??= openSync(this.path, 'w');
      let rest = pieces;
      while (rest.length > 0) {
        let n = writevSync(this.fd, rest);
        // A short write (rare on a file): go on after the bytes that were written.
        let k = 0;
        while (k < rest.length && n >= rest[k]!.byteLength) n -= rest[k++]!.byteLength;
        rest = k < rest.length ? [rest[k]!.subarray(n), ...rest.slice(k + 1)] : [];
      }
    } catch (err) {
      this.failure = err as Error;
    }
  }
}
