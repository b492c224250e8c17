import type { AnalysisResult } from '../analysis/index.js';

// The server's only window on the disk. Features and the workspace model go through this interface,
// so unit tests run on an in-memory workspace and the language server never touches files itself.

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export type ReadOutcome =
  | { kind: 'text'; text: string; stamp: FileStamp }
  /** Not analysed (too large, binary, not UTF-8): the result holds the one informational diagnostic. */
  | { kind: 'skipped'; result: AnalysisResult; stamp: FileStamp }
  | { kind: 'missing' }
  | { kind: 'error'; message: string };

export interface FileAccess {
  /** Reads a text file, refusing files over `maxSize` bytes and binary ones without decoding them. */
  read(uri: string, maxSize: number): Promise<ReadOutcome>;
  stat(uri: string): Promise<FileStamp | null>;
  /** Files under `folderUri` matching one of `include` and none of `exclude` (globs relative to the folder), as canonical URIs. */
  list(folderUri: string, include: string[], exclude: string[]): Promise<string[]>;
  /** The bundled default knowledge base, or null when it cannot be found. */
  readDefaultKnowledgeBase(): Promise<{ uri: string; text: string } | null>;
}
