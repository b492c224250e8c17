// The IO helpers shared by the CLI and the language server: reading articles with size and binary
// checks, finding knowledge-base files, expanding paths, locating the bundled KB.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EntityFileFinder, expandPaths, findEntityFiles, readArticleFile, skippedResult, defaultEntitiesPath } from '../../../server/src/node/index.js';
import { ROOT, tempDir } from './cli-harness.js';

describe('node IO: readArticleFile', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir()));
  after(() => cleanup());

  it('keeps a UTF-8 byte-order mark in the text, so offsets count it as editors do', () => {
    const p = join(dir, 'bom.md');
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hej världen.\n', 'utf8')]));
    const r = readArticleFile(p);
    assert.equal(r.status, 'ok');
    assert.ok(r.status === 'ok' && r.text.charCodeAt(0) === 0xfeff && r.text.slice(1) === 'Hej världen.\n');
  });

  it('reports a file with NUL bytes as binary', () => {
    const p = join(dir, 'nul.md');
    writeFileSync(p, Buffer.from([0x41, 0x00, 0x42]));
    assert.deepEqual(readArticleFile(p), { status: 'binary', size: 3, why: 'nul' });
  });

  it('reports invalid UTF-8 (a Latin-1 file) as binary rather than guessing', () => {
    const p = join(dir, 'latin1.md');
    writeFileSync(p, Buffer.from('Bolaget s\xe4ger', 'latin1'));
    const r = readArticleFile(p);
    assert.equal(r.status, 'binary');
    assert.ok(r.status === 'binary' && r.why === 'invalid-utf8');
  });

  it('does not read a file over the size limit, and says how large it is', () => {
    const p = join(dir, 'big.md');
    writeFileSync(p, 'x'.repeat(2001));
    assert.deepEqual(readArticleFile(p, 2000), { status: 'too-large', size: 2001, limit: 2000 });
    assert.equal(readArticleFile(p, 2001).status, 'ok');
  });

  it('gives skipped files one informational diagnostic and nothing else', () => {
    const r = skippedResult({ status: 'binary', size: 3, why: 'nul' });
    assert.equal(r.skipped, 'binary');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity]), [['binary-file', 'information']]);
    assert.equal(r.mentions.length + r.claims.length, 0);
  });

  it('throws for a missing file (the caller reports it as an input error)', () => {
    assert.throws(() => readArticleFile(join(dir, 'missing.md')), /ENOENT/);
  });
});

describe('node IO: knowledge-base discovery', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempDir());
    mkdirSync(join(dir, 'desk', 'economy'), { recursive: true });
    mkdirSync(join(dir, 'sport'), { recursive: true });
    writeFileSync(join(dir, 'entities.yaml'), '[]\n');
    writeFileSync(join(dir, 'desk', 'entities.yml'), '[]\n');
    writeFileSync(join(dir, 'desk', 'economy', 'entities.yaml'), '[]\n');
    writeFileSync(join(dir, 'sport', 'notes.yaml'), '[]\n');
  });
  after(() => cleanup());

  it('collects entities.yaml/.yml from the article folder up to the stop folder, outermost first', () => {
    const finder = new EntityFileFinder(dir);
    assert.deepEqual(finder.forArticle(join(dir, 'desk', 'economy', 'a.md')), [
      join(dir, 'entities.yaml'),
      join(dir, 'desk', 'entities.yml'),
      join(dir, 'desk', 'economy', 'entities.yaml'),
    ]);
    assert.deepEqual(finder.forArticle(join(dir, 'sport', 'b.md')), [join(dir, 'entities.yaml')]);
  });

  it('does not look above the stop folder', () => {
    const finder = new EntityFileFinder(join(dir, 'desk'));
    assert.deepEqual(finder.forArticle(join(dir, 'desk', 'a.md')), [join(dir, 'desk', 'entities.yml')]);
  });

  it('gives the union for a set of articles without duplicates', () => {
    const all = findEntityFiles([join(dir, 'desk', 'economy', 'a.md'), join(dir, 'sport', 'b.md'), join(dir, 'desk', 'c.md')], dir);
    assert.deepEqual(all.sort(), [join(dir, 'desk', 'economy', 'entities.yaml'), join(dir, 'desk', 'entities.yml'), join(dir, 'entities.yaml')].sort());
  });
});

describe('node IO: expandPaths', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempDir());
    for (const d of ['news', 'news/node_modules/pkg', 'news/.drafts', 'news/archive']) mkdirSync(join(dir, d), { recursive: true });
    for (const f of ['news/b.md', 'news/a.markdown', 'news/README.md', 'news/CHANGELOG.md', 'news/LICENSE.md', 'news/notes.txt', 'news/node_modules/pkg/x.md', 'news/.drafts/secret.md', 'news/archive/old.md', 'news/.hidden.md']) {
      writeFileSync(join(dir, f), '# x\n');
    }
  });
  after(() => cleanup());

  it('expands a folder to its articles, sorted, skipping node_modules, hidden entries and repository docs', () => {
    const r = expandPaths(['news'], dir);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.files, ['news/a.markdown', 'news/archive/old.md', 'news/b.md'].map((f) => resolve(dir, f)));
  });

  it('keeps explicit files even when a folder rule would skip them, and drops duplicates in argument order', () => {
    const r = expandPaths(['news/README.md', 'news/b.md', 'news'], dir);
    assert.deepEqual(r.files, ['news/README.md', 'news/b.md', 'news/a.markdown', 'news/archive/old.md'].map((f) => resolve(dir, f)));
  });

  it('expands globs with the same skips', () => {
    const r = expandPaths(['news/**/*.md'], dir);
    assert.deepEqual(r.files, ['news/archive/old.md', 'news/b.md'].map((f) => resolve(dir, f)));
  });

  it('reports arguments that match nothing', () => {
    const r = expandPaths(['nowhere.md', 'news/*.docx', 'news/archive'], dir);
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0]!, /^nowhere\.md: no such file or folder/);
    assert.match(r.problems[1]!, /news\/\*\.docx: no files match/);
    assert.deepEqual(r.files, [resolve(dir, 'news/archive/old.md')]);
  });
});

describe('node IO: bundled default knowledge base', () => {
  it('is found from the sources at server/data/entities.default.yaml', function () {
    const path = defaultEntitiesPath();
    if (path === undefined) {
      console.warn('    SKIPPED: server/data/entities.default.yaml does not exist yet, so there is no default KB to locate.');
      this.skip();
    }
    assert.equal(path, join(ROOT, 'server', 'data', 'entities.default.yaml'));
  });
});
