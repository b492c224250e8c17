// Building workspace edits the way the client can take them: versioned document edits when it
// supports them (so a fix computed for an older version is refused rather than misplaced), snippet
// edits to leave the cursor where the editor should type next, plain text edits otherwise.
import type { Position, SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export interface EditCapabilities {
  documentChanges: boolean;
  snippets: boolean;
  createFiles: boolean;
}

/** An insertion whose snippet form marks where the cursor goes with `$0`. */
export interface Insertion {
  at: Position;
  /** The text inserted without snippet support. */
  text: string;
  /** The same text as a snippet (literal parts escaped with escapeSnippet), or undefined. */
  snippet?: string;
}

export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

export function toEdits(insertions: ReadonlyArray<Insertion | TextEdit>, caps: EditCapabilities): Array<TextEdit | SnippetTextEdit> {
  return insertions.map((i) => {
    if ('range' in i) return i;
    const range = { start: i.at, end: i.at };
    if (caps.snippets && caps.documentChanges && i.snippet !== undefined) {
      return { range, snippet: { kind: 'snippet', value: i.snippet } } satisfies SnippetTextEdit;
    }
    return { range, newText: i.text } satisfies TextEdit;
  });
}

export function documentEdit(uri: string, version: number | null, edits: Array<TextEdit | SnippetTextEdit>, caps: EditCapabilities): WorkspaceEdit {
  if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits.filter((e): e is TextEdit => 'newText' in e) } };
}

/** The line break the document uses. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
