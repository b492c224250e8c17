// Completion of known entity names in articles (the spelling preferred for the article's language
// first) and of `kind` values in knowledge-base files.
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver';
import { ENTITY_KINDS, type Entity, type EntityKind, type KnowledgeBase, type Language } from '../analysis/index.js';

const ITEM_KIND: Record<EntityKind, CompletionItemKind> = {
  company: CompletionItemKind.Class,
  regulator: CompletionItemKind.Module,
  organisation: CompletionItemKind.Module,
  person: CompletionItemKind.Constant,
  product: CompletionItemKind.Interface,
  place: CompletionItemKind.Folder,
};

const MAX_ITEMS = 200;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The partial name before the cursor: letters, digits and the punctuation names hold. */
function prefixBefore(lineText: string): string {
  const m = /[\p{L}\p{N}&'’.-]*$/u.exec(lineText);
  return m ? m[0] : '';
}

export interface ArticleCompletionInput {
  kb: KnowledgeBase;
  language: Language;
  /** Text of the line up to the cursor. */
  linePrefix: string;
  position: Position;
  /** Entity ids already mentioned in the article, offered first. */
  mentioned: ReadonlySet<string>;
}

export function completeEntityNames(input: ArticleCompletionInput): CompletionList {
  const prefix = prefixBefore(input.linePrefix);
  const p = fold(prefix);
  const range = { start: { line: input.position.line, character: input.position.character - prefix.length }, end: input.position };
  const items: CompletionItem[] = [];
  let incomplete = false;
  const add = (e: Entity, form: string, preferred: boolean) => {
    const local = input.mentioned.has(e.id);
    items.push({
      label: form,
      kind: ITEM_KIND[e.kind],
      detail: form === e.name ? e.kind : `${e.name} · ${e.kind}`,
      documentation: e.description,
      sortText: `${local ? 0 : 1}${preferred ? 0 : 1}${fold(form)}`,
      filterText: form,
      textEdit: { range, newText: form },
    });
  };
  for (const e of input.kb.entities) {
    if (p === '' && !input.mentioned.has(e.id) && items.length >= MAX_ITEMS) {
      incomplete = true;
      continue;
    }
    const preferred = e.preferred?.[input.language];
    const forms = new Set<string>([preferred ?? e.name, e.name, ...e.aliases]);
    for (const form of forms) {
      if (p !== '' && !fold(form).startsWith(p)) continue;
      if (items.length >= MAX_ITEMS * 5) {
        incomplete = true;
        break;
      }
      add(e, form, preferred === undefined ? form === e.name : form === preferred);
    }
  }
  if (items.length > MAX_ITEMS) {
    items.sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    items.length = MAX_ITEMS;
    incomplete = true;
  }
  return { isIncomplete: incomplete, items };
}

/** In a KB file, after `kind:`: the entity kinds. */
export function completeKbFile(linePrefix: string, position: Position): CompletionList | null {
  const m = /^\s*(?:-\s+)?kind:\s*([\w-]*)$/.exec(linePrefix);
  if (!m) return null;
  const typed = m[1]!;
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  return {
    isIncomplete: false,
    items: ENTITY_KINDS.map((k, i) => ({ label: k, kind: CompletionItemKind.EnumMember, sortText: String(i), textEdit: { range, newText: k } })),
  };
}
