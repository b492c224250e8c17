// "Add Entity": asks for a name (the selection, if any) and a kind, and has the server append the
// entity to the workspace knowledge base. The server owns the KB format; the client only asks.
import { window, workspace, type QuickPickItem, type Uri } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, type AddEntityArgs } from '../../server/src/protocol.js';
import { executeServerCommand } from './server-commands.js';

const KINDS: ReadonlyArray<QuickPickItem & { entityKind: string }> = [
  { entityKind: 'company', label: '$(symbol-class) company', detail: 'A business: Microsoft, Mistral AI, Spotify' },
  { entityKind: 'regulator', label: '$(law) regulator', detail: 'An authority that rules or supervises: the European Commission, Finansinspektionen' },
  { entityKind: 'organisation', label: '$(organization) organisation', detail: 'Any other organisation: a union, a university, an NGO' },
  { entityKind: 'person', label: '$(person) person', detail: 'A named person' },
  { entityKind: 'product', label: '$(package) product', detail: 'A product or service: Azure, ChatGPT' },
  { entityKind: 'place', label: '$(location) place', detail: 'A city, region or country' },
];

/** What the server answers to addEntity. */
interface AddEntityResult {
  applied: boolean;
  reason?: string;
  uri?: string;
}

/** A selection is a good default name only when it looks like one: short, on one line. */
function nameFromSelection(): string {
  const editor = window.activeTextEditor;
  if (editor === undefined || editor.selection.isEmpty || !editor.selection.isSingleLine) return '';
  const text = editor.document.getText(editor.selection).trim();
  return text.length <= 100 ? text : '';
}

/** The article the entity was found in, so the server picks that workspace folder's KB. */
function targetUri(): Uri | undefined {
  return window.activeTextEditor?.document.uri ?? workspace.workspaceFolders?.[0]?.uri;
}

export async function addEntity(client: LanguageClient): Promise<void> {
  const uri = targetUri();
  if (uri === undefined || workspace.getWorkspaceFolder(uri) === undefined) {
    void window.showInformationMessage('News Annotator: open a folder first; entities are added to its entities.yaml.');
    return;
  }
  const name = await window.showInputBox({
    title: 'Add Entity to the Knowledge Base',
    prompt: 'Name of the entity as it is usually written',
    value: nameFromSelection(),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'Enter a name.' : /[\r\n]/.test(value) ? 'A name is one line.' : undefined),
  });
  if (name === undefined) return;
  const kind = await window.showQuickPick(KINDS, {
    title: `Add Entity: what kind is ${name.trim()}?`,
    placeHolder: 'Kind of entity',
    ignoreFocusOut: true,
  });
  if (kind === undefined) return;
  const args: AddEntityArgs = { uri: client.code2ProtocolConverter.asUri(uri), name: name.trim(), kind: kind.entityKind };
  const result = (await executeServerCommand(client, ServerCommands.addEntity, [args])) as AddEntityResult | null;
  if (result?.applied !== true) {
    void window.showWarningMessage(`News Annotator: ${args.name} was not added${result?.reason ? `: ${result.reason}` : '.'}`);
    return;
  }
  if (result.uri === undefined) return;
  // The edit may have gone to a file that is not open, where it waits unsaved.
  const kbUri = client.protocol2CodeConverter.asUri(result.uri);
  const open = await window.showInformationMessage(`News Annotator: added ${args.name} (${args.kind}) to ${workspace.asRelativePath(kbUri)}.`, 'Open');
  if (open !== undefined) await window.showTextDocument(kbUri);
}
