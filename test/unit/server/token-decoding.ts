// Decoding LSP semantic tokens back to text, for tests of the server and of the protocol.
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../../../server/src/protocol.js';

export interface DecodedToken {
  line: number;
  character: number;
  text: string;
  type: string;
  modifiers: string[];
}

/** Decodes LSP's relative token encoding against the document text. */
export function decodeTokens(data: number[], text: string): DecodedToken[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, len, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push({
      line,
      character,
      text: lines[line]!.slice(character, character + len),
      type: SEMANTIC_TOKEN_TYPES[type]!,
      modifiers: SEMANTIC_TOKEN_MODIFIERS.filter((_, bit) => (mods & (1 << bit)) !== 0),
    });
  }
  return out;
}
