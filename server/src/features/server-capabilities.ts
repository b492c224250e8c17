// What the server offers, answered to `initialize`. Kept apart from the feature code so the entry
// point can answer `initialize` before loading the analysis.
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, ServerCommands } from '../protocol.js';

export const SERVER_NAME = 'news-annotator-ls';

export function serverCapabilities(pull: boolean): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    workspaceSymbolProvider: true,
    completionProvider: { resolveProvider: false, triggerCharacters: [] },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    semanticTokensProvider: { legend: { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] }, full: { delta: true }, range: true },
    executeCommandProvider: { commands: [ServerCommands.addEntity, ServerCommands.checkAll] },
    ...(pull ? { diagnosticProvider: { identifier: 'news-annotator', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}


/** Pull diagnostics when the client supports them (LSP 3.17), else the server pushes. */
export function clientPullsDiagnostics(params: InitializeParams): boolean {
  return params.capabilities.textDocument?.diagnostic !== undefined;
}

export function initializeResult(params: InitializeParams, version: string | undefined): InitializeResult {
  return { capabilities: serverCapabilities(clientPullsDiagnostics(params)), serverInfo: { name: SERVER_NAME, version } };
}
