// Entry point of news-annotator-ls: `--stdio` or `--node-ipc` (also `--socket=<port>`, `--pipe=<name>`),
// as vscode-languageserver reads them from the command line.
//
// Start-up: `initialize` is answered from this small module, and the server proper (with the
// analysis core, the Markdown parser and the YAML readers) is loaded right after. In the bundle the
// dynamic import is evaluated as a chain of microtasks, so every handler is registered before the
// connection reads the client's next message.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import pkg from '../../package.json' with { type: 'json' };
import { initializeResult } from './features/server-capabilities.js';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${pkg.version}\n`);
  process.exit(0);
}
if (args.includes('--help') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) {
  process.stderr.write('Usage: news-annotator-ls --stdio | --node-ipc | --socket=<port> | --pipe=<name>\nThe News Annotator language server (LSP 3.17).\n');
  process.exit(args.includes('--help') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);
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
