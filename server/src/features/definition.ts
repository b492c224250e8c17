// Go to definition: from a mention to its entry in the knowledge-base file.
import type { Location, LocationLink, Position } from 'vscode-languageserver';
import type { ArticleAnalysis } from '../workspace/article-analysis.js';
import { mentionAt } from './hover.js';

export function definition(a: ArticleAnalysis, position: Position, linkSupport: boolean): LocationLink[] | Location | null {
  if (position.line < 0 || position.line >= a.lines.lineCount) return null;
  const m = mentionAt(a, a.lines.offsetAt(position));
  if (!m || m.entity === null) return null;
  const loc = a.kb.get(m.entity)?.location;
  if (!loc) return null;
  const target = { start: { line: loc.line, character: loc.character }, end: { line: loc.line, character: loc.character } };
  if (!linkSupport) return { uri: loc.uri, range: target };
  return [
    {
      originSelectionRange: { start: a.lines.positionAt(m.start), end: a.lines.positionAt(m.end) },
      targetUri: loc.uri,
      targetRange: target,
      targetSelectionRange: target,
    },
  ];
}
