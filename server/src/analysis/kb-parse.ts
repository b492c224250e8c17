// Reads one knowledge-base file (a YAML list of entries) into entities with source positions.
// Values come from js-yaml, which is fast and reports syntax errors with line and column. Positions
// of entries and their keys come from a scan of the block-style lines, which costs one pass over the
// text: the `yaml` library's position-keeping document model takes ~10 s on a 100,000-entry file
// (issue 6). Files the scan cannot follow (flow style) fall back to that document model.
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { readKbYaml } from './kb-yaml.js';
import { ENTITY_KINDS, type Entity, type EntityKind, type KbDiagnostic, type Language, type Severity } from './types.js';

export interface KbFile {
  uri: string;
  text: string;
}

export interface KbParseResult {
  /** Valid entries; entries with errors are left out. */
  entities: Entity[];
  diagnostics: KbDiagnostic[];
  /** False when the file could not be read as YAML at all (callers then keep the last good version). */
  ok: boolean;
}

interface EntryPositions {
  line: number;
  character: number;
  /**
   * Key → position of the key, for precise diagnostics. Found when a diagnostic first needs it
   * (`keysOf`): a valid entry never does, and 100,000 maps made up front cost more than the parse.
   */
  keys: Map<string, { line: number; character: number }> | null;
  /** The entry's lines: text offsets of its item line and of the line after its last. */
  from: number;
  to: number;
}

const KNOWN_KEYS = new Set(['id', 'name', 'kind', 'aliases', 'description', 'url', 'wikidata', 'preferred', 'role', 'title', 'patterns']);
const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
const PATTERN_WORD_RE = /^[\p{L}\p{N}'’&.:/-]+\*?$/u;

function diag(uri: string, severity: Severity, message: string, line: number, character: number, length = 1): KbDiagnostic {
  return { uri, severity, message, line, character, endLine: line, endCharacter: character + Math.max(1, length) };
}

/** Scans block-style YAML for the start line of each top-level list item. */
function scanBlockEntries(text: string): EntryPositions[] {
  const out: EntryPositions[] = [];
  let itemIndent = -1;
  let line = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = n;
    let indent = 0;
    while (pos + indent < eol && text.charCodeAt(pos + indent) === 32) indent++;
    const c = text.charCodeAt(pos + indent);
    const isBlank = pos + indent >= eol || c === 13 || c === 35; /* # comment */
    if (!isBlank) {
      const isItem = c === 45 /* - */ && (pos + indent + 1 >= eol || text.charCodeAt(pos + indent + 1) === 32 || text.charCodeAt(pos + indent + 1) === 13);
      if (itemIndent === -1 && isItem) itemIndent = indent;
      if (isItem && indent === itemIndent) {
        if (out.length > 0) out[out.length - 1]!.to = pos;
        out.push({ line, character: indent, keys: null, from: pos, to: n + 1 });
      }
    }
    line++;
    pos = eol + 1;
    if (eol === n) break;
  }
  return out;
}

/** The keys of one entry found by `scanBlockEntries`: on its item line, then on its lines indented as that key. */
function keysOf(text: string, entry: EntryPositions): Map<string, { line: number; character: number }> {
  if (entry.keys) return entry.keys;
  const keys = new Map<string, { line: number; character: number }>();
  entry.keys = keys;
  let keyIndent = -1;
  let line = entry.line;
  let pos = entry.from;
  const n = Math.min(entry.to, text.length + 1);
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let indent = 0;
    while (pos + indent < eol && text.charCodeAt(pos + indent) === 32) indent++;
    const c = text.charCodeAt(pos + indent);
    const isBlank = pos + indent >= eol || c === 13 || c === 35; /* # comment */
    if (keyIndent === -1) {
      // `- id: x` on the item line itself
      let k = pos + indent + 1;
      while (k < eol && text.charCodeAt(k) === 32) k++;
      keyIndent = k - pos;
      readKey(text, k, eol, line, keyIndent, keys);
    } else if (!isBlank && indent === keyIndent) {
      readKey(text, pos + indent, eol, line, indent, keys);
    }
    line++;
    pos = eol + 1;
  }
  return keys;
}

function readKey(text: string, from: number, eol: number, line: number, character: number, keys: Map<string, { line: number; character: number }>): void {
  let k = from;
  while (k < eol) {
    const c = text.charCodeAt(k);
    if (c === 58 /* : */) break;
    if (c === 32 || c === 34 || c === 39 || c === 123 || c === 91) return; // not a plain `key:`
    k++;
  }
  if (k >= eol || k === from) return;
  const key = text.slice(from, k);
  if (!keys.has(key)) keys.set(key, { line, character });
}

/** Positions from the `yaml` document model, for files the line scan cannot follow. */
function positionsFromDocument(text: string): EntryPositions[] | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isSeq(doc.contents)) return null;
  const at = (node: YamlNode | null | undefined) => {
    const offset = node?.range?.[0] ?? 0;
    const p = lineCounter.linePos(offset);
    return { line: p.line - 1, character: p.col - 1 };
  };
  return doc.contents.items.map((item) => {
    const keys = new Map<string, { line: number; character: number }>();
    if (isMap(item)) {
      for (const pair of item.items) if (isScalar(pair.key)) keys.set(String(pair.key.value), at(pair.key));
    }
    return { ...at(item as YamlNode), keys, from: 0, to: 0 };
  });
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

export function parseKnowledgeBaseFile(file: KbFile): KbParseResult {
  const { uri } = file;
  // A BOM is not content; js-yaml would otherwise count it as a column.
  const text = file.text.charCodeAt(0) === 0xfeff ? ' ' + file.text.slice(1) : file.text;
  let data: unknown;
  try {
    data = readKbYaml(text) ?? jsYaml.load(text, { filename: uri, json: false });
  } catch (err) {
    const e = err as { mark?: { line: number; column: number }; reason?: string; message?: string };
    const line = e.mark?.line ?? 0;
    const column = e.mark?.column ?? 0;
    return { entities: [], ok: false, diagnostics: [diag(uri, 'error', `YAML syntax error: ${e.reason ?? e.message ?? 'cannot parse'}. The last good version of this file stays in use.`, line, column)] };
  }
  if (data === undefined || data === null) {
    return { entities: [], ok: true, diagnostics: [diag(uri, 'information', 'This knowledge-base file is empty: add entries as a YAML list (`- id: …`).', 0, 0)] };
  }
  if (!Array.isArray(data)) {
    return { entities: [], ok: false, diagnostics: [diag(uri, 'error', 'A knowledge-base file must be a YAML list of entries, each starting with `- id: …`.', 0, 0)] };
  }

  let positions = scanBlockEntries(text);
  if (positions.length !== data.length) positions = positionsFromDocument(text) ?? [];
  const posOf = (i: number): EntryPositions => positions[i] ?? { line: 0, character: 0, keys: new Map(), from: 0, to: 0 };

  const diagnostics: KbDiagnostic[] = [];
  const entities: Entity[] = [];
  const ids = new Map<string, number>();
  const forms = new Map<string, string>();

  data.forEach((raw: unknown, index: number) => {
    const p = posOf(index);
    const keyPos = (key: string) => keysOf(text, p).get(key) ?? { line: p.line, character: p.character };
    const err = (key: string | null, message: string, severity: Severity = 'error') => {
      const kp = key ? keyPos(key) : p;
      diagnostics.push(diag(uri, severity, message, kp.line, kp.character, key?.length ?? 1));
    };
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      err(null, `Entry ${index + 1} must be a mapping with at least \`id\`, \`name\` and \`kind\`.`);
      return;
    }
    const r = raw as Record<string, unknown>;
    let valid = true;
    const fail = (key: string | null, message: string) => {
      err(key, message);
      valid = false;
    };
    for (const key of Object.keys(r)) {
      if (!KNOWN_KEYS.has(key)) err(key, `Unknown key \`${key}\`; known keys: ${[...KNOWN_KEYS].join(', ')}.`, 'warning');
    }
    const id = r.id;
    if (typeof id !== 'string' && typeof id !== 'number') fail('id', 'Missing `id`: every entry needs a unique id (e.g. `microsoft`).');
    else if (!ID_RE.test(String(id))) fail('id', `The id \`${String(id)}\` may hold only letters, digits, \`-\`, \`_\` and \`.\`.`);
    else if (ids.has(String(id))) fail('id', `Duplicate id \`${String(id)}\`: it is already used by entry ${ids.get(String(id))! + 1}.`);
    const name = r.name;
    if (typeof name !== 'string' || name.trim() === '') fail('name', 'Missing `name`: the display name of the entity.');
    const kind = r.kind;
    if (typeof kind !== 'string' || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
      fail(r.kind === undefined ? null : 'kind', `${r.kind === undefined ? 'Missing `kind`' : `Unknown kind \`${String(kind)}\``}: expected one of ${ENTITY_KINDS.join(', ')}.`);
    }
    const aliases = r.aliases ?? [];
    if (!isStringList(aliases)) fail('aliases', '`aliases` must be a list of strings.');
    const patterns = r.patterns ?? [];
    if (!isStringList(patterns)) fail('patterns', '`patterns` must be a list of strings.');
    else {
      for (const pat of patterns) {
        const words = pat.trim().split(/\s+/);
        if (pat.trim() === '' || !words.every((w) => PATTERN_WORD_RE.test(w))) {
          fail('patterns', `Pattern \`${pat}\` is not valid: use words separated by spaces, with \`*\` only at the end of a word (no regular expressions).`);
        }
      }
    }
    for (const key of ['description', 'role', 'title'] as const) {
      if (r[key] !== undefined && typeof r[key] !== 'string') fail(key, `\`${key}\` must be text.`);
    }
    if (r.url !== undefined && (typeof r.url !== 'string' || !/^https?:\/\/[^\s]+$/i.test(r.url))) fail('url', '`url` must be an http(s) address.');
    if (r.wikidata !== undefined && (typeof r.wikidata !== 'string' || !/^Q\d+$/.test(r.wikidata))) fail('wikidata', '`wikidata` must be a Wikidata item id such as `Q2283`.');
    let preferred: Partial<Record<Language, string>> | undefined;
    if (r.preferred !== undefined) {
      const pr = r.preferred;
      if (pr === null || typeof pr !== 'object' || Array.isArray(pr)) fail('preferred', '`preferred` must map a language (`sv`, `en`) to a spelling.');
      else {
        preferred = {};
        for (const [lang, spelling] of Object.entries(pr as Record<string, unknown>)) {
          if ((lang !== 'sv' && lang !== 'en') || typeof spelling !== 'string') fail('preferred', '`preferred` must map `sv` or `en` to a spelling.');
          else preferred[lang] = spelling;
        }
      }
    }
    if (!valid) return;
    const idStr = String(id);
    ids.set(idStr, index);
    const entity: Entity = {
      id: idStr,
      name: (name as string).trim(),
      kind: kind as EntityKind,
      aliases: (aliases as string[]).map((a) => a.trim()).filter(Boolean),
      patterns: (patterns as string[]).map((a) => a.trim()),
      location: { uri, line: p.line, character: p.character },
    };
    if (typeof r.description === 'string') entity.description = r.description;
    if (typeof r.url === 'string') entity.url = r.url;
    if (typeof r.wikidata === 'string') entity.wikidata = r.wikidata;
    if (typeof r.role === 'string') entity.role = r.role;
    if (typeof r.title === 'string') entity.title = r.title;
    if (preferred) entity.preferred = preferred;
    for (const form of [entity.name, ...entity.aliases]) {
      const owner = forms.get(form);
      if (owner !== undefined && owner !== entity.id) {
        err(form === entity.name ? 'name' : 'aliases', `\`${form}\` is already claimed by \`${owner}\`: a name or alias may belong to one entity only.`);
      } else {
        forms.set(form, entity.id);
      }
    }
    entities.push(entity);
  });
  return { entities, diagnostics, ok: true };
}
