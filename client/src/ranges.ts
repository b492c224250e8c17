// Positions from the server are already UTF-16 line/character pairs; only the class differs.
import { Range } from 'vscode';
import type { LspRange } from '../../server/src/protocol.js';

export function toRange(range: LspRange): Range {
  return new Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
