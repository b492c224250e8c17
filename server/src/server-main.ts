// Entry point of news-annotator-ls: `--stdio` or `--node-ipc` (also `--socket=<port>`, `--pipe=<name>`),
// as vscode-languageserver reads them from the command line.
//
// Start-up: `initialize` is answered from this small module, and the server proper (with the
// analysis core, the Markdown parser and the YAML readers) is loaded right after. In the bundle the
// dynamic import is evaluated as a chain of microtasks, so every handler is registered before the
// connection reads the client's next message.
//
// Over stdio, a well-framed message that is not JSON-RPC is answered with the protocol's error and
// dropped; broken framing cannot be resynchronised, so the server ends (exit code 1) and the client
// restarts it.
import {
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
} from 'vscode-languageserver/node';
import { format } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { initializeResult } from './features/server-capabilities.js';
import { messageEncoder } from './message-encoder.js';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${pkg.version}\n`);
  process.exit(0);
}
if (args.includes('--help') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stderr.write('Usage: news-annotator-ls --stdio | --node-ipc | --socket=<port> | --pipe=<name>\nThe News Annotator language server (LSP 3.17).\n');
  process.exit(args.includes('--help') ? 0 : 2);
}

/**
 * True for a JSON-RPC 2.0 message: a request or notification (a method name; params, if any, an
 * object or array — null is tolerated, some clients send it with `shutdown`), or a response (an id).
 */
function isWellFormed(m: unknown): boolean {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return false;
  const r = m as Record<string, unknown>;
  if (r.jsonrpc !== '2.0') return false;
  const idOk = r.id === undefined || typeof r.id === 'string' || typeof r.id === 'number' || r.id === null;
  if (!idOk) return false;
  if ('method' in r) return typeof r.method === 'string' && (r.params === undefined || r.params === null || typeof r.params === 'object');
  return r.id !== undefined;
}

/** Reads stdio, answering malformed messages with JSON-RPC errors and ending on broken framing. */
class CheckedReader implements MessageReader {
  constructor(
    private readonly inner: StreamMessageReader,
    private readonly writer: StreamMessageWriter,
  ) {}
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }
  readonly onError = () => ({ dispose: () => undefined });
  private reject(id: unknown, code: number, message: string): void {
    const safeId = typeof id === 'string' || typeof id === 'number' ? id : null;
    void this.writer.write({ jsonrpc: '2.0', id: safeId, error: { code, message } } as Message);
  }
  listen(callback: DataCallback): Disposable {
    this.inner.onError((error) => {
      if (error instanceof SyntaxError) {
        this.reject(null, ErrorCodes.ParseError, `Parse error: ${error.message}`);
        return;
      }
      process.stderr.write(`news-annotator-ls: the input stream is broken (${error.message}); exiting so the client can restart the server.\n`);
      process.exit(1);
    });
    // The client closed its end. vscode-languageserver exits on that only when it reads the stream
    // itself; through this reader a half-sent message would keep the process alive for ever.
    this.inner.onClose(() => process.exit(shutdownReceived ? 0 : 1));
    return this.inner.listen((message) => {
      if (isWellFormed(message)) callback(message);
      else this.reject((message as { id?: unknown } | null)?.id, ErrorCodes.InvalidRequest, 'Invalid request: not a JSON-RPC 2.0 message');
    });
  }
  dispose(): void {
    this.inner.dispose();
  }
}

function stdioConnection() {
  // stdout carries the protocol: a stray console.log must not corrupt it (vscode-languageserver
  // redirects the console only when it opens stdio itself, not with a reader and writer given).
  const toStderr = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: messageEncoder });
  return createConnection(ProposedFeatures.all, new CheckedReader(new StreamMessageReader(process.stdin), writer), writer);
}

const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
let shutdownReceived = false;
connection.onShutdown(() => {
  shutdownReceived = true;
});
connection.onInitialize((params) => {
  void Promise.all([import('./server.js'), import('./workspace/node-file-access.js')]).then(
    ([server, files]) => server.attachServer(connection, new files.NodeFileAccess(), params),
    (err: unknown) => {
      connection.console.error(`news-annotator-ls could not start: ${(err as Error)?.stack ?? String(err)}`);
      process.exit(1);
    },
  );
  return initializeResult(params, pkg.version);
});
connection.listen();
