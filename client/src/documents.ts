// Which documents News Annotator looks at. The server decides what counts as an article within
// these (newsAnnotator.articles / exclude); the client only narrows the stream to Markdown on disk
// and the knowledge base files, so nothing else is ever sent to the server.
import type { TextDocument } from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';

const FILE_SCHEME = 'file';
const MARKDOWN = 'markdown';

export const DOCUMENT_SELECTOR: DocumentSelector = [
  // Markdown articles saved on disk: untitled buffers, diffs and virtual files are left alone.
  { scheme: FILE_SCHEME, language: MARKDOWN },
  // Knowledge base files, whatever language mode the editor picked for them.
  { scheme: FILE_SCHEME, pattern: '**/entities.yaml' },
  { scheme: FILE_SCHEME, pattern: '**/entities.yml' },
];

export function isArticle(document: TextDocument): boolean {
  return document.uri.scheme === FILE_SCHEME && document.languageId === MARKDOWN;
}
