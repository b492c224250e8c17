// Pieces of the CLI tested in-process: argument parsing, the worker pool, read errors.
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleChecker, type CheckItem, type CheckSetup } from '../../../server/src/cli/article-checker.js';
import { UsageError, parseArgs } from '../../../server/src/cli/args.js';
import { checkInWorkers, totalSizeAtLeast, workerScript } from '../../../server/src/cli/parallel.js';
import { createProgress } from '../../../server/src/cli/progress.js';
import { exitCodeFor } from '../../../server/src/cli/totals.js';
import { ROOT, tempDir } from './cli-harness.js';

describe('CLI arguments', () => {
  it('reads --max-warnings -1 as a value, in both spellings', () => {
    for (const argv of [['check', '--max-warnings', '-1', 'a.md'], ['check', '--max-warnings=-1', 'a.md']]) {
      const c = parseArgs(argv);
      assert.ok(c.command === 'check');
      assert.equal(c.maxWarnings, -1);
      assert.deepEqual(c.paths, ['a.md']);
    }
  });

  it('collects repeated --entities and keeps defaults otherwise', () => {
    const c = parseArgs(['check', '--entities', 'a.yaml', 'x', '--entities=b.yaml', '--no-default-entities', 'y']);
    assert.ok(c.command === 'check');
    assert.deepEqual(c.entities, ['a.yaml', 'b.yaml']);
    assert.deepEqual(c.paths, ['x', 'y']);
    assert.equal(c.defaultEntities, false);
    assert.equal(c.format, 'text');
    assert.equal(c.language, 'auto');
    assert.equal(c.maxWarnings, 0);
    assert.equal(c.jobs, undefined);
  });

  it('treats everything after -- as a path', () => {
    const c = parseArgs(['check', '--', '--odd-name.md']);
    assert.ok(c.command === 'check');
    assert.deepEqual(c.paths, ['--odd-name.md']);
  });

  it('rejects --max-warnings below -1 and --jobs below 1', () => {
    assert.throws(() => parseArgs(['check', '--max-warnings', '-2', 'a.md']), UsageError);
    assert.throws(() => parseArgs(['check', '--jobs', '0', 'a.md']), UsageError);
    assert.throws(() => parseArgs(['check', '--no-default-entities=yes', 'a.md']), UsageError);
  });
});

describe('CLI worker pool', () => {
  it('checks every article on worker threads and returns results in input order, equal to the main thread', async function () {
    assert.ok(workerScript(), 'worker.ts is found next to parallel.ts');
    const { dir, cleanup } = tempDir();
    try {
      const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.md'));
      const items: CheckItem[] = [];
      for (let i = 0; i < 24; i++) {
        const name = `copy-${String(i).padStart(2, '0')}-${samples[i % samples.length]}`;
        copyFileSync(join(ROOT, 'samples', samples[i % samples.length]!), join(dir, name));
        items.push({ index: i, path: join(dir, name), display: name, kbSet: 0 });
      }
      const setup: CheckSetup = { defaultKb: null, kbFiles: [], kbSets: [[]], language: 'auto', maxFileSize: 5 * 1024 * 1024 };
      const progress: number[] = [];
      const run = await checkInWorkers(setup, items, 2, (d) => progress.push(d), (m) => assert.fail(m));
      assert.equal(run.checkedByWorkers, items.length, 'no article fell back to the main thread');
      assert.equal(progress.at(-1), items.length);
      const single = new ArticleChecker(setup);
      assert.deepEqual(run.reports, items.map((it) => single.check(it)));
    } finally {
      cleanup();
    }
  });
});

describe('CLI automatic parallelism', () => {
  it('measures the text of a run, ignoring files that vanished', () => {
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'samples', f));
    assert.ok(totalSizeAtLeast([...samples, join(ROOT, 'samples', 'vanished.md')], 2000));
    assert.ok(!totalSizeAtLeast(samples, 10 * 1024 * 1024));
  });
});

describe('CLI read errors', () => {
  it('turns an unreadable article into a read error and exit code 2', () => {
    const checker = new ArticleChecker({ defaultKb: null, kbFiles: [], kbSets: [[]], language: 'auto', maxFileSize: 1000 });
    const r = checker.check({ index: 0, path: join(ROOT, 'samples', 'vanished.md'), display: 'samples/vanished.md', kbSet: 0 });
    assert.equal(r.readError, 'cannot read samples/vanished.md: no such file');
    assert.equal(exitCodeFor([r], -1), 2);
  });
});

describe('CLI progress bar', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, columns: 100, write: (s: string) => out.push(s) } };
  };

  it('draws on a terminal and clears its line at the end', () => {
    const { out, stream } = sink(true);
    const p = createProgress(stream, 200, {});
    p.update(1);
    p.update(200);
    p.finish();
    assert.match(out.join(''), /checking \[-+\] 1\/200 files/);
    assert.match(out.join(''), /checking \[#+\] 200\/200 files/);
    assert.equal(out.at(-1), '\r\x1b[2K');
  });

  it('stays silent when stderr is piped or in CI', () => {
    for (const [tty, env] of [[false, {}], [true, { CI: 'true' }]] as const) {
      const { out, stream } = sink(tty);
      const p = createProgress(stream, 200, env);
      p.update(100);
      p.update(200);
      p.finish();
      assert.deepEqual(out, []);
    }
  });
});
