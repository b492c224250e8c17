// A client for the abusive-client suite: the real built server (dist/server.cjs --stdio) as a child
// process, vscode-jsonrpc on this side, plus what an abusive client needs and a polite one does
// not: raw writes, a reader that can stop reading, extra node flags (the memory probe), and every
// publishDiagnostics kept with its version.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { editorCapabilities, fileUri, SERVER_BUNDLE } from '../protocol/lsp-session.js';

export interface ClientOptions {
  folders: string[];
  pull: boolean;
  nodeArgs?: string[];
  settings?: Record<string, unknown>;
}

/** Waits for a server process to end by itself, killing it after `ms`; says whether it had to. */
async function exitWithin(child: ChildProcessWithoutNullStreams, exited: Promise<number | null>, ms: number): Promise<{ code: number | null; killed: boolean }> {
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, ms);
  const code = await exited;
  clearTimeout(timer);
  return { code, killed };
}

export class AbusiveClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';
  exitCode: number | null | undefined = undefined;
  private readonly exited: Promise<number | null>;

  constructor(readonly options: ClientOptions) {
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void this.published.push(p));
    c.onNotification('window/logMessage', () => undefined);
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings ?? {}));
    for (const m of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
      c.onRequest(m, () => null);
    }
    c.onRequest('workspace/applyEdit', () => ({ applied: true }));
    // A dead server makes the writer fail: that is for the tests to find, not an unhandled rejection.
    c.onError(() => undefined);
    c.onClose(() => undefined);
    c.listen();
  }

  static async start(options: ClientOptions): Promise<AbusiveClient> {
    const s = new AbusiveClient(options);
    await s.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folders[0] ? fileUri(options.folders[0]) : null,
      workspaceFolders: options.folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities: editorCapabilities(options.pull),
    });
    await s.connection.sendNotification('initialized', {});
    return s;
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** Resolves when `test` holds, checking every 10 ms; rejects after `ms`. */
  async waitFor(test: () => boolean, what: string, ms = 30000): Promise<void> {
    const end = Date.now() + ms;
    while (!test()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.slice(-1500)}`);
      if (!this.alive) throw new Error(`the server exited (${String(this.exitCode)}) while waiting for ${what}: ${this.stderr.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Heap figures after a full GC, from the memory probe (needs nodeArgs with the probe). */
  async memory(): Promise<{ heapUsed: number; rss: number }> {
    const before = this.stderr.length;
    this.child.kill('SIGUSR2');
    await this.waitFor(() => this.stderr.indexOf('MEMPROBE ', before) !== -1 && this.stderr.indexOf('\n', this.stderr.indexOf('MEMPROBE ', before)) !== -1, 'the memory probe');
    const at = this.stderr.indexOf('MEMPROBE ', before);
    return JSON.parse(this.stderr.slice(at + 9, this.stderr.indexOf('\n', at))) as { heapUsed: number; rss: number };
  }

  /** Stops reading the server's output (the pipe fills, and the server must cope). */
  pauseReading(): void {
    this.child.stdout.pause();
  }
  resumeReading(): void {
    this.child.stdout.resume();
  }

  /** Orderly shutdown; returns the exit code. */
  async stop(): Promise<number | null> {
    if (this.alive) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown', null), new Promise((r) => setTimeout(r, 3000))]);
        await this.connection.sendNotification('exit', null);
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    const code = await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }

  /** Waits for the process to end by itself (after broken input), killing it after `ms`. */
  exit(ms = 10000): Promise<{ code: number | null; killed: boolean }> {
    return exitWithin(this.child, this.exited, ms);
  }
}

/** The raw side of a server: frames written by hand, replies parsed by hand. */
export class RawClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly messages: Array<Record<string, unknown>> = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  exitCode: number | null | undefined = undefined;
  private readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
    this.child.stdout.on('data', (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd === -1) return;
        const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
        if (!m) throw new Error('the server wrote a frame without Content-Length');
        const len = Number(m[1]);
        if (this.buffer.length < headerEnd + 4 + len) return;
        this.messages.push(JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8')) as Record<string, unknown>);
        this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      }
    });
  }

  write(bytes: string | Buffer): void {
    if (this.exitCode === undefined) this.child.stdin.write(bytes);
  }
  sendBody(body: string | Buffer): void {
    const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]));
  }
  send(message: object): void {
    this.sendBody(JSON.stringify(message));
  }
  async initialize(folder?: string): Promise<void> {
    this.send({ jsonrpc: '2.0', id: 'init', method: 'initialize', params: { processId: null, rootUri: folder ? fileUri(folder) : null, capabilities: {} } });
    await this.response('init');
    this.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  }
  async response(id: unknown, ms = 15000): Promise<Record<string, unknown>> {
    const end = Date.now() + ms;
    for (;;) {
      const m = this.messages.find((x) => x.id === id && ('result' in x || 'error' in x));
      if (m) return m;
      if (Date.now() > end) throw new Error(`no response for id ${JSON.stringify(id)}; stderr: ${this.stderr.slice(-1500)}`);
      if (this.exitCode !== undefined) throw new Error(`the server exited (${String(this.exitCode)}) before answering ${JSON.stringify(id)}: ${this.stderr.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  exit(ms = 10000): Promise<{ code: number | null; killed: boolean }> {
    return exitWithin(this.child, this.exited, ms);
  }
}
