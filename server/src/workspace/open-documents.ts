// The documents the client has open, keyed by canonical URI. Incremental changes are applied with
// vscode-languageserver-textdocument; a change for an unknown document or an older version than
// the one held is ignored rather than corrupting the text.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { canonicalUri } from './uri.js';

export class OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  open(uri: string, languageId: string, version: number, text: string): TextDocument {
    const key = canonicalUri(uri);
    const doc = TextDocument.create(key, languageId, version, text);
    this.docs.set(key, doc);
    return doc;
  }

  /** Applies changes; returns the updated document, or undefined when the change was ignored. */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): TextDocument | undefined {
    const key = canonicalUri(uri);
    const doc = this.docs.get(key);
    if (!doc || version < doc.version) return undefined;
    return TextDocument.update(doc, changes, version);
  }

  close(uri: string): boolean {
    return this.docs.delete(canonicalUri(uri));
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(canonicalUri(uri));
  }

  has(uri: string): boolean {
    return this.docs.has(canonicalUri(uri));
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }
}
