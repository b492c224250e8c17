// Scenario d: `news-annotator check` over an archive of 10,000 articles (corpus articles copied and
// varied into a temporary folder), single-threaded (--jobs 1) and with worker threads (the default:
// one per core), and whether both write the same report.
//
// The two runs alternate, three rounds (one with --quick), and the speedup is the median of the
// rounds' own ratios, so load from other processes that comes and goes between rounds weighs less.
// Each run's CPU time (all its threads) is reported too: on a shared machine it says more than the
// wall clock, and CPU time / wall time of the --jobs 1 run shows how much of a second core one
// thread already uses (V8 compiles and collects garbage on threads of its own), which a parallel
// run has to share with its workers.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO, tempDir, writeArchive } from '../lib/corpus.js';
import { emit, mbps, type Row } from '../lib/result.js';
import { median, now } from '../lib/stats.js';

const QUICK = process.env.NA_BENCH_QUICK === '1';
const FILES = QUICK ? 2000 : 10_000;
const ROUNDS = QUICK ? 1 : 3;
const SCENARIO = 'd archive (CLI)';

interface Run {
  ms: number;
  /** User + system CPU time of the whole process (every thread), ms. */
  cpuMs: number;
}

const dir = tempDir('archive');
const archive = join(dir, 'articles');
// Loaded into the checked process with --require: writes its CPU time when it exits. Worker threads
// run it too (they inherit the options); only the main thread's answer covers the whole process.
const cpuHook = join(dir, 'cpu-usage.cjs');
writeFileSync(
  cpuHook,
  `const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.NA_BENCH_CPU_OUT, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
`,
);

function check(jobs: number | null, output: string): Run {
  const cpuOut = join(dir, 'cpu.json');
  const args = ['--require', cpuHook, join(REPO, 'dist/cli.cjs'), 'check', archive, '--format', 'json', '--max-warnings', '-1', '--output', output, ...(jobs === null ? [] : ['--jobs', String(jobs)])];
  const t = now();
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NA_BENCH_CPU_OUT: cpuOut } });
  const ms = now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (${r.status}): ${r.stderr}`);
  return { ms, cpuMs: (JSON.parse(readFileSync(cpuOut, 'utf8')) as { cpuMs: number }).cpuMs };
}

const { bytes } = writeArchive(archive, FILES);
const loadBefore = loadavg()[0]!;
const singles: Run[] = [];
const parallels: Run[] = [];
let same = true;
for (let round = 0; round < ROUNDS; round++) {
  singles.push(check(1, join(dir, 'single.json')));
  parallels.push(check(null, join(dir, 'parallel.json')));
  same &&= readFileSync(join(dir, 'single.json')).equals(readFileSync(join(dir, 'parallel.json')));
}
const loadAfter = loadavg()[0]!;

const single = median(singles.map((r) => r.ms));
const parallel = median(parallels.map((r) => r.ms));
const ratio = median(singles.map((s, i) => parallels[i]!.ms / s.ms));
const speedup = 1 / ratio;
const cpu = (runs: Run[]) => median(runs.map((r) => r.cpuMs));
const perCent = (runs: Run[]) => median(runs.map((r) => (100 * r.cpuMs) / r.ms)).toFixed(0);
const rounds = ROUNDS === 1 ? 'one run' : `median of ${ROUNDS} alternating runs`;
const rows: Row[] = [
  {
    scenario: SCENARIO,
    what: `check ${FILES.toLocaleString('en')} articles, --jobs 1 (${(bytes / 2 ** 20).toFixed(1)} MB; ${rounds}; CPU ${(cpu(singles) / 1000).toFixed(1)} s, ${perCent(singles)}% of one core)`,
    unit: 'ms',
    median: single,
    samples: ROUNDS,
    mbPerSecond: mbps(bytes, single),
  },
  {
    scenario: SCENARIO,
    what: `check ${FILES.toLocaleString('en')} articles, worker threads (${cpus().length} cores; CPU ${(cpu(parallels) / 1000).toFixed(1)} s, ${perCent(parallels)}% of one core)`,
    unit: 'ms',
    median: parallel,
    samples: ROUNDS,
    baseline: { what: '--jobs 1', median: single },
    ratio,
    mbPerSecond: mbps(bytes, parallel),
    target: { text: `≤ 10 s${QUICK ? ' (for 10,000)' : ''}, ≥ 1.8× --jobs 1, same output`, met: parallel * (10_000 / FILES) <= 10_000 && speedup >= 1.8 && same },
    note: `${speedup.toFixed(2)}× the throughput of --jobs 1 (median of the rounds' ratios); output ${same ? 'identical' : 'DIFFERS'}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
  },
];
rmSync(dir, { recursive: true, force: true });
emit(rows);
