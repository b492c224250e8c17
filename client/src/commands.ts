// The palette commands. Each one asks the server or VS Code; none of them analyses text itself.
import { ProgressLocation, commands, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ExportCleanRequest,
  KnowledgeBaseFilesRequest,
  ServerCommands,
  type ExportCleanParams,
  type ExportCleanResult,
  type KnowledgeBaseFilesResult,
} from '../../server/src/protocol.js';
import type { ActiveAnnotations } from './active-annotations.js';
import { addEntity } from './add-entity.js';
import { addSourceToClaim } from './add-source.js';
import { COMMANDS } from './command-ids.js';
import { isArticle } from './documents.js';
import { executeServerCommand } from './server-commands.js';
import { PROBLEMS_PANEL_COMMAND } from './status-bar.js';

function reportFailure(what: string, error: unknown): void {
  void window.showErrorMessage(`News Annotator: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}

async function restartServer(client: LanguageClient): Promise<void> {
  await window.withProgress({ location: ProgressLocation.Window, title: 'Restarting the News Annotator server' }, () =>
    client.isRunning() ? client.restart() : client.start(),
  );
}

async function checkAllArticles(client: LanguageClient): Promise<void> {
  const result = (await window.withProgress({ location: ProgressLocation.Notification, title: 'News Annotator: checking all articles…' }, () =>
    executeServerCommand(client, ServerCommands.checkAll, []),
  )) as { articles?: number } | null;
  if (typeof result?.articles === 'number') window.setStatusBarMessage(`News Annotator: checked ${result.articles} articles`, 5000);
  await commands.executeCommand(PROBLEMS_PANEL_COMMAND);
}

async function openEntityDefinitions(client: LanguageClient): Promise<void> {
  const result = await client.sendRequest<KnowledgeBaseFilesResult | null>(KnowledgeBaseFilesRequest);
  const uris = (result?.uris ?? []).map((u) => client.protocol2CodeConverter.asUri(u));
  // The server lists workspace files first and the bundled default last; editors edit their own.
  const own = uris.find((uri) => workspace.getWorkspaceFolder(uri) !== undefined);
  if (own !== undefined) {
    await window.showTextDocument(own);
    return;
  }
  const bundled = uris.at(-1);
  const choice = await window.showInformationMessage(
    'News Annotator: this workspace has no entities.yaml yet. "Add Entity" creates one.',
    ...(bundled !== undefined ? ['Show Bundled Entities'] : []),
  );
  if (choice !== undefined && bundled !== undefined) await window.showTextDocument(bundled, { preview: true });
}

async function exportCleanCopy(client: LanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (editor === undefined || !isArticle(editor.document)) {
    void window.showInformationMessage('News Annotator: open the Markdown article to export.');
    return;
  }
  const params: ExportCleanParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
  const result = await client.sendRequest<ExportCleanResult | null>(ExportCleanRequest, params);
  if (result === null) {
    void window.showWarningMessage('News Annotator: the server does not hold this article (is it excluded by newsAnnotator.exclude?).');
    return;
  }
  // An untitled document: the editor decides where (and whether) the clean copy is saved.
  const copy = await workspace.openTextDocument({ language: 'markdown', content: result.text });
  await window.showTextDocument(copy, { preview: false });
}

export function registerCommands(client: LanguageClient, annotations: ActiveAnnotations): Disposable[] {
  const guarded =
    (what: string, run: () => Promise<void>) =>
    async (): Promise<void> => {
      try {
        await run();
      } catch (error) {
        reportFailure(what, error);
      }
    };
  return [
    commands.registerCommand(COMMANDS.restartServer, guarded('Restart Server', () => restartServer(client))),
    commands.registerCommand(COMMANDS.checkAllArticles, guarded('Check All Articles', () => checkAllArticles(client))),
    commands.registerCommand(COMMANDS.addSourceToClaim, guarded('Add Source to Claim', addSourceToClaim)),
    commands.registerCommand(
      COMMANDS.addEntity,
      guarded('Add Entity', async () => {
        await addEntity(client);
        annotations.refresh();
      }),
    ),
    commands.registerCommand(COMMANDS.openEntityDefinitions, guarded('Open Entity Definitions', () => openEntityDefinitions(client))),
    commands.registerCommand(COMMANDS.exportCleanCopy, guarded('Export Clean Copy', () => exportCleanCopy(client))),
  ];
}
