// JSON encoding of outgoing JSON-RPC messages for the stdio transport.
//
// Why not vscode-jsonrpc's default (`Buffer.from(JSON.stringify(msg))`): on a long article every
// keystroke answers with thousands of diagnostics (1.6 MB of JSON for 1 MB of text). Stringifying
// that builds a multi-megabyte string in V8's large-object space on every edit, and transcoding it
// to UTF-8 copies it again; profiling put the two at a quarter of the server's time per keystroke
// and their garbage behind most of its slow answers. Almost all of a diagnostic's JSON (severity,
// source, code, link, message) repeats from one edit to the next: `diagnostics.ts` attaches it,
// serialised once, to each list it makes (`setJsonTails`), and this encoder writes the range and
// that tail straight into the output buffer. A list made of per-block runs (`setJsonRuns`) is
// written run by run, each run's bytes made once and copied while the run is unchanged: typing
// within a line serialises one block. Everything else goes through `JSON.stringify`, so the bytes
// mean exactly what the default encoder's mean (a test compares the two).
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/**
 * The JSON of each diagnostic of a list without its range (`,"severity":…}`), by list. One entry
 * per list, not per diagnostic: a weak map with thousands of new keys per keystroke costs more than
 * it saves. The list is frozen when registered, so index i is always the diagnostic its tail was
 * made from; a copied list is a new object and is serialised in full.
 */
const tailsByList = new WeakMap<ReadonlyArray<object>, ReadonlyArray<string | undefined>>();

/** Registers the JSON after the range of each diagnostic (undefined: serialise that one in full), and freezes the list. */
export function setJsonTails<T extends object>(list: T[], tails: ReadonlyArray<string | undefined>): ReadonlyArray<T> {
  if (tails.length !== list.length) throw new Error('one tail per diagnostic');
  Object.freeze(list);
  tailsByList.set(list, tails);
  return list;
}

/**
 * A list made of runs (each a list with tails, see diagnostics.ts), by list. A run that comes back
 * in the next version's list is the same frozen object, so its JSON is made once and then copied.
 */
const runsByList = new WeakMap<ReadonlyArray<object>, ReadonlyArray<ReadonlyArray<object>>>();
const jsonByRun = new WeakMap<ReadonlyArray<object>, Buffer>();

/** Registers a list as the concatenation of `runs` (each registered with setJsonTails), and freezes it. */
export function setJsonRuns<T extends object>(list: T[], runs: ReadonlyArray<ReadonlyArray<T>>): ReadonlyArray<T> {
  let n = 0;
  for (const run of runs) {
    if (!tailsByList.has(run)) throw new Error('every run needs its tails');
    n += run.length;
  }
  if (n !== list.length) throw new Error('the runs must make up the list');
  Object.freeze(list);
  runsByList.set(list, runs);
  return list;
}

interface Pos {
  line: number;
  character: number;
}
interface TailedDiagnostic {
  range: { start: Pos; end: Pos };
}

/** Diagnostic arrays shorter than this are left to JSON.stringify: the fast path pays off on long ones. */
const FAST_PATH_MIN = 32;
// A per-process nonce: no string of a message (article text in a hover, say) can be taken for it.
const PLACEHOLDER = `\u0000na-diagnostics-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}:`;

function isTailedArray(value: unknown): value is TailedDiagnostic[] {
  return Array.isArray(value) && value.length >= FAST_PATH_MIN && (tailsByList.has(value) || runsByList.has(value));
}

function isInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** Grows the output as needed; strings are written as UTF-8 in place. */
class Output {
  private buf: Buffer;
  private used = 0;
  constructor(capacity: number) {
    this.buf = Buffer.allocUnsafe(Math.max(256, capacity));
  }
  /** `b`, after a comma when `comma` (one native call per run: Buffer#copy's checks cost more than the copy). */
  writeBytes(b: Uint8Array, comma: boolean): void {
    if (this.used + b.length + 1 > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.used + b.length + 1));
      next.set(this.buf.subarray(0, this.used));
      this.buf = next;
    }
    if (comma) this.buf[this.used++] = 0x2c;
    this.buf.set(b, this.used);
    this.used += b.length;
  }
  write(s: string): void {
    // Three bytes of UTF-8 per UTF-16 code unit at most (a surrogate pair: 4 bytes for 2 units).
    const worst = s.length * 3;
    if (this.used + worst > this.buf.length) {
      const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.used + worst));
      this.buf.copy(next, 0, 0, this.used);
      this.buf = next;
    }
    this.used += this.buf.write(s, this.used, 'utf8');
  }
  result(): Buffer {
    return this.buf.subarray(0, this.used);
  }
}

/** Diagnostics per string handed to Buffer#write: few native calls, no string in the large-object space. */
const CHUNK = 64;

function writeDiagnostics(out: Output, items: TailedDiagnostic[]): void {
  const runs = runsByList.get(items) as ReadonlyArray<TailedDiagnostic[]> | undefined;
  out.write('[');
  if (!runs) writeItems(out, items);
  else writeRuns(out, runs);
  out.write(']');
}

/**
 * Runs in groups of up to GROUP, each group's bytes made once from its runs' bytes and copied while
 * the same runs follow each other: thousands of runs are a few dozen copies. A group is found by its
 * first run; a new group stops where an old one starts, so an edit that splits or joins blocks
 * rebuilds one group, not every group after it.
 */
const GROUP = 64;
const groupByFirstRun = new WeakMap<object, { runs: ReadonlyArray<object>; bytes: Buffer }>();

function groupAt(runs: ReadonlyArray<object>, r: number): Buffer | undefined {
  const g = groupByFirstRun.get(runs[r]!);
  if (!g || r + g.runs.length > runs.length) return undefined;
  for (let i = 1; i < g.runs.length; i++) if (g.runs[i] !== runs[r + i]) return undefined;
  return g.bytes;
}

function writeRuns(out: Output, runs: ReadonlyArray<TailedDiagnostic[]>): void {
  let first = true;
  for (let r = 0; r < runs.length; ) {
    let bytes = groupAt(runs, r);
    let next = r + (bytes ? groupByFirstRun.get(runs[r]!)!.runs.length : 0);
    if (!bytes) {
      next = r + 1;
      while (next < runs.length && next - r < GROUP && !groupAt(runs, next)) next++;
      const own = new Output(4096);
      let empty = true;
      for (let i = r; i < next; i++) {
        if (runs[i]!.length === 0) continue;
        own.writeBytes(runBytes(runs[i]!), !empty);
        empty = false;
      }
      bytes = Buffer.from(own.result());
      groupByFirstRun.set(runs[r]!, { runs: runs.slice(r, next), bytes });
    }
    if (bytes.length > 0) {
      out.writeBytes(bytes, !first);
      first = false;
    }
    r = next;
  }
}

function runBytes(run: TailedDiagnostic[]): Buffer {
  let json = jsonByRun.get(run);
  if (!json) {
    const own = new Output(run.length * 400);
    writeItems(own, run);
    json = Buffer.from(own.result());
    jsonByRun.set(run, json);
  }
  return json;
}

/** The diagnostics of a list with tails, comma-separated, without brackets. */
function writeItems(out: Output, items: TailedDiagnostic[]): void {
  const tails = tailsByList.get(items)!;
  let chunk = '';
  for (let i = 0; i < items.length; i++) {
    const d = items[i]!;
    const tail = tails[i];
    const s = d.range?.start;
    const e = d.range?.end;
    if (i > 0) chunk += ',';
    if (tail !== undefined && s && e && isInteger(s.line) && isInteger(s.character) && isInteger(e.line) && isInteger(e.character)) {
      chunk += '{"range":{"start":{"line":' + s.line + ',"character":' + s.character + '},"end":{"line":' + e.line + ',"character":' + e.character + '}}' + tail;
    } else {
      chunk += JSON.stringify(d);
    }
    if (i % CHUNK === CHUNK - 1) {
      out.write(chunk);
      chunk = '';
    }
  }
  out.write(chunk);
}

/** Encodes one message; the same JSON text as JSON.stringify would give, up to key order within a diagnostic's tail. */
export function encodeMessage(msg: Message, charset: string = 'utf-8'): Buffer {
  if (charset !== 'utf-8' && charset !== 'utf8') return Buffer.from(JSON.stringify(msg), charset as BufferEncoding);
  const arrays: TailedDiagnostic[][] = [];
  let size = 0;
  const skeleton = JSON.stringify(msg, (_key, value: unknown) => {
    if (isTailedArray(value)) {
      arrays.push(value);
      size += value.length * 400;
      return PLACEHOLDER + (arrays.length - 1);
    }
    return value;
  });
  if (arrays.length === 0) return Buffer.from(skeleton, 'utf8');
  const out = new Output(skeleton.length + size);
  // The placeholder is a JSON string: `"\u0000na-diagnostics:N"` as JSON.stringify escapes it.
  const marker = JSON.stringify(PLACEHOLDER).slice(0, -1);
  let from = 0;
  for (let n = 0; n < arrays.length; n++) {
    const token = `${marker}${n}"`;
    const at = skeleton.indexOf(token, from);
    if (at < 0) return Buffer.from(JSON.stringify(msg), 'utf8'); // cannot happen; never send a wrong message
    out.write(skeleton.slice(from, at));
    writeDiagnostics(out, arrays[n]!);
    from = at + token.length;
  }
  out.write(skeleton.slice(from));
  return out.result();
}

/** For StreamMessageWriter's `contentTypeEncoder`. */
export const messageEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(encodeMessage(msg, options.charset));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};
