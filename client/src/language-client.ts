// Starts news-annotator-ls (dist/server.cjs, bundled next to this file) over stdio: the transport
// whose message encoding the server makes fast for long diagnostic lists (server/src/message-encoder.ts),
// and the one the typing benchmark measures. Node IPC would JSON.stringify every answer whole.
import * as path from 'node:path';
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './documents.js';

/** Also the settings prefix: the client reads `newsAnnotator.trace.server` from this id. */
export const CLIENT_ID = 'newsAnnotator';
export const CLIENT_NAME = 'News Annotator';
const SERVER_BUNDLE = path.join('dist', 'server.cjs');
/** Port for "Attach to Server" when the extension runs under the debugger (F5). */
const SERVER_DEBUG_PORT = 6011;

export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(SERVER_BUNDLE);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: {
      module,
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', `--inspect=${SERVER_DEBUG_PORT}`] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    // No `synchronize` options: the server registers its own file watchers and configuration
    // section dynamically, and static ones here would deliver every event twice.
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
