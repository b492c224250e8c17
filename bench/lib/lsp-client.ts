// A small LSP client for the benchmark: starts the built server (dist/server.cjs --stdio) and talks
// JSON-RPC to it with vscode-jsonrpc, answering the server's own requests as an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { REPO } from './corpus.js';
import { now } from './stats.js';

export const SERVER_BUNDLE = join(REPO, 'dist/server.cjs');

export interface Position {
  line: number;
  character: number;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: unknown[];
  at: number;
}

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  /**
   * The last publication per document, as an editor keeps it. Keeping every one (as this client once
   * did) held 200 answers of 1.4 MB in the client's heap and slowed its own garbage collection,
   * which the push rows then measured.
   */
  readonly published = new Map<string, Published>();
  private waiters: Array<(p: Published) => void> = [];
  stderr = '';
  /** Milliseconds from spawning the process to the answer to `initialize`. */
  initializeMs = NaN;

  private constructor(readonly pull: boolean, settings: Record<string, unknown>) {
    // NA_BENCH_SERVER_NODE_ARGS: node options for the server, e.g. --cpu-prof to profile it.
    const nodeArgs = (process.env.NA_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    this.child = spawn(process.execPath, [...nodeArgs, SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: Omit<Published, 'at'>) => {
      const entry = { ...p, at: now() };
      this.published.set(entry.uri, entry);
      for (const w of this.waiters.splice(0)) w(entry);
    });
    c.onNotification('window/logMessage', () => undefined);
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    for (const m of ['workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) c.onRequest(m, () => null);
    c.listen();
  }

  /** Starts the server and initializes it with an editor's capabilities. */
  static async start(folders: string[], options: { pull?: boolean; settings?: Record<string, unknown> } = {}): Promise<LspClient> {
    const started = now();
    const pull = options.pull ?? true;
    const client = new LspClient(pull, options.settings ?? {});
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: basename(f) })),
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, semanticTokens: { refreshSupport: true }, ...(pull ? { diagnostics: { refreshSupport: true } } : {}) },
        textDocument: {
          synchronization: { didSave: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
    });
    client.initializeMs = now() - started;
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The next publishDiagnostics for `uri` at `version` (push clients). */
  nextPublish(uri: string, version: number, ms = 60000): Promise<Published> {
    const found = this.published.get(uri);
    if (found && found.version === version) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${ms} ms; stderr: ${this.stderr}`)), ms);
      const check = (p: Published) => {
        if (p.uri === uri && p.version === version) {
          clearTimeout(timer);
          resolve(p);
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  /** Resident set size of the server process, in MB (Linux). */
  rssMb(): number {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 3000))]);
      await this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    if (this.child.exitCode === null) await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
