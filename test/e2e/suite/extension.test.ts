// End-to-end checks in a real VS Code, through the public `vscode` API only. The workspace is a
// fresh copy of samples/ (see test/e2e/run.mjs), so quick fixes never touch the real articles.
//
// The expectations on the seed article come from reading the article and the issues (what an
// editor expects to see), never from the program's output.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { warn } from './output.js';

const EXTENSION_ID = 'news-annotator.news-annotator';
const SEED = 'microsoft-mistral.sv.md';
const SOURCE = 'news-annotator';
const COMMANDS = [
  'newsAnnotator.restartServer',
  'newsAnnotator.checkAllArticles',
  'newsAnnotator.addSourceToClaim',
  'newsAnnotator.addEntity',
  'newsAnnotator.openEntityDefinitions',
  'newsAnnotator.exportCleanCopy',
];

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns a value; the language server answers asynchronously. */
async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await sleep(250);
  }
}

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

function inWorkspace(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded from the development path`);
  return ext;
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The range of the first occurrence of `phrase` in the article's body; fails when it is absent. */
function rangeOf(doc: vscode.TextDocument, phrase: string): vscode.Range {
  const start = doc.getText().indexOf(phrase, bodyStart(doc.getText()));
  assert.ok(start >= 0, `the article no longer contains "${phrase}"`);
  return new vscode.Range(doc.positionAt(start), doc.positionAt(start + phrase.length));
}

/** Where the article's body starts: after its YAML front matter, which is metadata, not prose. */
function bodyStart(text: string): number {
  const frontMatter = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return frontMatter ? frontMatter[0].length : 0;
}

/** Every occurrence of `pattern` in the article's body. */
function allRangesOf(doc: vscode.TextDocument, pattern: RegExp): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  const from = bodyStart(doc.getText());
  for (const m of doc.getText().matchAll(pattern)) {
    if (m.index < from) continue;
    ranges.push(new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + m[0].length)));
  }
  return ranges;
}

function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  return a.intersection(b) !== undefined && !a.intersection(b)?.isEmpty;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function openSeed(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(inWorkspace(SEED));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/**
 * Why the product cannot be tested at all, or undefined when it can. Only a client that has not
 * been written is a reason to skip; a client that was not built, or a missing seed article, fails.
 */
function notWrittenReason(): string | undefined {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) return undefined; // the host suite reports this as a failure
  if (!existsSync(join(ext.extensionPath, 'client', 'src', 'extension.ts'))) {
    return 'client/src/extension.ts does not exist (the client is not written yet)';
  }
  return undefined;
}

suite('VS Code host', () => {
  test('the vscode API works and the samples workspace is open', async () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    assert.equal(folders[0].name, 'samples');
    const entries = await vscode.workspace.fs.readDirectory(folders[0].uri);
    assert.ok(entries.length > 0, 'the samples folder is readable through vscode.workspace.fs');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('workbench.action.closeAllEditors'), 'built-in commands are listed');
  });

  test('the extension is loaded from the development path', () => {
    const ext = extension();
    const manifest = ext.packageJSON as { name?: string; publisher?: string };
    assert.equal(manifest.name, 'news-annotator');
    assert.equal(manifest.publisher, 'news-annotator');
    assert.ok(existsSync(join(ext.extensionPath, 'package.json')));
  });
});

suite('News Annotator in VS Code', function () {
  suiteSetup(async function () {
    const reason = notWrittenReason();
    if (reason) {
      // Loud on purpose: a skipped suite must say why.
      warn(`\n*** SKIPPED the News Annotator e2e tests: ${reason}. ***\n`);
      this.skip();
    }
    const ext = extension();
    const main = String((ext.packageJSON as { main?: unknown }).main ?? '');
    assert.ok(main, 'package.json has no "main"');
    assert.ok(existsSync(join(ext.extensionPath, main)), `${main} does not exist: run \`npm run build\``);
    assert.ok(existsSync(inWorkspace(SEED).fsPath), `samples/${SEED} does not exist`);
    await ext.activate();
  });

  test('the extension activates', () => {
    assert.equal(extension().isActive, true);
  });

  test('its commands are registered', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    const missing = COMMANDS.filter((c) => !commands.has(c));
    assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
  });

  // Runs before any article is opened, so the diagnostics can only come from workspace diagnostics.
  test('an article nobody opened gets its diagnostics (workspace diagnostics)', async () => {
    const files = await vscode.workspace.findFiles('**/*.md');
    const english = files.find((f) => f.path.endsWith('.en.md'));
    const target = english ?? inWorkspace(SEED);
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.toString());
    assert.equal(isOpen(), false, `${target.path} must not be open for this test`);
    const diagnostics = await waitFor(
      `diagnostics for the unopened ${target.path}`,
      () => {
        const found = ours(target);
        return found.length > 0 ? found : undefined;
      },
      45_000,
    );
    assert.ok(diagnostics.every((d) => codeOf(d)), 'every diagnostic has a rule code');
    assert.equal(isOpen(), false, 'the article was not opened to get its diagnostics');
  });

  test('the seed article has its findings with the right codes', async () => {
    const doc = await openSeed();
    const diagnostics = await waitFor('unsourced-claim and vague-attribution diagnostics on the seed article', () => {
      const found = ours(doc.uri);
      const codes = new Set(found.map(codeOf));
      return codes.has('unsourced-claim') && codes.has('vague-attribution') ? found : undefined;
    });
    const withCode = (code: string) => diagnostics.filter((d) => codeOf(d) === code);

    // Every finding links its rule code to the rule's documentation.
    for (const d of diagnostics) {
      assert.ok(typeof d.code === 'object', `"${d.message}" has a code without a documentation link`);
      assert.ok(
        d.code.target.toString().includes(String(d.code.value)),
        `the documentation link of ${String(d.code.value)} is ${d.code.target.toString()}`,
      );
    }

    const unsourced = withCode('unsourced-claim');
    for (const phrase of [
      'miljarder dollar investerade och exklusiva rättigheter',
      'Storleken på investeringen är ännu okänd',
      'en av världens största tech-företag',
    ]) {
      const at = rangeOf(doc, phrase);
      assert.ok(unsourced.some((d) => overlaps(d.range, at)), `unsourced claim not flagged: "${phrase}"`);
    }
    for (const phrase of ['meddelade Microsoft nyligen', 'Brad Smith, understryker']) {
      const at = rangeOf(doc, phrase);
      assert.ok(!unsourced.some((d) => overlaps(d.range, at)), `a sourced sentence was flagged: "${phrase}"`);
    }

    const vague = withCode('vague-attribution');
    for (const phrase of ['ofta kallas', 'anses vara', 'förväntas']) {
      const at = rangeOf(doc, phrase);
      assert.ok(vague.some((d) => overlaps(d.range, at)), `vague attribution not flagged: "${phrase}"`);
    }
  });

  test('hovering "Microsofts" shows the entity card with a link to its definition', async () => {
    const doc = await openSeed();
    const word = rangeOf(doc, 'Microsofts');
    const hovers = await waitFor('a hover on "Microsofts"', async () => {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        word.start.translate(0, 3),
      );
      return result && hoverText(result).includes('entities.yaml') ? result : undefined;
    });
    const text = hoverText(hovers);
    assert.match(text, /Microsoft/);
    assert.ok(!/\bcommand:/i.test(text), 'a hover card must not carry command: links');

    const links = [...text.matchAll(/\]\(([^)\s]*entities\.yaml[^)\s]*)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 0, `no Markdown link to entities.yaml in the hover:\n${text}`);
    const link = vscode.Uri.parse(links[0]);
    const kb = inWorkspace('entities.yaml');
    assert.equal(link.path, kb.path, 'the link points at the workspace knowledge base');
    const line = /^L?(\d+)/.exec(link.fragment);
    assert.ok(line, `the definition link names a line: ${links[0]}`);
    const kbDoc = await vscode.workspace.openTextDocument(kb);
    const lineNumber = Number(line[1]) - 1; // link fragments are 1-based
    assert.ok(lineNumber >= 0 && lineNumber < kbDoc.lineCount, `line ${line[1]} is inside entities.yaml`);
    assert.match(kbDoc.lineAt(lineNumber).text, /microsoft/i, 'the linked line is the Microsoft entry');
  });

  test('semantic tokens decode to the mentions with their kinds', async () => {
    const doc = await openSeed();
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      doc.uri,
    );
    assert.ok(legend, 'the extension provides a semantic tokens legend for Markdown');
    for (const type of ['company', 'regulator', 'person', 'product']) {
      assert.ok(legend.tokenTypes.includes(type), `legend has token type ${type}`);
    }
    const tokens = await waitFor('semantic tokens for the seed article', async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens>(
        'vscode.provideDocumentSemanticTokens',
        doc.uri,
      );
      return result && result.data.length > 0 ? result : undefined;
    });

    // Decode LSP's relative encoding: (deltaLine, deltaStart, length, type, modifiers) per token.
    const decoded: { range: vscode.Range; type: string; text: string }[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i + 4 < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, typeIndex] = tokens.data.slice(i, i + 4);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const range = new vscode.Range(line, character, line, character + length);
      decoded.push({ range, type: legend.tokenTypes[typeIndex], text: doc.getText(range) });
    }
    const coveredAs = (range: vscode.Range, type: string) =>
      decoded.some((t) => t.type === type && t.range.contains(range));
    const describe = () => decoded.map((t) => `${t.text}:${t.type}`).join(', ');

    const expectations: [RegExp, string][] = [
      [/Open AI/g, 'company'],
      // "Microsoft Azures" is one product mention (longest match wins), so it is excluded here.
      [/Microsofts?(?! Azure)/g, 'company'],
      [/Mistral/g, 'company'],
      [/Azure/g, 'product'],
      [/Brad Smith/g, 'person'],
    ];
    for (const [pattern, type] of expectations) {
      const occurrences = allRangesOf(doc, pattern);
      assert.ok(occurrences.length > 0, `the article mentions ${pattern}`);
      for (const at of occurrences) {
        assert.ok(
          coveredAs(at, type),
          `"${doc.getText(at)}" at line ${at.start.line + 1} is not a ${type} token; tokens: ${describe()}`,
        );
      }
    }
    const regulators = rangeOf(doc, 'europeiska konkurrenslagstiftarnas');
    assert.ok(
      decoded.some((t) => t.type === 'regulator' && overlaps(t.range, regulators)),
      `"europeiska konkurrenslagstiftarnas" is not a regulator token; tokens: ${describe()}`,
    );
  });

  test('go to definition on "Microsofts" lands on its entry in samples/entities.yaml', async () => {
    const doc = await openSeed();
    const word = rangeOf(doc, 'Microsofts');
    const targets = await waitFor('a definition for "Microsofts"', async () => {
      const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        doc.uri,
        word.start.translate(0, 3),
      );
      return result && result.length > 0 ? result : undefined;
    });
    const locations = targets.map((t) =>
      'targetUri' in t ? { uri: t.targetUri, range: t.targetSelectionRange ?? t.targetRange } : t,
    );
    const kb = inWorkspace('entities.yaml');
    const inKb = locations.find((l) => l.uri.path === kb.path);
    assert.ok(inKb, `no definition in ${kb.path}: ${locations.map((l) => l.uri.path).join(', ')}`);
    const kbDoc = await vscode.workspace.openTextDocument(kb);
    assert.match(kbDoc.lineAt(inKb.range.start.line).text, /microsoft/i, 'the definition is the Microsoft entry');
  });

  test('the quick fix "Add source footnote" adds a footnote and changes nothing else', async () => {
    const doc = await openSeed();
    const original = doc.getText();
    const claim = rangeOf(doc, 'Storleken på investeringen är ännu okänd');
    const diagnostic = await waitFor('the unsourced-claim diagnostic on "Storleken på investeringen…"', () =>
      ours(doc.uri).find((d) => codeOf(d) === 'unsourced-claim' && overlaps(d.range, claim)),
    );
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // A plain Command has `command` as a string; a CodeAction has an optional Command object.
    const isCodeAction = (a: vscode.CodeAction | vscode.Command): a is vscode.CodeAction => typeof a.command !== 'string';
    const fix = actions?.filter(isCodeAction).find((a) => /add source footnote/i.test(a.title));
    assert.ok(fix, `no "Add source footnote" quick fix; offered: ${(actions ?? []).map((a) => a.title).join(', ')}`);

    try {
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the workspace edit applies');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      const after = await waitFor('the footnote edit', () => (doc.getText() !== original ? doc.getText() : undefined), 10_000);

      const numbers = [...original.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
      const n = Math.max(0, ...numbers) + 1;
      const ref = `[^${n}]`;
      // The reference goes at the end of the flagged sentence: after its last words, before the
      // paragraph ends.
      const refAt = after.indexOf(ref);
      const sentenceEnd = after.indexOf('sträcka sig över flera år');
      assert.ok(refAt > sentenceEnd && sentenceEnd >= 0, `${ref} is not at the end of the sentence`);
      assert.ok(!after.slice(sentenceEnd, refAt).includes('\n'), `${ref} is in the same paragraph as the claim`);
      assert.match(after.trimEnd(), new RegExp(`\\n\\[\\^${n}\\]:[ \\t]*$`), `a ${ref}: definition ends the article`);

      // Taking the two insertions out again gives back the article exactly.
      const restored = (after.slice(0, refAt) + after.slice(refAt + ref.length)).replace(
        new RegExp(`\\s*\\[\\^${n}\\]:[ \\t]*\\s*$`),
        '',
      );
      assert.equal(restored.trimEnd(), original.trimEnd(), 'the quick fix only inserted the footnote');
    } finally {
      // Leave the editor as it was (the workspace is a copy, but later tests read the document).
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(doc.getText(), original);
  });
});
