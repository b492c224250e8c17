import type { Entity, KbDiagnostic } from './types.js';

export interface KbFile {
  uri: string;
  text: string;
}

export interface KbParseResult {
  /** Valid entries; entries with errors are left out. */
  entities: Entity[];
  diagnostics: KbDiagnostic[];
  /** False when the file could not be read as YAML at all (callers then keep the last good version). */
  ok: boolean;
}

export function parseKnowledgeBaseFile(file: KbFile): KbParseResult {
  void file;
  throw new Error('not implemented yet');
}
