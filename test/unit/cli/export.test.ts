// `news-annotator export`: the article without our annotation comments, everything else intact.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from './cli-harness.js';

const ANNOTATION = /<!--\s*(source|verified|news-annotator-[a-z-]+)\b/i;

describe('CLI export', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir()));
  after(() => cleanup());

  it('removes source, verified and disable comments and keeps the prose and other HTML comments', () => {
    const article = [
      '---',
      'lang: sv',
      '---',
      '',
      '# Affären',
      '',
      'Bolaget betalade 40 miljoner kronor för aktierna. <!-- source: Anna Andersson, ekonomichef, samtal 2024-05-02 -->',
      '',
      '<!-- news-annotator-disable-next-line unsourced-claim -- siffran kommer från årsredovisningen -->',
      'Omsättningen ökade med 12 procent.',
      '<!-- verified: Karin L, 2024-05-03 -->',
      '',
      '<!-- redaktionell kommentar: bild saknas -->',
      '',
      '```html',
      '<!-- source: inside code stays -->',
      '```',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'affar.md'), article);
    const r = runCli(['export', 'affar.md'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout.replace(/```html[\s\S]*?```/, ''), ANNOTATION);
    assert.doesNotMatch(r.stdout, /Anna Andersson/, 'the confidential source is gone');
    assert.match(r.stdout, /^Bolaget betalade 40 miljoner kronor för aktierna\.$/m);
    assert.match(r.stdout, /^Omsättningen ökade med 12 procent\.$/m);
    assert.match(r.stdout, /<!-- redaktionell kommentar: bild saknas -->/);
    assert.match(r.stdout, /<!-- source: inside code stays -->/, 'a comment inside a code block is article content');
    assert.equal(readFileSync(join(dir, 'affar.md'), 'utf8'), article, 'the article itself is untouched');
  });

  it('keeps a byte-order mark and CRLF line ends as they were', () => {
    const article = '\ufeff# Rubrik\r\n\r\nVinsten steg med 3 procent. <!-- source: pressmeddelande -->\r\n';
    writeFileSync(join(dir, 'crlf.md'), article);
    const r = runCli(['export', 'crlf.md'], { cwd: dir });
    assert.equal(r.stdout, '\ufeff# Rubrik\r\n\r\nVinsten steg med 3 procent.\r\n');
  });

  it('writes to --output but never over the article', () => {
    writeFileSync(join(dir, 'kort.md'), 'Text. <!-- source: x -->\n');
    assert.equal(runCli(['export', 'kort.md', '--output', 'kort.clean.md'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'kort.clean.md'), 'utf8'), 'Text.\n');
    const r = runCli(['export', 'kort.md', '--output', 'kort.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(readFileSync(join(dir, 'kort.md'), 'utf8'), 'Text. <!-- source: x -->\n');
  });

  it('refuses a binary file with exit code 2', () => {
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0, 1, 2]));
    const r = runCli(['export', 'bin.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not article text/);
  });

  it('leaves no annotation comment in any sample article', () => {
    for (const f of readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.md'))) {
      const r = runCli(['export', join('samples', f)]);
      assert.equal(r.code, 0);
      assert.doesNotMatch(r.stdout, ANNOTATION, f);
    }
  });
});
