// Runs a command the server implements (workspace/executeCommand). Sent directly rather than
// through vscode.commands so it works before the client has registered the server's commands.
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

export async function executeServerCommand(client: LanguageClient, command: string, args: unknown[]): Promise<unknown> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
}
