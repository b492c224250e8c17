// A minimal LSP client for the protocol suite: starts the built server (dist/server.cjs --stdio) as a
// child process and talks JSON-RPC to it with vscode-jsonrpc, answering the server's own requests
// (configuration, registrations, refreshes, applyEdit) the way an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER_BUNDLE = path.resolve('dist/server.cjs');

export interface SessionOptions {
  /** Workspace folders (paths). */
  folders: string[];
  /** Settings returned for workspace/configuration (section newsAnnotator). */
  settings?: Record<string, unknown>;
  /** false: a push-only client (no pull diagnostics). */
  pull?: boolean;
  /** Capability overrides merged over an editor-like default. */
  capabilities?: ClientCapabilities;
}

export const fileUri = (p: string) => pathToFileURL(path.resolve(p)).href;

export function editorCapabilities(pull: boolean): ClientCapabilities {
  return {
    workspace: {
      applyEdit: true,
      configuration: true,
      workspaceFolders: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], snippetEditSupport: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
      semanticTokens: { refreshSupport: true },
      codeLens: { refreshSupport: true },
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
      symbol: {},
    },
    textDocument: {
      synchronization: { didSave: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      definition: { linkSupport: true },
      publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
      semanticTokens: {
        requests: { full: { delta: true }, range: true },
        tokenTypes: [],
        tokenModifiers: [],
        formats: ['relative'],
      },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

export class LspSession {
  readonly connection: MessageConnection;
  readonly child: ChildProcessWithoutNullStreams;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly refreshes: string[] = [];
  readonly registrations: unknown[] = [];
  readonly appliedEdits: unknown[] = [];
  readonly configurationRequests: unknown[] = [];
  settings: Record<string, unknown>;
  stderr = '';
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly waiters: Array<{ test: () => boolean; resolve: () => void }> = [];

  private constructor(readonly options: SessionOptions) {
    this.settings = options.settings ?? {};
    this.child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.poke();
    });
    c.onNotification('window/logMessage', () => undefined);
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      this.configurationRequests.push(p);
      return p.items.map(() => this.settings);
    });
    c.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    c.onRequest('client/unregisterCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    for (const m of ['workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
      c.onRequest(m, () => {
        this.refreshes.push(m);
        this.poke();
        return null;
      });
    }
    c.onRequest('workspace/applyEdit', (p: unknown) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    c.listen();
  }

  static async start(options: SessionOptions): Promise<LspSession> {
    const s = new LspSession(options);
    const pull = options.pull ?? true;
    const caps = { ...editorCapabilities(pull), ...(options.capabilities ?? {}) };
    s.initializeResult = await s.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folders[0] ? fileUri(options.folders[0]) : null,
      workspaceFolders: options.folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities: caps,
    });
    await s.connection.sendNotification('initialized', {});
    return s;
  }

  private poke(): void {
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves when `test` holds (checked on every notification and every 20 ms), or rejects after `ms`. */
  waitFor(test: () => boolean, what: string, ms = 10000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = { test, resolve: () => (clearInterval(iv), clearTimeout(to), resolve()) };
      const iv = setInterval(() => this.poke(), 20);
      const to = setTimeout(() => {
        clearInterval(iv);
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${what}`));
      }, ms);
      this.waiters.push(waiter);
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async open(file: string, text = readFileSync(file, 'utf8'), languageId = file.endsWith('.md') ? 'markdown' : 'yaml'): Promise<string> {
    const uri = fileUri(file);
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (full-document change). Returns the new version. */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.notify('exit', null);
    } catch {
      // the server may already be gone
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    const code = this.child.exitCode ?? (await exited);
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}
