// The KB files of a workspace plus the bundled default. Keeps, per file, the last version without
// errors, so a half-typed edit never makes mentions vanish from the articles.
import { parseKnowledgeBaseFile } from './kb-parse.js';
import { KnowledgeBase } from './knowledge-base.js';
import type { Entity, KbDiagnostic } from './types.js';

interface HeldFile {
  /** Entities in force for this file: the last version without errors. */
  entities: Entity[];
  diagnostics: KbDiagnostic[];
}

export class KnowledgeBaseStore {
  private readonly files = new Map<string, HeldFile>();
  private cached: KnowledgeBase | undefined;
  private readonly perFolder = new Map<string, KnowledgeBase>();

  constructor(private defaultEntities: ReadonlyArray<Entity> = []) {}

  setDefault(entities: ReadonlyArray<Entity>): void {
    this.defaultEntities = entities;
    this.invalidate();
  }

  private invalidate(): void {
    this.cached = undefined;
    this.perFolder.clear();
  }

  /** Adds or replaces a KB file; returns that file's diagnostics. */
  update(uri: string, text: string): KbDiagnostic[] {
    const result = parseKnowledgeBaseFile({ uri, text });
    const hasError = !result.ok || result.diagnostics.some((d) => d.severity === 'error');
    const previous = this.files.get(uri);
    const entities = hasError && previous ? previous.entities : result.entities;
    this.files.set(uri, { entities, diagnostics: result.diagnostics });
    if (!previous || previous.entities !== entities) this.invalidate();
    return result.diagnostics;
  }

  /** A file that was deleted: its entities leave the KB. */
  remove(uri: string): void {
    if (this.files.delete(uri)) this.invalidate();
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  diagnostics(): Map<string, KbDiagnostic[]> {
    return new Map([...this.files].map(([uri, f]) => [uri, f.diagnostics]));
  }

  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The merged KB: default first, then workspace files in uri order. Cached until the next change. */
  get kb(): KnowledgeBase {
    this.cached ??= KnowledgeBase.fromLayers([this.defaultEntities, ...this.uris().map((u) => this.files.get(u)!.entities)]);
    return this.cached;
  }

  /**
   * The KB for the articles of one folder (a workspace folder in a multi-root workspace, or an
   * article's directory): the default plus only the files inside that folder. Cached until the next change.
   */
  kbForFolder(folderUri: string): KnowledgeBase {
    const prefix = folderUri.endsWith('/') ? folderUri : folderUri + '/';
    const applicable = this.uris().filter((u) => u.startsWith(prefix));
    if (applicable.length === this.files.size) return this.kb;
    const key = applicable.join('\n');
    let kb = this.perFolder.get(key);
    if (!kb) {
      kb = KnowledgeBase.fromLayers([this.defaultEntities, ...applicable.map((u) => this.files.get(u)!.entities)]);
      this.perFolder.set(key, kb);
    }
    return kb;
  }
}
