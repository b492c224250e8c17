// What the .vsix holds: only what runs or is shown (bundles, grammar, schema, default KB, rule docs,
// README, LICENSE, CHANGELOG, icon), never sources, tests, samples, dependencies or the corpus.
// `vsce ls` and `vsce package` run offline; they need the bundles, so `npm run build` comes first
// (as `npm test` does).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RULES } from '../../../server/src/analysis/rules.js';
import { readManifest } from './manifest.js';

const VSCE = join('node_modules', '@vscode', 'vsce', 'vsce');
const BUNDLES = ['dist/client.cjs', 'dist/server.cjs', 'dist/cli.cjs', 'dist/cli-worker.cjs'];
const run = promisify(execFile);

async function vsce(args: string[]): Promise<string> {
  // stdin is closed so a question from vsce (a missing LICENSE, say) fails instead of waiting.
  const child = run(process.execPath, [VSCE, ...args], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  child.child.stdin?.end();
  return (await child).stdout;
}

/** File names in a zip's central directory (the .vsix is a zip). */
function zipEntries(zip: Buffer): string[] {
  const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  const names: string[] = [];
  for (let i = zip.indexOf(CENTRAL_HEADER); i !== -1; ) {
    const nameLength = zip.readUInt16LE(i + 28);
    const extraLength = zip.readUInt16LE(i + 30);
    const commentLength = zip.readUInt16LE(i + 32);
    names.push(zip.subarray(i + 46, i + 46 + nameLength).toString('utf8'));
    i = zip.indexOf(CENTRAL_HEADER, i + 46 + nameLength + extraLength + commentLength);
  }
  return names;
}

describe('packaging: the .vsix', function () {
  this.timeout(180_000);
  let files: string[];

  before(async function () {
    const missing = BUNDLES.filter((b) => !existsSync(b));
    assert.deepEqual(missing, [], `run \`npm run build\` first: ${missing.join(', ')} missing`);
    files = (await vsce(['ls', '--no-dependencies']))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  });

  it('holds the bundles and the bundled knowledge base', () => {
    for (const f of [...BUNDLES, 'dist/entities.default.yaml']) assert.ok(files.includes(f), `${f} is not packaged`);
  });

  it('holds the grammar, the entities schema and the icon the manifest points at', () => {
    const manifest = readManifest();
    const wanted = [
      manifest.main!.replace(/^\.\//, ''),
      manifest.icon!,
      ...(manifest.contributes?.grammars ?? []).map((g) => g.path.replace(/^\.\//, '')),
      ...(manifest.contributes?.yamlValidation ?? []).map((y) => y.url.replace(/^\.\//, '')),
    ];
    assert.ok(wanted.includes('syntaxes/news-annotator.injection.json') && wanted.includes('schemas/entities.schema.json'));
    for (const f of wanted) assert.ok(files.includes(f), `${f} is referenced by package.json but not packaged`);
  });

  it('holds the documentation of every rule, README, LICENSE and CHANGELOG', () => {
    for (const code of Object.keys(RULES)) assert.ok(files.includes(`docs/rules/${code}.md`), `docs/rules/${code}.md is not packaged`);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) assert.ok(files.includes(f), `${f} is not packaged`);
  });

  it('holds nothing that does not run: no sources, tests, samples, dependencies, source maps or corpus', () => {
    const forbidden = /^(client|server|test|samples|node_modules|scripts|eval|out|\.vscode|\.ci|\.cache)\/|^\.\.\/|\.(ts|map|mjs)$|(^|\/)shared\/corpus\//;
    const leaked = files.filter((f) => forbidden.test(f));
    assert.deepEqual(leaked, [], `packaged but not needed at run time: ${leaked.join(', ')}`);
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|images\/icon\.png|dist\/[\w.-]+\.(cjs|yaml)|syntaxes\/[\w.-]+\.json|schemas\/[\w.-]+\.json|docs\/rules\/[\w-]+\.md)$/;
    const unexpected = files.filter((f) => !allowed.test(f));
    assert.deepEqual(unexpected, [], `unexpected files in the .vsix: ${unexpected.join(', ')}`);
  });

  it('packages with `vsce package` into a .vsix holding the same files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-annotator-vsix-'));
    try {
      const out = join(dir, 'news-annotator.vsix');
      await vsce(['package', '--no-dependencies', '-o', out]);
      const entries = zipEntries(readFileSync(out))
        .filter((e) => e.startsWith('extension/'))
        .map((e) => e.slice('extension/'.length));
      // vsce renames README/CHANGELOG/LICENSE inside the archive (readme.md, changelog.md, LICENSE.txt).
      const normalise = (f: string) => f.toLowerCase().replace(/\.(md|txt)$/, '');
      assert.deepEqual(entries.map(normalise).sort(), files.map(normalise).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
