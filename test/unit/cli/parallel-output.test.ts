// Large runs go to worker threads; the output must not depend on it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from './cli-harness.js';

describe('CLI check: --jobs 1 and --jobs 2 give identical output', function () {
  let dir: string;
  let cleanup: () => void;
  const COPIES = 60;
  before(() => {
    ({ dir, cleanup } = tempDir());
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.md'));
    copyFileSync(join(ROOT, 'samples', 'entities.yaml'), join(dir, 'entities.yaml'));
    for (let i = 0; i < COPIES; i++) {
      const sub = join(dir, `desk-${i % 3}`);
      mkdirSync(sub, { recursive: true });
      copyFileSync(join(ROOT, 'samples', samples[i % samples.length]!), join(sub, `article-${String(i).padStart(3, '0')}.md`));
    }
    // Odd files in the middle of the run, so skipped results also have to keep their place.
    writeFileSync(join(dir, 'desk-1', 'article-030b.md'), Buffer.from([0x23, 0x00]));
    writeFileSync(join(dir, 'desk-2', 'entities.yml'), '- id: x\n  name: [broken\n');
  });
  after(() => cleanup());

  it('json written with --output (worker threads send their files as UTF-8 bytes)', () => {
    const one = runCli(['check', '--format', 'json', '--max-warnings', '-1', '--jobs', '1', '--output', join(dir, 'one.json'), '.'], { cwd: dir });
    const two = runCli(['check', '--format', 'json', '--max-warnings', '-1', '--jobs', '2', '--output', join(dir, 'two.json'), '.'], { cwd: dir });
    assert.equal(two.code, one.code);
    const a = readFileSync(join(dir, 'one.json'));
    assert.ok(readFileSync(join(dir, 'two.json')).equals(a), 'identical report files');
    const stdout = runCli(['check', '--format', 'json', '--max-warnings', '-1', '--jobs', '2', '.'], { cwd: dir }).stdout;
    assert.equal(a.toString('utf8'), stdout, 'the same report as on stdout');
  });

  for (const format of ['json', 'text', 'sarif']) {
    it(`${format}`, () => {
      const one = runCli(['check', '--format', format, '--max-warnings', '-1', '--jobs', '1', '.'], { cwd: dir });
      const two = runCli(['check', '--format', format, '--max-warnings', '-1', '--jobs', '2', '.'], { cwd: dir });
      assert.equal(one.code, 1, 'the broken KB is an error');
      assert.equal(two.code, one.code);
      assert.equal(two.stderr, one.stderr);
      assert.ok(two.stdout === one.stdout, 'identical stdout');
      if (format === 'json') {
        const files = JSON.parse(one.stdout).files as Array<{ path: string }>;
        assert.equal(files.length, COPIES + 2, 'every article and the broken KB');
        const articles = files.map((f) => f.path).filter((p) => p.endsWith('.md'));
        assert.deepEqual(articles, [...articles].sort(), 'articles in path order');
      }
    });
  }
});
