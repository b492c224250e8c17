import { KnowledgeBase } from './knowledge-base.js';
import type { Entity, KbDiagnostic } from './types.js';

/**
 * Holds the KB files of a workspace (plus the bundled default) and keeps, per file, the last
 * version that parsed, so a broken edit never makes mentions vanish.
 */
export class KnowledgeBaseStore {
  constructor(defaultEntities: ReadonlyArray<Entity>) {
    void defaultEntities;
  }
  /** Adds or replaces a KB file; returns that file's diagnostics. */
  update(uri: string, text: string): KbDiagnostic[] {
    void uri; void text;
    throw new Error('not implemented yet');
  }
  remove(uri: string): void {
    void uri;
  }
  /** Diagnostics of every file currently held, by uri. */
  diagnostics(): Map<string, KbDiagnostic[]> {
    return new Map();
  }
  /** The merged KB: default first, then workspace files in uri order. Cached until the next change. */
  get kb(): KnowledgeBase {
    throw new Error('not implemented yet');
  }
  /** Files held, by uri. */
  uris(): string[] {
    return [];
  }
}
