// Entry point of the extension: starts the language server and the views that show its answers.
import { window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ActiveAnnotations } from './active-annotations.js';
import { AnnotationsTree } from './annotations-tree.js';
import { registerCommands } from './commands.js';
import { CLIENT_NAME, createLanguageClient } from './language-client.js';
import { AnnotationsStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const outputChannel = window.createOutputChannel(CLIENT_NAME, { log: true });
  client = createLanguageClient(context, outputChannel);
  const annotations = new ActiveAnnotations(client);
  context.subscriptions.push(
    outputChannel,
    annotations,
    new AnnotationsTree(annotations),
    new AnnotationsStatusBar(annotations),
    ...registerCommands(client, annotations),
  );
  try {
    await client.start();
  } catch (error) {
    // Commands and views stay registered so "Restart Server" can recover once the cause is fixed.
    client.error('News Annotator server failed to start', error, 'force');
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
