// Scenario d: `news-annotator check` over an archive of 10,000 articles (corpus articles copied and
// varied into a temporary folder), single-threaded (--jobs 1) and with worker threads (the default:
// one per core), and whether both print the same report.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { REPO, tempDir, writeArchive } from '../lib/corpus.js';
import { emit, mbps, type Row } from '../lib/result.js';
import { now } from '../lib/stats.js';

const QUICK = process.env.NA_BENCH_QUICK === '1';
const FILES = QUICK ? 2000 : 10_000;
const SCENARIO = 'd archive (CLI)';

function check(dir: string, jobs: number | null, output: string): number {
  const args = [join(REPO, 'dist/cli.cjs'), 'check', dir, '--format', 'json', '--max-warnings', '-1', '--output', output, ...(jobs === null ? [] : ['--jobs', String(jobs)])];
  const t = now();
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
  return ms;
}

const dir = tempDir('archive');
const archive = join(dir, 'articles');
const { bytes } = writeArchive(archive, FILES);
const single = check(archive, 1, join(dir, 'single.json'));
const parallel = check(archive, null, join(dir, 'parallel.json'));
const same = readFileSync(join(dir, 'single.json'), 'utf8') === readFileSync(join(dir, 'parallel.json'), 'utf8');
const speedup = single / parallel;
const rows: Row[] = [
  { scenario: SCENARIO, what: `check ${FILES.toLocaleString('en')} articles, --jobs 1 (${(bytes / 2 ** 20).toFixed(1)} MB)`, unit: 'ms', median: single, samples: 1, mbPerSecond: mbps(bytes, single) },
  {
    scenario: SCENARIO,
    what: `check ${FILES.toLocaleString('en')} articles, worker threads (${cpus().length} cores)`,
    unit: 'ms',
    median: parallel,
    samples: 1,
    baseline: { what: '--jobs 1', median: single },
    ratio: parallel / single,
    mbPerSecond: mbps(bytes, parallel),
    target: { text: `≤ 10 s${QUICK ? ' (for 10,000)' : ''}, ≥ 1.8× --jobs 1, same output`, met: parallel * (10_000 / FILES) <= 10_000 && speedup >= 1.8 && same },
    note: `${speedup.toFixed(2)}× the throughput of --jobs 1; output ${same ? 'identical' : 'DIFFERS'}`,
  },
];
rmSync(dir, { recursive: true, force: true });
emit(rows);
