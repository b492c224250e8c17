// "Add to entities.yaml as company / regulator": appends an entry for an unknown organisation to
// the workspace KB file, in the file's own style (indentation, blank lines between entries, line
// breaks), or creates the file. Only inserts: nothing already in the file is touched.
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver';
import { documentEdit, lineBreakOf, type EditCapabilities } from './edits.js';

export interface KbTarget {
  uri: string;
  /** Current text (the editor's if open), or null when the file does not exist yet. */
  text: string | null;
  /** Editor version when open, else null. */
  version: number | null;
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'entity' : slug.slice(0, 60).replace(/-+$/, '');
}

/** A YAML scalar for the value: plain when that is unambiguous, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .&'’,()/+-]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(value) &&
    !/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) &&
    !/^0[xob]/i.test(value);
  return plain ? value : JSON.stringify(value);
}

interface Style {
  itemIndent: string;
  /** The dash and the spaces after it, as the file writes them. */
  dash: string;
  keyIndent: string;
  blankBetween: boolean;
  eol: string;
}

/** The file's list style, or null when it is not a block list we can append to (flow style, a mapping). */
function styleOf(text: string): Style | null {
  const eol = lineBreakOf(text);
  const lines = text.split(/\r\n|\r|\n/);
  const content = lines.filter((l) => l.trim() !== '' && !/^\s*#/.test(l) && !/^(---|\.\.\.)\s*$/.test(l));
  if (content.length === 0) return { itemIndent: '', dash: '- ', keyIndent: '  ', blankBetween: false, eol };
  const first = /^(\s*)-(\s+)/.exec(content[0]!);
  if (!first) return null;
  const itemIndent = first[1]!;
  let keyIndent = itemIndent + '-' + first[2]!;
  keyIndent = ' '.repeat(keyIndent.length);
  const itemLines = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.startsWith(itemIndent + '-') && /^\s*-\s/.test(l));
  const second = lines.find((l, i) => i > 0 && /^\s+[\w-]+:/.test(l) && !l.trimStart().startsWith('-'));
  if (second) keyIndent = /^(\s+)/.exec(second)![1]!;
  const blankBetween = itemLines.length > 1 && itemLines.slice(1).every(({ i }) => lines[i - 1]!.trim() === '');
  return { itemIndent, dash: '-' + first[2]!, keyIndent, blankBetween, eol };
}

function idsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/^\s*(?:-\s+)?id:\s*["']?([^"'\s#]+)/gm)) out.add(m[1]!);
  return out;
}

export function entityEntryText(target: KbTarget, name: string, kind: string, idTaken: (id: string) => boolean): { offsetText: string; insert: string } | null {
  const text = target.text ?? '';
  const style = styleOf(text);
  if (style === null) return null;
  const inFile = idsIn(text);
  const base = slugify(name);
  let id = base;
  for (let n = 2; idTaken(id) || inFile.has(id); n++) id = `${base}-${n}`;
  const { itemIndent, dash, keyIndent, eol } = style;
  const entry = [`${itemIndent}${dash}id: ${yamlScalar(id)}`, `${keyIndent}name: ${yamlScalar(name)}`, `${keyIndent}kind: ${kind}`].join(eol) + eol;
  let prefix = '';
  if (text.length > 0 && !/[\r\n]$/.test(text)) prefix += eol;
  const hasEntries = /^\s*-\s/m.test(text);
  if (style.blankBetween && hasEntries && !/(\r\n|\r|\n)\s*(\r\n|\r|\n)$/.test(prefix === '' ? text : text + prefix)) prefix += eol;
  return { offsetText: text, insert: prefix + entry };
}

export function addEntityEdit(target: KbTarget, name: string, kind: string, idTaken: (id: string) => boolean, caps: EditCapabilities): WorkspaceEdit | null {
  const entry = entityEntryText(target, name, kind, idTaken);
  if (entry === null) return null;
  if (target.text === null) {
    if (!caps.createFiles || !caps.documentChanges) return null;
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: entry.insert }] },
      ],
    };
  }
  const text = target.text;
  const lines = text.split(/\r\n|\r|\n/);
  const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  return documentEdit(target.uri, target.version, [{ range: { start: end, end }, newText: entry.insert }], caps);
}

export function addEntityAction(target: KbTarget, name: string, kind: 'company' | 'regulator', idTaken: (id: string) => boolean, caps: EditCapabilities): CodeAction | null {
  const edit = addEntityEdit(target, name, kind, idTaken, caps);
  if (edit === null) return null;
  const file = target.uri.slice(target.uri.lastIndexOf('/') + 1);
  return { title: `Add "${name}" to ${decodeURIComponent(file)} as ${kind}`, kind: 'quickfix', edit };
}
