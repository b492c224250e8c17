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
    // A file without a single line of YAML is one being rewritten (select all, paste) rather than a
    // KB meant to be empty — that is `[]` — so its last entries stay, like those of a broken file.
    const keepsLast = previous !== undefined && previous.entities.length > 0 && result.entities.length === 0 && isBlank(text);
    const entities = (hasError || keepsLast) && previous ? previous.entities : result.entities;
    const diagnostics = keepsLast ? result.diagnostics.map((d) => ({ ...d, message: `${d.message} Until then, its last entries stay in use.` })) : result.diagnostics;
    this.files.set(uri, { entities, diagnostics });
    if (!previous || previous.entities !== entities) this.invalidate();
    return diagnostics;
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

/** True for text holding only blank lines and comments. */
function isBlank(text: string): boolean {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.trim();
    if (t !== '' && !t.startsWith('#')) return false;
  }
  return true;
}
