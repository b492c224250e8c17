// The server's model of the workspace: folders and their settings, open documents, the knowledge
// base files, the set of articles on disk and a record per article. It knows nothing of the LSP
// connection: the server wires client notifications into it and turns its change events into
// refreshes or pushed diagnostics.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KbDiagnostic, KnowledgeBase } from '../analysis/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../protocol.js';
import { analyseArticle, resultIdOf, skippedAnalysis, type ArticleAnalysis } from './article-analysis.js';
import { isArticleFile, isKnowledgeBaseFile, KB_FILE_GLOBS, KB_SCAN_EXCLUDE } from './article-globs.js';
import { recordFromAnalysis, skippedRecord, type ArticleRecord } from './article-record.js';
import { contentHash } from './content-hash.js';
import type { FileAccess } from './file-access.js';
import { KnowledgeBaseFiles } from './knowledge-base-files.js';
import { OpenDocuments } from './open-documents.js';
import { normaliseSettings, settingsKey } from './settings.js';
import { canonicalUri, isInside } from './uri.js';

export interface WorkspaceHost {
  /** Raw `newsAnnotator` settings for each scope (null: the global scope), in order. */
  fetchSettings(scopes: Array<string | null>): Promise<unknown[]>;
  log(message: string): void;
}

export type WorkspaceChange =
  /** The KB or the settings changed: every article's analysis may differ. */
  | { kind: 'analysis-inputs' }
  /** A KB file's own diagnostics may have changed. */
  | { kind: 'kb-file'; uri: string }
  /** Articles on disk were created, changed or deleted. */
  | { kind: 'articles'; uris: string[] };

/** File change types of workspace/didChangeWatchedFiles. */
export const FileChange = { Created: 1, Changed: 2, Deleted: 3 } as const;

/** Delay before an edited KB file is parsed again, so typing in a large KB does not re-parse it per keystroke. */
const KB_EDIT_DELAY_MS = 120;
/** Longest stretch of background work before yielding to the event loop (requests come first). */
const SLICE_MS = 8;
const SETTINGS_TIMEOUT_MS = 3000;

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class NewsWorkspace {
  readonly documents = new OpenDocuments();
  readonly kbFiles = new KnowledgeBaseFiles();
  readonly instance = Date.now().toString(36) + Math.floor(Math.random() * 1e6).toString(36);
  private folderUris: string[] = [];
  private globalSettings: Settings = DEFAULT_SETTINGS;
  private readonly folderSettings = new Map<string, Settings>();
  private settingsGeneration = 0;
  /** Articles found on disk, per folder. */
  private readonly diskArticles = new Map<string, Set<string>>();
  /** KB files named by each folder's `entityFiles` setting (they apply to all its articles). */
  private readonly extraKb = new Map<string, string[]>();
  private readonly records = new Map<string, ArticleRecord>();
  private readonly inFlight = new Map<string, Promise<ArticleRecord | null>>();
  /** Articles deleted since the last workspace report, whose findings must be cleared. */
  private readonly removed = new Set<string>();
  private readonly openAnalyses = new Map<string, ArticleAnalysis>();
  private openAnalysisCount = 0;
  private readonly pendingKbEdits = new Set<string>();
  private kbTimer: NodeJS.Timeout | undefined;
  private readonly listeners: Array<(change: WorkspaceChange) => void> = [];
  private indexJob: Promise<void> | null = null;
  private indexRequested = false;
  private started: Promise<void> | null = null;
  private kbLoaded!: Promise<void>;
  /** Set once the default and workspace KBs are read: no article is analysed without them. */
  private kbIsLoaded = false;
  private resolveKbLoaded!: () => void;
  private resolveReady!: () => void;
  /** Resolved once the KB files are loaded (requests on open documents wait for this only). */
  readonly knowledgeBaseReady: Promise<void>;
  /** Resolved once the initial scan of every folder is done. */
  readonly ready: Promise<void>;
  /** Called after an article's record was (re)built in the background, for push clients. */
  onRecordUpdated: ((record: ArticleRecord) => void) | undefined;

  constructor(
    private readonly io: FileAccess,
    private readonly host: WorkspaceHost,
  ) {
    this.knowledgeBaseReady = this.kbLoaded = new Promise<void>((r) => (this.resolveKbLoaded = r));
    void this.kbLoaded.then(() => (this.kbIsLoaded = true));
    this.ready = new Promise<void>((r) => (this.resolveReady = r));
  }

  onChange(listener: (change: WorkspaceChange) => void): void {
    this.listeners.push(listener);
  }

  private emit(change: WorkspaceChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch (err) {
        this.host.log(`change listener failed: ${(err as Error).stack ?? String(err)}`);
      }
    }
  }

  // ---- folders and settings -------------------------------------------------------------------

  get folders(): ReadonlyArray<string> {
    return this.folderUris;
  }

  setFolders(uris: string[]): void {
    // Longest first, so a nested folder wins over its parent.
    this.folderUris = [...new Set(uris.map(canonicalUri).map((u) => u.replace(/\/$/, '')))].sort((a, b) => b.length - a.length);
  }

  folderOf(uri: string): string | null {
    const key = canonicalUri(uri);
    return this.folderUris.find((f) => isInside(key, f)) ?? null;
  }

  settingsFor(uri: string | null): Settings {
    const folder = uri === null ? null : this.folderOf(uri);
    return (folder && this.folderSettings.get(folder)) || this.globalSettings;
  }

  /** Generation of everything an analysis depends on besides the text. */
  get epoch(): string {
    return `${this.kbFiles.generation}-${this.settingsGeneration}`;
  }

  private async fetchAllSettings(): Promise<boolean> {
    const scopes: Array<string | null> = [null, ...this.folderUris];
    let raw: unknown[] = [];
    try {
      raw = await Promise.race([
        this.host.fetchSettings(scopes),
        new Promise<unknown[]>((resolve) => setTimeout(() => resolve([]), SETTINGS_TIMEOUT_MS).unref()),
      ]);
    } catch (err) {
      this.host.log(`Could not read the settings, using the defaults: ${(err as Error).message}`);
    }
    const before = settingsKey(this.globalSettings) + [...this.folderSettings.values()].map(settingsKey).join();
    this.globalSettings = normaliseSettings(raw[0]);
    this.folderSettings.clear();
    this.folderUris.forEach((f, i) => this.folderSettings.set(f, normaliseSettings(raw[i + 1] ?? raw[0])));
    const after = settingsKey(this.globalSettings) + [...this.folderSettings.values()].map(settingsKey).join();
    return before !== after;
  }

  // ---- start-up and scanning --------------------------------------------------------------------

  /** Loads settings, the default KB, the workspace KB files and the list of articles. */
  start(): Promise<void> {
    this.started ??= this.scanAll().then(
      () => this.resolveReady(),
      (err) => {
        this.host.log(`Workspace scan failed: ${(err as Error).stack ?? String(err)}`);
        this.resolveKbLoaded();
        this.resolveReady();
      },
    );
    return this.started;
  }

  private async scanAll(): Promise<void> {
    await this.fetchAllSettings();
    await this.loadDefaultKnowledgeBase();
    await this.scanKnowledgeBaseFiles();
    this.resolveKbLoaded();
    await this.scanArticles();
  }

  private async loadDefaultKnowledgeBase(): Promise<void> {
    if (!this.globalSettings.useDefaultEntities) {
      if (this.kbFiles.defaultFileUri !== null) this.kbFiles.setDefault(null);
      return;
    }
    const file = await this.io.readDefaultKnowledgeBase();
    if (file === null) this.host.log('The bundled default knowledge base was not found; only workspace entities.yaml files are used.');
    this.kbFiles.setDefault(file);
    for (const d of this.kbFiles.defaultFileDiagnostics) if (d.severity === 'error') this.host.log(`Default KB ${d.line + 1}:${d.character + 1}: ${d.message}`);
  }

  private async scanKnowledgeBaseFiles(): Promise<void> {
    const found = new Set<string>();
    this.extraKb.clear();
    for (const folder of this.folderUris) {
      const settings = this.settingsFor(folder);
      const uris = await this.io.list(folder, KB_FILE_GLOBS, KB_SCAN_EXCLUDE).catch(() => []);
      for (const u of uris) found.add(u);
      if (settings.entityFiles.length > 0) {
        const extra = await this.io.list(folder, settings.entityFiles, KB_SCAN_EXCLUDE).catch(() => []);
        this.extraKb.set(folder, extra);
        for (const u of extra) found.add(u);
      }
    }
    for (const uri of found) await this.loadKnowledgeBaseFromDisk(uri);
    for (const uri of this.kbFiles.uris()) if (!found.has(uri) && !this.kbFiles.isOpenInEditor(uri)) this.kbFiles.removedFromDisk(uri);
  }

  private async loadKnowledgeBaseFromDisk(uri: string): Promise<void> {
    const outcome = await this.io.read(uri, Math.max(this.settingsFor(uri).maxFileSize, 64 * 1024 * 1024));
    if (outcome.kind === 'text') this.kbFiles.fromDisk(uri, outcome.text);
    else if (outcome.kind === 'missing') this.kbFiles.removedFromDisk(uri);
    else this.host.log(`Knowledge base ${uri} not read: ${outcome.kind === 'error' ? outcome.message : outcome.kind}`);
  }

  private async scanArticles(): Promise<void> {
    const seen = new Set<string>();
    for (const folder of this.folderUris) {
      const settings = this.settingsFor(folder);
      let uris: string[] = [];
      try {
        uris = await this.io.list(folder, settings.articles, settings.exclude);
      } catch (err) {
        this.host.log(`Could not list the articles of ${folder}: ${(err as Error).message}`);
      }
      // A nested folder's articles belong to it, not to its parent.
      const own = uris.filter((u) => this.folderOf(u) === folder && isArticleFile(u, folder, settings));
      this.diskArticles.set(folder, new Set(own));
      for (const u of own) seen.add(u);
    }
    for (const folder of [...this.diskArticles.keys()]) if (!this.folderUris.includes(folder)) this.diskArticles.delete(folder);
    for (const uri of [...this.records.keys()]) {
      if (!seen.has(uri) && !this.isOpenArticle(uri)) {
        this.records.delete(uri);
        this.removed.add(uri);
      }
    }
  }

  /** Workspace folders were added or removed. */
  async foldersChanged(uris: string[]): Promise<void> {
    await this.started;
    this.setFolders(uris);
    await this.fetchAllSettings();
    this.settingsGeneration++;
    await this.scanKnowledgeBaseFiles();
    this.kbFiles.generation++;
    await this.scanArticles();
    this.emit({ kind: 'analysis-inputs' });
  }

  /** The client says settings changed: fetch them again; re-scan when they differ. */
  async settingsChanged(): Promise<void> {
    await this.started;
    const changed = await this.fetchAllSettings();
    if (!changed) return;
    this.settingsGeneration++;
    await this.loadDefaultKnowledgeBase();
    await this.scanKnowledgeBaseFiles();
    await this.scanArticles();
    this.emit({ kind: 'analysis-inputs' });
  }

  /** Forgets what is known of files on disk and scans again (the `checkAll` command). */
  async rescan(): Promise<void> {
    await this.started;
    for (const r of this.records.values()) r.stale = true;
    await this.scanKnowledgeBaseFiles();
    await this.scanArticles();
    this.emit({ kind: 'analysis-inputs' });
  }

  // ---- classification -------------------------------------------------------------------------

  isKnowledgeBaseFile(uri: string): boolean {
    const key = canonicalUri(uri);
    return isKnowledgeBaseFile(key, this.folderOf(key), this.settingsFor(key));
  }

  isArticle(uri: string, languageId?: string): boolean {
    const key = canonicalUri(uri);
    const folder = this.folderOf(key);
    if (folder === null && !key.startsWith('file:')) return (languageId ?? this.documents.get(key)?.languageId) === 'markdown';
    return isArticleFile(key, folder, this.settingsFor(key));
  }

  private isOpenArticle(uri: string): boolean {
    const doc = this.documents.get(uri);
    return doc !== undefined && this.isArticle(uri, doc.languageId);
  }

  /** Every article: those found on disk plus open ones. */
  articleUris(): string[] {
    const all = new Set<string>();
    for (const set of this.diskArticles.values()) for (const u of set) all.add(u);
    for (const d of this.documents.all()) if (this.isArticle(d.uri, d.languageId)) all.add(d.uri);
    return [...all];
  }

  // ---- open documents -------------------------------------------------------------------------

  didOpen(uri: string, languageId: string, version: number, text: string): void {
    const doc = this.documents.open(uri, languageId, version, text);
    if (this.isKnowledgeBaseFile(doc.uri)) this.queueKbEdit(doc.uri, 0);
  }

  didChange(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): TextDocument | undefined {
    const doc = this.documents.change(uri, version, changes);
    if (doc && this.isKnowledgeBaseFile(doc.uri)) this.queueKbEdit(doc.uri, KB_EDIT_DELAY_MS);
    return doc;
  }

  async didClose(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    const wasKb = this.isKnowledgeBaseFile(key) && this.kbFiles.isOpenInEditor(key);
    this.documents.close(key);
    this.openAnalyses.delete(key);
    this.pendingKbEdits.delete(key);
    const rec = this.records.get(key);
    if (rec) {
      if (this.isDiskArticle(key)) rec.stale = true;
      else {
        this.records.delete(key);
        this.removed.add(key);
      }
    }
    if (wasKb) {
      // The file on disk is in force again (or nothing, if it was never saved).
      this.kbFiles.closedInEditor(key);
      const before = this.kbFiles.generation;
      await this.loadKnowledgeBaseFromDisk(key);
      this.emit({ kind: 'kb-file', uri: key });
      if (this.kbFiles.generation !== before) this.emit({ kind: 'analysis-inputs' });
    } else if (rec) {
      this.emit({ kind: 'articles', uris: [key] });
    }
  }

  private isDiskArticle(uri: string): boolean {
    for (const set of this.diskArticles.values()) if (set.has(uri)) return true;
    return false;
  }

  private queueKbEdit(uri: string, delay: number): void {
    this.pendingKbEdits.add(uri);
    if (this.kbTimer) clearTimeout(this.kbTimer);
    this.kbTimer = setTimeout(() => {
      this.kbTimer = undefined;
      this.flushKbEdits();
    }, delay);
  }

  /** Applies queued KB edits now; emits change events when they changed anything. */
  flushKbEdits(): void {
    if (this.pendingKbEdits.size === 0) return;
    if (this.kbTimer) {
      clearTimeout(this.kbTimer);
      this.kbTimer = undefined;
    }
    const before = this.kbFiles.generation;
    const uris = [...this.pendingKbEdits];
    this.pendingKbEdits.clear();
    for (const uri of uris) {
      const doc = this.documents.get(uri);
      if (doc) this.kbFiles.fromEditor(uri, doc.getText());
    }
    // Listeners run after the current request is answered.
    setImmediate(() => {
      for (const uri of uris) this.emit({ kind: 'kb-file', uri });
      if (this.kbFiles.generation !== before) this.emit({ kind: 'analysis-inputs' });
    });
  }

  kbFor(uri: string): KnowledgeBase {
    this.flushKbEdits();
    const key = canonicalUri(uri);
    const folder = this.folderOf(key);
    return this.kbFiles.kbFor(key, folder, folder ? (this.extraKb.get(folder) ?? []) : []);
  }

  /** The KB files that apply to an article, outermost first. */
  kbFilesFor(uri: string): string[] {
    const key = canonicalUri(uri);
    const folder = this.folderOf(key);
    return this.kbFiles.filesFor(key, folder, folder ? (this.extraKb.get(folder) ?? []) : []);
  }

  kbDiagnostics(uri: string): KbDiagnostic[] {
    this.flushKbEdits();
    return this.kbFiles.diagnosticsFor(uri);
  }

  /**
   * The analysis of an open article at its current version, cached until the text, the KB or the
   * settings change. Undefined for documents that are not open or not articles, and while the knowledge bases are still loading.
   */
  analysisOf(uri: string): ArticleAnalysis | undefined {
    // Before the KBs are loaded every name would be an unknown organisation; callers that can wait
    // await knowledgeBaseReady, and the push client is sent the article once start-up is done.
    if (!this.kbIsLoaded) return undefined;
    const doc = this.documents.get(uri);
    if (!doc || !this.isArticle(doc.uri, doc.languageId)) return undefined;
    const kb = this.kbFor(doc.uri);
    const epoch = this.epoch;
    const cached = this.openAnalyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.epoch === epoch) return cached;
    const text = doc.getText();
    if (cached && cached.epoch === epoch && cached.text === text) {
      // Same text as before (an undo back to it): only the version moved.
      const again = { ...cached, version: doc.version };
      this.openAnalyses.set(doc.uri, again);
      return again;
    }
    // An open document's result id only has to change with its text: a counter instead of a hash of
    // the whole text on every keystroke (2–3 ms on 1 MB). Its record is never taken for the file on disk.
    const hash = `O${++this.openAnalysisCount}`;
    const analysis = analyseArticle({ uri: doc.uri, version: doc.version, text, hash, kb, settings: this.settingsFor(doc.uri), epoch, instance: this.instance, incremental: true, previous: cached });
    this.openAnalyses.set(doc.uri, analysis);
    const failed = analysis.diagnostics.find((d) => d.code === 'analysis-failed');
    if (failed) this.host.log(`Analysis of ${doc.uri} (version ${doc.version}) failed: ${String(failed.message)}`);
    return analysis;
  }

  /** The text of an article: the editor's if open, else the file on disk. */
  async textOf(uri: string): Promise<string | null> {
    const doc = this.documents.get(uri);
    if (doc) return doc.getText();
    const outcome = await this.io.read(canonicalUri(uri), this.settingsFor(uri).maxFileSize);
    return outcome.kind === 'text' ? outcome.text : null;
  }

  /** An analysis of an article whether open or only on disk (for custom requests on closed files). */
  async analysisOfAny(uri: string): Promise<ArticleAnalysis | undefined> {
    const key = canonicalUri(uri);
    await this.knowledgeBaseReady;
    if (this.documents.has(key)) return this.analysisOf(key);
    if (!this.isArticle(key)) return undefined;
    const text = await this.textOf(key);
    if (text === null) return undefined;
    return analyseArticle({ uri: key, version: null, text, kb: this.kbFor(key), settings: this.settingsFor(key), epoch: this.epoch, instance: this.instance });
  }

  // ---- watched files --------------------------------------------------------------------------

  async filesChanged(events: Array<{ uri: string; type: number }>): Promise<void> {
    await this.started;
    const articleChanges: string[] = [];
    let kbChanged = false;
    const before = this.kbFiles.generation;
    for (const ev of events) {
      const uri = canonicalUri(ev.uri);
      const folder = this.folderOf(uri);
      const settings = this.settingsFor(uri);
      if (isKnowledgeBaseFile(uri, folder, settings)) {
        if (folder === null) continue;
        if (ev.type === FileChange.Deleted) this.kbFiles.removedFromDisk(uri);
        else await this.loadKnowledgeBaseFromDisk(uri);
        kbChanged = true;
        this.emit({ kind: 'kb-file', uri });
        continue;
      }
      if (folder === null || !isArticleFile(uri, folder, settings)) {
        // A deleted folder arrives as one event for the folder: forget the articles under it.
        if (ev.type === FileChange.Deleted) {
          for (const set of this.diskArticles.values()) {
            for (const a of [...set]) {
              if (isInside(a, uri)) {
                set.delete(a);
                this.forgetArticle(a);
                articleChanges.push(a);
              }
            }
          }
        }
        continue;
      }
      let set = this.diskArticles.get(folder);
      if (!set) this.diskArticles.set(folder, (set = new Set()));
      if (ev.type === FileChange.Deleted) {
        set.delete(uri);
        this.forgetArticle(uri);
      } else {
        set.add(uri);
        const rec = this.records.get(uri);
        if (rec) rec.stale = true;
      }
      articleChanges.push(uri);
    }
    if (kbChanged && this.kbFiles.generation !== before) this.emit({ kind: 'analysis-inputs' });
    if (articleChanges.length > 0) this.emit({ kind: 'articles', uris: articleChanges });
  }

  private forgetArticle(uri: string): void {
    if (this.documents.has(uri)) {
      // Still open in the editor: it stays an article until closed.
      return;
    }
    this.records.delete(uri);
    this.removed.add(uri);
  }

  // ---- records --------------------------------------------------------------------------------

  /** Articles deleted since the last call, whose findings must be cleared. */
  takeRemoved(): string[] {
    const out = [...this.removed].filter((u) => !this.records.has(u));
    this.removed.clear();
    return out;
  }

  peekRecord(uri: string): ArticleRecord | undefined {
    return this.records.get(canonicalUri(uri));
  }

  private isFresh(rec: ArticleRecord): boolean {
    if (rec.epoch !== this.epoch) return false;
    const doc = this.documents.get(rec.uri);
    if (doc) return rec.version === doc.version;
    return rec.version === null && !rec.stale;
  }

  /** The current record of an article, rebuilt (reading the file if needed) when stale. */
  record(uri: string): Promise<ArticleRecord | null> {
    const key = canonicalUri(uri);
    const rec = this.records.get(key);
    if (rec && this.isFresh(rec)) return Promise.resolve(rec);
    let p = this.inFlight.get(key);
    if (!p) {
      p = this.rebuild(key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, p);
    }
    return p;
  }

  private async rebuild(uri: string): Promise<ArticleRecord | null> {
    await this.knowledgeBaseReady;
    if (this.documents.has(uri)) {
      // Records of open documents are built when asked for, not on every keystroke.
      const a = this.analysisOf(uri);
      if (!a) return null;
      const rec = recordFromAnalysis(a, null);
      this.records.set(uri, rec);
      return rec;
    }
    const epoch = this.epoch;
    const settings = this.settingsFor(uri);
    const previous = this.records.get(uri);
    let rec: ArticleRecord;
    try {
      const outcome = await this.io.read(uri, settings.maxFileSize);
      if (this.documents.has(uri)) return this.rebuild(uri); // opened meanwhile
      if (outcome.kind === 'missing') {
        this.records.delete(uri);
        for (const set of this.diskArticles.values()) set.delete(uri);
        this.removed.add(uri);
        return null;
      }
      if (outcome.kind === 'text') {
        const hash = contentHash(outcome.text);
        if (previous && previous.hash === hash && previous.epoch === epoch && previous.version === null) {
          previous.stale = false;
          previous.stamp = outcome.stamp;
          return previous;
        }
        const analysis = analyseArticle({ uri, version: null, text: outcome.text, hash, kb: this.kbFor(uri), settings, epoch, instance: this.instance });
        rec = recordFromAnalysis(analysis, outcome.stamp);
        const failed = analysis.diagnostics.find((d) => d.code === 'analysis-failed');
        if (failed) this.host.log(`Analysis of ${uri} failed: ${String(failed.message)}`);
      } else if (outcome.kind === 'skipped') {
        const hash = `S${outcome.stamp.size}.${outcome.stamp.mtimeMs}.${settings.maxFileSize}`;
        const analysis = skippedAnalysis(uri, outcome.result, hash, this.kbFor(uri), settings, epoch, this.instance);
        rec = recordFromAnalysis(analysis, outcome.stamp);
      } else {
        const hash = `E${contentHash(outcome.message)}`;
        rec = skippedRecord(uri, null, epoch, resultIdOf(this.instance, epoch, hash), hash, 'analysis-failed', `The file could not be read: ${outcome.message}.`);
      }
    } catch (err) {
      this.host.log(`Analysis of ${uri} failed: ${(err as Error).stack ?? String(err)}`);
      const hash = `X${Date.now()}`;
      rec = skippedRecord(uri, null, epoch, resultIdOf(this.instance, epoch, hash), hash, 'analysis-failed', `The analysis failed on this file and found nothing: ${(err as Error).message}. Please report it with the file.`);
    }
    this.records.set(uri, rec);
    return rec;
  }

  /**
   * Brings every article's record up to date, in slices that leave the event loop to requests.
   * Shared by all callers; starts over when the KB or the settings change while it runs.
   */
  indexAll(): Promise<void> {
    this.indexRequested = true;
    this.indexJob ??= this.runIndex().finally(() => {
      this.indexJob = null;
    });
    return this.indexJob;
  }

  private async runIndex(): Promise<void> {
    await this.ready;
    // Runs again while callers asked for it during a pass (an article changed behind the loop).
    for (let pass = 0; this.indexRequested && pass < 100; pass++) {
      this.indexRequested = false;
      const epoch = this.epoch;
      let sliceStart = performance.now();
      for (const uri of this.articleUris()) {
        if (this.epoch !== epoch) {
          this.indexRequested = true;
          break;
        }
        const rec = this.records.get(uri);
        if (rec && this.isFresh(rec)) continue;
        const now = await this.record(uri);
        if (now) this.onRecordUpdated?.(now);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
    }
  }

  /** Whether every article's record is current (so workspace-wide counts are exact). */
  isIndexed(): boolean {
    return this.articleUris().every((u) => {
      const r = this.records.get(u);
      return r !== undefined && this.isFresh(r);
    });
  }

  /**
   * Records of every article but `except`, when each was made with the current KB and settings
   * (a record of an open document may lag a few keystrokes behind); null while indexing is pending.
   */
  otherRecords(except: string): ArticleRecord[] | null {
    const out: ArticleRecord[] = [];
    const epoch = this.epoch;
    for (const u of this.articleUris()) {
      if (u === except) continue;
      const r = this.records.get(u);
      if (!r || r.epoch !== epoch) return null;
      out.push(r);
    }
    return out;
  }

  /** Current records (fresh or not) of all articles. */
  allRecords(): ArticleRecord[] {
    return this.articleUris()
      .map((u) => this.records.get(u))
      .filter((r): r is ArticleRecord => r !== undefined);
  }
}
