// Push diagnostics (textDocument/publishDiagnostics) for clients without pull support. An edit is
// published at once when the document was quiet, and bursts of edits are coalesced so the server
// does not analyse every intermediate version; the latest version is always published, and never
// an older version after a newer one.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';

export type Publish = (uri: string, version: number | undefined, diagnostics: LspDiagnostic[]) => void;

export interface PushSource {
  /** The current analysis of an open document, or undefined when it is no article. */
  current(uri: string): { version: number | null; resultId: string; diagnostics: LspDiagnostic[] } | undefined;
}

/** While edits keep coming, publish at most this often. */
const BURST_INTERVAL_MS = 15;
/**
 * An edit that comes this long after the previous edit is published on the next turn of the event
 * loop: keystrokes, even a fast typist's, are further apart; programmatic bursts are much closer.
 */
const QUIET_MS = 10;

export class DiagnosticsPusher {
  private readonly published = new Map<string, { version: number | null; resultId: string }>();
  private readonly pending = new Set<string>();
  /** Cancels the scheduled flush, if one is scheduled. */
  private cancel: (() => void) | undefined;
  private lastChange = -Infinity;

  constructor(
    private readonly send: Publish,
    private readonly source: PushSource,
  ) {}

  /** An open document changed (or was opened). */
  documentChanged(uri: string): void {
    this.pending.add(uri);
    const now = performance.now();
    const quiet = now - this.lastChange > QUIET_MS;
    this.lastChange = now;
    if (this.cancel) return;
    // setImmediate, not setTimeout(0): a timer waits at least a millisecond, and on a VM an idle
    // event loop may see its vCPU parked in between.
    if (quiet) {
      const immediate = setImmediate(() => this.flush());
      this.cancel = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(() => this.flush(), BURST_INTERVAL_MS);
      this.cancel = () => clearTimeout(timer);
    }
  }

  flush(): void {
    this.cancel?.();
    this.cancel = undefined;
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) {
      const a = this.source.current(uri);
      if (a) this.publish(uri, a.version, a.resultId, a.diagnostics);
    }
  }

  /** Publishes unless it would put an older version over a newer one or repeat the last report. */
  publish(uri: string, version: number | null, resultId: string, diagnostics: LspDiagnostic[]): boolean {
    const last = this.published.get(uri);
    if (last && version !== null && last.version !== null) {
      if (version < last.version) return false;
      if (version === last.version && resultId === last.resultId) return false;
    }
    if (last && version === null && last.version === null && resultId === last.resultId) return false;
    this.published.set(uri, { version, resultId });
    this.send(uri, version ?? undefined, diagnostics);
    return true;
  }

  /** The document was closed: from now on its findings come from the file on disk (unversioned). */
  documentClosed(uri: string): void {
    this.pending.delete(uri);
    this.published.delete(uri);
  }

  /** The file is gone or no longer an article: clear its findings. */
  clear(uri: string): void {
    this.pending.delete(uri);
    this.published.delete(uri);
    this.send(uri, undefined, []);
  }
}
