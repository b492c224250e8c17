// A fast reader for the YAML that knowledge-base files are written in: a block sequence of block
// mappings (`- id: x` then `  key: value` lines) whose values are one-line scalars, one-line flow
// collections (`[A, B]`, `{sv: X, en: Y}`) or a block sequence or mapping of such scalars. It gives
// what js-yaml gives for those files in a fraction of the time (js-yaml spends about a second on
// 100,000 entries, issue 6). Anything outside that subset — block scalars, escapes, anchors, tags,
// multi-line plain scalars, comments after a value, duplicate keys, tabs, documents markers — makes it
// answer `null`, and the caller reads the file with js-yaml as before. Plain scalars that js-yaml
// could read as something other than a string (numbers, dates, null, booleans) are resolved by
// js-yaml itself, one scalar at a time.
import jsYaml from 'js-yaml';

type Value = unknown;

/** What js-yaml rejects anywhere in a scalar, and line breaks it treats specially: left to js-yaml. */
const UNUSUAL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF\uD800-\uDFFF\u2028\u2029\t]|\r(?!\n)/;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Plain scalars js-yaml may resolve to a non-string: its implicit types all start like this. */
const MAYBE_NOT_STRING = /^[-+.~0-9<]|^(?:null|true|false)$/i;

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

/** The entries of a knowledge-base file, as js-yaml would load them, or null when it must be js-yaml. */
export function readKbYaml(text: string): Value[] | null {
  if (UNUSUAL.test(text)) return null;
  try {
    return new Reader(text).read();
  } catch (err) {
    if (err instanceof Bail) return null;
    throw err;
  }
}

class Reader {
  /** Per content line (blank and comment lines are left out): its indentation and its content, trimmed. */
  private readonly indents: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private count = 0;
  private i = 0;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
    this.indents = new Int32Array(lines);
    this.starts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    let pos = 0;
    const n = text.length;
    while (pos <= n) {
      let eol = text.indexOf('\n', pos);
      if (eol === -1) eol = n;
      let end = eol;
      if (end > pos && text.charCodeAt(end - 1) === 13) end--;
      while (end > pos && text.charCodeAt(end - 1) === 32) end--;
      let start = pos;
      while (start < end && text.charCodeAt(start) === 32) start++;
      // Blank and comment lines carry nothing here.
      if (start < end && text.charCodeAt(start) !== 35 /* # */) {
        this.indents[this.count] = start - pos;
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.count++;
      }
      if (eol === n) break;
      pos = eol + 1;
    }
  }

  /** Whether content line `l` starts with `- ` (a sequence item). */
  private isItem(l: number): boolean {
    const s = this.starts[l]!;
    return this.text.charCodeAt(s) === 45 && s + 1 < this.ends[l]! && this.text.charCodeAt(s + 1) === 32;
  }

  read(): Value[] | null {
    const out: Value[] = [];
    while (this.i < this.count) {
      if (this.indents[this.i] !== 0 || !this.isItem(this.i)) bail();
      out.push(this.entry());
    }
    return out.length > 0 ? out : null;
  }

  /** One `- key: value` item and the key lines under it. */
  private entry(): Record<string, Value> {
    const l = this.i++;
    let from = this.starts[l]! + 2;
    while (this.text.charCodeAt(from) === 32) from++;
    const keyIndent = this.indents[l]! + from - this.starts[l]!;
    const map: Record<string, Value> = {};
    this.pair(map, from, this.ends[l]!, keyIndent);
    while (this.i < this.count) {
      const indent = this.indents[this.i]!;
      if (indent === 0) break;
      if (indent !== keyIndent) bail();
      const k = this.i++;
      this.pair(map, this.starts[k]!, this.ends[k]!, keyIndent);
    }
    return map;
  }

  /** `key: value` in text[from, to) at `indent` (its line is consumed); a value on the lines below is read too. */
  private pair(map: Record<string, Value>, from: number, to: number, indent: number): void {
    const text = this.text;
    const colon = text.indexOf(':', from);
    if (colon <= from || colon >= to) bail();
    const key = text.slice(from, colon);
    if (!KEY.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
    if (colon + 1 === to) {
      map[key] = this.nested(indent);
      return;
    }
    if (text.charCodeAt(colon + 1) !== 32) bail();
    let v = colon + 2;
    while (v < to && text.charCodeAt(v) === 32) v++;
    map[key] = inlineValue(text.slice(v, to));
    this.noContinuation(indent);
  }

  /** A value on the lines after `key:` — a block sequence or mapping of scalars — or null. */
  private nested(indent: number): Value {
    if (this.i >= this.count) return null;
    const text = this.text;
    const first = this.indents[this.i]!;
    if (this.isItem(this.i) && first >= indent) {
      const items: Value[] = [];
      while (this.i < this.count && this.indents[this.i] === first && this.isItem(this.i)) {
        const l = this.i++;
        const item = text.slice(this.starts[l]! + 2, this.ends[l]!).trimStart();
        if (item === '' || item.startsWith('[') || item.startsWith('{')) bail();
        items.push(scalar(item, false));
        this.noContinuation(first);
      }
      if (this.i < this.count && this.indents[this.i]! > indent) bail();
      return items;
    }
    if (first > indent) {
      const map: Record<string, Value> = {};
      while (this.i < this.count && this.indents[this.i]! >= first) {
        if (this.indents[this.i]! > first) bail();
        const l = this.i++;
        const content = text.slice(this.starts[l]!, this.ends[l]!);
        const colon = content.indexOf(':');
        if (colon <= 0) bail();
        const key = content.slice(0, colon);
        const after = content.slice(colon + 1);
        if (!KEY.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key) || !after.startsWith(' ')) bail();
        const v = after.trimStart();
        if (v.startsWith('[') || v.startsWith('{')) bail();
        map[key] = scalar(v, false);
      }
      if (this.i < this.count && this.indents[this.i]! > indent) bail();
      return map;
    }
    return null;
  }

  /** A more indented line after a one-line value would continue it (a folded scalar): js-yaml's job. */
  private noContinuation(indent: number): void {
    if (this.i < this.count && this.indents[this.i]! > indent) bail();
  }
}

/** The value after `key: ` on the same line. */
function inlineValue(v: string): Value {
  const c = v.charCodeAt(0);
  if (c === 91 /* [ */) return flow(v, 93 /* ] */);
  if (c === 123 /* { */) return flow(v, 125 /* } */);
  return scalar(v, false);
}

/** A one-line flow sequence or mapping of scalars, ending the value. */
function flow(v: string, close: number): Value {
  if (v.charCodeAt(v.length - 1) !== close) bail();
  const body = v.slice(1, -1);
  const isMap = close === 125;
  const out: Value[] = [];
  const map: Record<string, Value> = {};
  if (body.trim() === '') return isMap ? map : out;
  let pos = 0;
  while (pos <= body.length) {
    // One item: up to the next comma outside quotes.
    let end = pos;
    while (end < body.length && body.charCodeAt(end) === 32) end++;
    const q = body.charCodeAt(end);
    if (q === 34 || q === 39) {
      const closing = body.indexOf(String.fromCharCode(q), end + 1);
      if (closing === -1) bail();
      end = closing + 1;
      // Doubled single quotes are an escaped quote inside the scalar.
      while (q === 39 && body.charCodeAt(end) === 39) {
        const again = body.indexOf("'", end + 1);
        if (again === -1) bail();
        end = again + 1;
      }
    }
    const comma = body.indexOf(',', end);
    const stop = comma === -1 ? body.length : comma;
    const item = body.slice(pos, stop).trim();
    if (item === '') bail();
    if (isMap) {
      const colon = item.indexOf(': ');
      if (colon <= 0) bail();
      const key = item.slice(0, colon);
      if (!KEY.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
      map[key] = scalar(item.slice(colon + 2).trim(), true);
    } else {
      out.push(scalar(item, true));
    }
    if (comma === -1) break;
    pos = comma + 1;
  }
  return isMap ? map : out;
}

/** A quoted or plain one-line scalar; `inFlow` inside `[…]` or `{…}`. */
function scalar(v: string, inFlow: boolean): Value {
  const c = v.charCodeAt(0);
  if (c === 34 /* " */) {
    if (v.length < 2 || v.charCodeAt(v.length - 1) !== 34) bail();
    const inner = v.slice(1, -1);
    if (inner.includes('"') || inner.includes('\\')) bail();
    return inner;
  }
  if (c === 39 /* ' */) {
    if (v.length < 2 || v.charCodeAt(v.length - 1) !== 39) bail();
    const inner = v.slice(1, -1);
    if (inner.replace(/''/g, '').includes("'")) bail();
    return inner.replace(/''/g, "'");
  }
  // Indicators a plain scalar cannot start with, and what would end or change it part-way.
  if (v === '' || '[]{},#&*!|>%@`'.includes(v[0]!)) bail();
  if ((c === 45 /* - */ || c === 63 /* ? */ || c === 58) /* : */ && (v.length === 1 || v.charCodeAt(1) === 32)) bail();
  if (v.includes(': ') || v.endsWith(':') || v.includes(' #') || v.startsWith('---') || v.startsWith('...')) bail();
  if (inFlow && /[[\]{},]/.test(v)) bail();
  if (MAYBE_NOT_STRING.test(v)) return jsYaml.load(v);
  return v;
}
