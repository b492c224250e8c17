// The knowledge-base files in force: the bundled default plus every workspace KB file, with the
// editor's unsaved contents winning over the file on disk.
//
// Which files apply to an article is decided as the CLI decides it (server/src/node/entity-files.ts),
// so the Problems panel and a CI run agree: the default KB, then every entities.yaml/yml in the
// article's folder and its parents up to the workspace folder (nearer files win), then the
// folder's `entityFiles` setting. Each file is held by its own core KnowledgeBaseStore, which
// keeps the last version without errors, so a half-typed edit never makes mentions vanish.
import { KnowledgeBase, KnowledgeBaseStore, parseKnowledgeBaseFile, type Entity, type KbDiagnostic } from '../analysis/index.js';
import { basename, canonicalUri, dirname, isInside } from './uri.js';

interface HeldFile {
  store: KnowledgeBaseStore;
  diagnostics: KbDiagnostic[];
  /** The text last applied, so saving an unchanged file does not invalidate every analysis. */
  text: string;
}

export class KnowledgeBaseFiles {
  /** Incremented whenever any file's entities in force may have changed. */
  generation = 0;
  private defaultUri: string | null = null;
  private defaultEntities: ReadonlyArray<Entity> = [];
  private defaultDiagnostics: KbDiagnostic[] = [];
  private readonly files = new Map<string, HeldFile>();
  private readonly openInEditor = new Set<string>();
  private readonly composed = new Map<string, KnowledgeBase>();
  private merged: KnowledgeBase | undefined;
  private byDirectory: Map<string, string[]> | undefined;

  get defaultFileUri(): string | null {
    return this.defaultUri;
  }

  /** Problems found in the bundled default KB (logged; they are not the editor's to fix). */
  get defaultFileDiagnostics(): KbDiagnostic[] {
    return this.defaultDiagnostics;
  }

  private changed(): void {
    this.generation++;
    this.composed.clear();
    this.merged = undefined;
    this.byDirectory = undefined;
  }

  /** Discovered KB files (entities.yaml/yml) per directory. */
  private directories(): Map<string, string[]> {
    if (!this.byDirectory) {
      this.byDirectory = new Map();
      for (const u of this.uris()) {
        if (!/^entities\.ya?ml$/i.test(basename(u))) continue;
        const d = dirname(u);
        const list = this.byDirectory.get(d) ?? [];
        list.push(u);
        this.byDirectory.set(d, list);
      }
    }
    return this.byDirectory;
  }

  setDefault(file: { uri: string; text: string } | null): void {
    if (file === null) {
      this.defaultUri = null;
      this.defaultEntities = [];
      this.defaultDiagnostics = [];
    } else {
      const parsed = parseKnowledgeBaseFile(file);
      this.defaultUri = file.uri;
      this.defaultEntities = parsed.entities;
      this.defaultDiagnostics = parsed.diagnostics;
    }
    this.changed();
  }

  /** Contents from the editor (open or changed); returns the file's diagnostics. */
  fromEditor(uri: string, text: string): KbDiagnostic[] {
    const key = canonicalUri(uri);
    this.openInEditor.add(key);
    return this.apply(key, text);
  }

  /** The editor closed the file: the caller reads it from disk again (or removes it). */
  closedInEditor(uri: string): void {
    this.openInEditor.delete(canonicalUri(uri));
  }

  isOpenInEditor(uri: string): boolean {
    return this.openInEditor.has(canonicalUri(uri));
  }

  /** Contents read from disk; ignored while the editor holds the file. */
  fromDisk(uri: string, text: string): KbDiagnostic[] | null {
    const key = canonicalUri(uri);
    if (this.openInEditor.has(key)) return null;
    return this.apply(key, text);
  }

  /** The file is gone from disk; an open editor's contents stay in force. */
  removedFromDisk(uri: string): boolean {
    const key = canonicalUri(uri);
    if (this.openInEditor.has(key) || !this.files.delete(key)) return false;
    this.changed();
    return true;
  }

  has(uri: string): boolean {
    return this.files.has(canonicalUri(uri));
  }

  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  diagnosticsFor(uri: string): KbDiagnostic[] {
    return this.files.get(canonicalUri(uri))?.diagnostics ?? [];
  }

  /** Entities in force for one file. */
  entitiesOf(uri: string): ReadonlyArray<Entity> {
    return this.files.get(canonicalUri(uri))?.store.kb.entities ?? [];
  }

  /** The KB files that apply to an article, in layer order (outermost first, extra files last). */
  filesFor(articleUri: string, folder: string | null, extraFiles: ReadonlyArray<string> = []): string[] {
    const key = canonicalUri(articleUri);
    const chain: string[] = [];
    const byDir = this.directories();
    let dir = dirname(key);
    for (;;) {
      // entities.yaml before entities.yml in the same folder, so .yml wins as the CLI's order has it.
      chain.unshift(...(byDir.get(dir) ?? []));
      if (folder === null || dir === folder || !isInside(dir, folder)) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    const extra = extraFiles.map(canonicalUri).filter((u) => this.files.has(u) && !chain.includes(u));
    return [...chain, ...extra];
  }

  /** The KB for an article: the default plus the files that apply to it. Cached until a file changes. */
  kbFor(articleUri: string, folder: string | null, extraFiles: ReadonlyArray<string> = []): KnowledgeBase {
    const files = this.filesFor(articleUri, folder, extraFiles);
    const key = files.join('\n');
    let kb = this.composed.get(key);
    if (!kb) {
      kb = KnowledgeBase.fromLayers([this.defaultEntities, ...files.map((u) => this.entitiesOf(u))]);
      if (this.composed.size > 256) this.composed.clear();
      this.composed.set(key, kb);
    }
    return kb;
  }

  /** Every entity of every file (for workspace symbols and KB-side navigation). */
  get all(): KnowledgeBase {
    this.merged ??= KnowledgeBase.fromLayers([this.defaultEntities, ...this.uris().map((u) => this.entitiesOf(u))]);
    return this.merged;
  }

  private apply(key: string, text: string): KbDiagnostic[] {
    let held = this.files.get(key);
    if (held && held.text === text) return held.diagnostics;
    const added = !held;
    if (!held) this.files.set(key, (held = { store: new KnowledgeBaseStore([]), diagnostics: [], text }));
    const before = held.store.kb;
    held.diagnostics = held.store.update(key, text);
    held.text = text;
    if (added || held.store.kb !== before) this.changed();
    return held.diagnostics;
  }
}
