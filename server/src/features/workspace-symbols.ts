// Workspace symbols: the knowledge base's entities by name or alias, located at their KB entries.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { EntityKind, KnowledgeBase } from '../analysis/index.js';

const KIND: Record<EntityKind, SymbolKind> = {
  company: SymbolKind.Class,
  regulator: SymbolKind.Namespace,
  organisation: SymbolKind.Module,
  person: SymbolKind.Object,
  product: SymbolKind.Interface,
  place: SymbolKind.Package,
};

/** Case- and accent-insensitive form for matching queries. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when the query's characters occur in order in the candidate (VS Code's fuzzy matching). */
function fuzzy(query: string, candidate: string): boolean {
  let i = 0;
  for (let j = 0; j < candidate.length && i < query.length; j++) if (candidate[j] === query[i]) i++;
  return i === query.length;
}

export function workspaceSymbols(kb: KnowledgeBase, query: string, limit = 1000): SymbolInformation[] {
  const q = fold(query.replace(/\s+/g, ''));
  const scored: Array<{ score: number; info: SymbolInformation }> = [];
  for (const e of kb.entities) {
    if (!e.location) continue;
    const forms = [e.name, ...e.aliases].map((f) => fold(f.replace(/\s+/g, '')));
    let score = -1;
    for (const f of forms) {
      if (q === '' || f.startsWith(q)) score = Math.max(score, 2);
      else if (f.includes(q)) score = Math.max(score, 1);
      else if (fuzzy(q, f)) score = Math.max(score, 0);
    }
    if (score < 0) continue;
    const { uri, line, character } = e.location;
    scored.push({
      score,
      info: { name: e.name, kind: KIND[e.kind], containerName: e.kind, location: { uri, range: { start: { line, character }, end: { line, character } } } },
    });
  }
  scored.sort((a, b) => b.score - a.score || a.info.name.localeCompare(b.info.name));
  return scored.slice(0, limit).map((s) => s.info);
}
