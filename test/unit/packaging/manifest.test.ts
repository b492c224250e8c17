// The manifest's contributions agree with the code that uses them: the client's commands, the
// server's settings, rule catalogue and token legend, and the files the manifest points at.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { COMMANDS } from '../../../client/src/command-ids.js';
import { RULES } from '../../../server/src/analysis/rules.js';
import { DEFAULT_SETTINGS, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../../../server/src/protocol.js';
import { readManifest, type ContributedSetting, type Manifest } from './manifest.js';

/** VS Code's standard semantic token types, which a custom type's superType must name. */
const STANDARD_TOKEN_TYPES = new Set([
  'namespace', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'type', 'parameter', 'variable', 'property',
  'enumMember', 'decorator', 'event', 'function', 'method', 'macro', 'label', 'comment', 'string', 'keyword', 'number',
  'regexp', 'operator',
]);

describe('extension manifest (package.json)', () => {
  let manifest: Manifest;
  let settings: Record<string, ContributedSetting>;

  before(() => {
    manifest = readManifest();
    settings = manifest.contributes?.configuration?.properties ?? {};
  });

  it('activates on Markdown and on workspaces with an entities.yaml', () => {
    const events = manifest.activationEvents ?? [];
    for (const e of ['onLanguage:markdown', 'workspaceContains:**/entities.yaml', 'workspaceContains:**/entities.yml']) {
      assert.ok(events.includes(e), `activationEvents lacks ${e}`);
    }
  });

  it('points main at the client bundle that the build writes', () => {
    assert.equal(manifest.main, './dist/client.cjs');
    const build = readFileSync('scripts/build.mjs', 'utf8');
    assert.ok(build.includes('client/src/extension.ts') && build.includes('dist/client.cjs'), 'scripts/build.mjs no longer bundles the client');
  });

  describe('commands', () => {
    it('contributes exactly the commands the client registers', () => {
      const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command).sort();
      assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    });

    it('puts every command under the "News Annotator" category with a title', () => {
      for (const c of manifest.contributes?.commands ?? []) {
        assert.equal(c.category, 'News Annotator', `${c.command} has category ${String(c.category)}`);
        assert.ok(c.title && c.title.trim().length > 0, `${c.command} has no title`);
        assert.ok(!c.title.startsWith('News Annotator'), `${c.command}: the category already names the extension`);
      }
    });

    it('names only contributed commands (or VS Code built-ins) in menus', () => {
      const ours = new Set((manifest.contributes?.commands ?? []).map((c) => c.command));
      for (const [menu, items] of Object.entries(manifest.contributes?.menus ?? {})) {
        for (const item of items) {
          if (item.command?.startsWith('newsAnnotator.')) assert.ok(ours.has(item.command), `${menu} names unknown ${item.command}`);
        }
      }
    });

    it('offers the article commands in the palette only for Markdown files', () => {
      const palette = manifest.contributes?.menus?.commandPalette ?? [];
      for (const id of [COMMANDS.addSourceToClaim, COMMANDS.exportCleanCopy]) {
        const entry = palette.find((m) => m.command === id);
        assert.match(entry?.when ?? '', /editorLangId == markdown/, `${id} needs a when-clause in commandPalette`);
      }
    });
  });

  describe('settings', () => {
    it('gives every setting a description, a type and a scope', () => {
      assert.ok(Object.keys(settings).length > 0, 'no settings contributed');
      for (const [key, s] of Object.entries(settings)) {
        assert.ok((s.description ?? s.markdownDescription ?? '').trim().length > 20, `${key} has no real description`);
        assert.ok(s.type !== undefined, `${key} has no type`);
        assert.ok(s.scope !== undefined, `${key} has no scope`);
        if (s.enum !== undefined) assert.equal(s.enumDescriptions?.length, s.enum.length, `${key}: one description per enum value`);
      }
    });

    it('contributes every setting the server reads, with the server\'s defaults', () => {
      for (const [name, value] of Object.entries(DEFAULT_SETTINGS)) {
        const key = `newsAnnotator.${name}`;
        assert.ok(settings[key], `${key} is read by the server but not contributed`);
        assert.deepEqual(settings[key]!.default, value, `${key}: manifest default differs from the server's`);
      }
      assert.deepEqual(settings['newsAnnotator.trace.server']?.enum, ['off', 'messages', 'verbose']);
      const known = new Set([...Object.keys(DEFAULT_SETTINGS).map((n) => `newsAnnotator.${n}`), 'newsAnnotator.trace.server']);
      for (const key of Object.keys(settings)) assert.ok(known.has(key), `${key} is contributed but nothing reads it`);
    });

    it('lets every rule of the catalogue be set to off or a severity, with a description', () => {
      const rules = settings['newsAnnotator.rules'];
      assert.ok(rules?.properties, 'newsAnnotator.rules has no per-rule properties');
      assert.deepEqual(Object.keys(rules.properties).sort(), Object.keys(RULES).sort());
      for (const [code, p] of Object.entries(rules.properties)) {
        assert.deepEqual(p.enum, ['off', 'error', 'warning', 'information', 'hint'], code);
        assert.ok((p.description ?? '').length > 0, `${code} has no description`);
        assert.match(p.description ?? '', new RegExp(`Default: ${RULES[code as keyof typeof RULES].defaultSeverity}\\.`), `${code}: stated default`);
      }
    });

    it('restricts the settings that point at files in untrusted workspaces', () => {
      const trust = manifest.capabilities?.untrustedWorkspaces;
      assert.equal(trust?.supported, 'limited');
      assert.ok((trust?.description ?? '').length > 0);
      assert.deepEqual(trust?.restrictedConfigurations, ['newsAnnotator.entityFiles']);
      assert.equal(settings['newsAnnotator.entityFiles']?.restricted, true);
      assert.equal(settings['newsAnnotator.entityFiles']?.scope, 'resource');
      const virtual = manifest.capabilities?.virtualWorkspaces;
      assert.ok(typeof virtual === 'object' && virtual.supported === false && (virtual.description ?? '').length > 0);
    });
  });

  describe('semantic highlighting', () => {
    it('declares the server\'s token legend', () => {
      const types = (manifest.contributes?.semanticTokenTypes ?? []).map((t) => t.id);
      assert.deepEqual(types.sort(), [...SEMANTIC_TOKEN_TYPES].sort());
      const modifiers = (manifest.contributes?.semanticTokenModifiers ?? []).map((m) => m.id);
      assert.deepEqual(modifiers.sort(), [...SEMANTIC_TOKEN_MODIFIERS].sort());
    });

    it('gives every token type a standard superType and a description', () => {
      for (const t of manifest.contributes?.semanticTokenTypes ?? []) {
        assert.ok(t.superType && STANDARD_TOKEN_TYPES.has(t.superType), `${t.id} has superType ${String(t.superType)}`);
        assert.ok((t.description ?? '').length > 0, `${t.id} has no description`);
      }
    });

    it('maps every token type and modifier to TextMate scopes for Markdown', () => {
      const markdown = (manifest.contributes?.semanticTokenScopes ?? []).find((s) => s.language === 'markdown');
      assert.ok(markdown, 'no semanticTokenScopes for markdown');
      for (const t of manifest.contributes?.semanticTokenTypes ?? []) {
        assert.ok((markdown.scopes[t.id] ?? []).length > 0, `${t.id} has no scope mapping`);
      }
      for (const m of manifest.contributes?.semanticTokenModifiers ?? []) {
        assert.ok((markdown.scopes[`*.${m.id}`] ?? []).length > 0, `modifier ${m.id} has no scope mapping`);
      }
      // Companies and regulators are the two an editor must tell apart at a glance.
      assert.notDeepEqual(markdown.scopes.company, markdown.scopes.regulator);
    });
  });

  it('points at files that exist: icon, grammar, entities schema', () => {
    assert.ok(manifest.icon && existsSync(manifest.icon), `icon ${String(manifest.icon)}`);
    const png = readFileSync(manifest.icon);
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'the Marketplace wants a 128×128 icon');
    for (const g of manifest.contributes?.grammars ?? []) {
      const grammar = JSON.parse(readFileSync(g.path, 'utf8')) as { scopeName?: string; injectionSelector?: string };
      assert.equal(grammar.scopeName, g.scopeName, `${g.path}: scopeName`);
      if (g.injectTo) assert.match(grammar.injectionSelector ?? '', /text\.html\.markdown/);
    }
    assert.deepEqual(
      (manifest.contributes?.grammars ?? []).flatMap((g) => g.injectTo ?? []),
      ['text.html.markdown'],
    );
    const yaml = manifest.contributes?.yamlValidation ?? [];
    assert.equal(yaml.length, 1);
    assert.ok(existsSync(yaml[0]!.url), `${yaml[0]!.url} is missing`);
    JSON.parse(readFileSync(yaml[0]!.url, 'utf8'));
  });

  it('shows the annotations view in the Explorer', () => {
    assert.deepEqual(manifest.contributes?.views?.explorer?.map((v) => [v.id, v.name]), [['newsAnnotator.annotations', 'News Annotator']]);
  });
});
