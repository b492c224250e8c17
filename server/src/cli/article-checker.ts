// Checks articles against the knowledge bases that apply to them. Built from plain data
// (`CheckSetup`) so that the main thread and each worker thread build the same checker, load each
// KB file once, and give identical results.
import { KnowledgeBase, analyze, type Entity, type Language } from '../analysis/index.js';
import { parseKbText, readArticleFile, skippedResult, type LoadedKbFile } from '../node/index.js';
import { articleReport, forJsonRun, readErrorReport, type FileReport } from './file-report.js';

export interface KbText {
  path: string;
  text: string;
}

export interface CheckSetup {
  /** The bundled default KB, or null with --no-default-entities (or when it is missing). */
  defaultKb: KbText | null;
  /** Every workspace/explicit KB file of the run. */
  kbFiles: KbText[];
  /** Distinct lists of indices into kbFiles, outermost first; each article names one. */
  kbSets: number[][];
  language: Language | 'auto';
  maxFileSize: number;
  /** Reports for a JSON run: each article formatted where it is checked (see `FileReport.formatted`). */
  json?: boolean;
}

export interface CheckItem {
  index: number;
  path: string;
  display: string;
  kbSet: number;
}

export class ArticleChecker {
  private readonly parsed = new Map<number, LoadedKbFile>();
  private defaultParsed: LoadedKbFile | null | undefined;
  private readonly kbs = new Map<number, KnowledgeBase>();

  constructor(readonly setup: CheckSetup) {}

  defaultKbFile(): LoadedKbFile | null {
    if (this.defaultParsed === undefined) this.defaultParsed = this.setup.defaultKb ? parseKbText(this.setup.defaultKb.path, this.setup.defaultKb.text) : null;
    return this.defaultParsed;
  }

  kbFile(i: number): LoadedKbFile {
    let f = this.parsed.get(i);
    if (!f) {
      const src = this.setup.kbFiles[i]!;
      f = parseKbText(src.path, src.text);
      this.parsed.set(i, f);
    }
    return f;
  }

  kbForSet(set: number): KnowledgeBase {
    let kb = this.kbs.get(set);
    if (!kb) {
      const layers: Entity[][] = [this.defaultKbFile()?.entities ?? [], ...(this.setup.kbSets[set] ?? []).map((i) => this.kbFile(i).entities)];
      kb = KnowledgeBase.fromLayers(layers);
      this.kbs.set(set, kb);
    }
    return kb;
  }

  check(item: CheckItem): FileReport {
    const r = this.report(item);
    return this.setup.json ? forJsonRun(r) : r;
  }

  private report(item: CheckItem): FileReport {
    let read;
    try {
      read = readArticleFile(item.path, this.setup.maxFileSize);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a folder' : (e.message ?? String(err));
      return readErrorReport(item.display, item.path, `cannot read ${item.display}: ${why}`);
    }
    const kb = this.kbForSet(item.kbSet);
    if (read.status !== 'ok') return articleReport(item.display, item.path, '', skippedResult(read), () => undefined);
    const result = analyze(read.text, kb, { language: this.setup.language, maxFileSize: this.setup.maxFileSize });
    return articleReport(item.display, item.path, read.text, result, (id) => kb.get(id)?.name);
  }
}
