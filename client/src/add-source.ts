// "Add Source to Claim": the server's "Add source footnote" quick fix for the claim at the cursor,
// found through VS Code's own code action API so the edit is exactly the one the light bulb offers.
import { CodeActionKind, commands, window, workspace, type CodeAction, type Command } from 'vscode';
import { isArticle } from './documents.js';

const ADD_SOURCE_FOOTNOTE = /add source footnote/i;
/** Code actions whose edit is computed lazily are resolved for the first few, which covers a claim's fixes. */
const RESOLVE_AT_MOST = 10;

export async function addSourceToClaim(): Promise<void> {
  const editor = window.activeTextEditor;
  if (editor === undefined || !isArticle(editor.document)) {
    void window.showInformationMessage('News Annotator: open a Markdown article and put the cursor in a claim.');
    return;
  }
  const actions =
    (await commands.executeCommand<(CodeAction | Command)[] | undefined>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      editor.selection,
      CodeActionKind.QuickFix.value,
      RESOLVE_AT_MOST,
    )) ?? [];
  const action = actions.find((a) => ADD_SOURCE_FOOTNOTE.test(a.title));
  if (action === undefined) {
    void window.showInformationMessage('News Annotator: there is no unsourced claim at the cursor.');
    return;
  }
  // The provider answers with code actions or, from older servers, bare commands.
  if (typeof action.command === 'string') {
    const command = action as Command;
    await commands.executeCommand(command.command, ...(command.arguments ?? []));
    return;
  }
  const codeAction = action as CodeAction;
  if (codeAction.edit !== undefined && !(await workspace.applyEdit(codeAction.edit))) {
    void window.showErrorMessage('News Annotator: the footnote could not be inserted; the article was left as it was.');
    return;
  }
  if (codeAction.command !== undefined) await commands.executeCommand(codeAction.command.command, ...(codeAction.command.arguments ?? []));
}
