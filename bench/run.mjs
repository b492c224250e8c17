#!/usr/bin/env node
// `npm run bench`: builds the project and the scenarios, runs each scenario in a fresh node process
// and prints one table. Options:
//   --json[=FILE]   also write the figures as JSON (default bench-results/bench.json; --json=- prints
//                   only the JSON, on stdout)
//   --only=a,b,...  run only these scenarios (a parse floor, b typing, c kb scale, d archive,
//                   e start-up and peers)
//   --quick         fewer repetitions (a smoke run, not figures to quote)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commonOptions } from '../scripts/esbuild-options.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const jsonArg = args.find((a) => a === '--json' || a.startsWith('--json='));
const jsonFile = jsonArg === undefined ? undefined : jsonArg === '--json' ? join(repo, 'bench-results/bench.json') : jsonArg.slice('--json='.length);
const jsonOnly = jsonFile === '-';
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const quick = args.includes('--quick');
const log = (s) => (jsonOnly ? process.stderr : process.stdout).write(s + '\n');

const SCENARIOS = [
  { id: 'a', file: 'parse-floor', title: 'parse floor and incremental core' },
  { id: 'b', file: 'typing', title: 'typing in the real server' },
  { id: 'c', file: 'kb-scale', title: 'knowledge base scale' },
  { id: 'd', file: 'archive', title: 'archive check with worker threads' },
  { id: 'e', file: 'startup-and-peers', title: 'start-up, client bundle, peers' },
];
const selected = SCENARIOS.filter((s) => !only || only.includes(s.id));

// Build the product (the server and CLI scenarios run dist/) and the scenario bundles. Scenarios
// run as plain node on esbuild bundles: tsx's loader would be measured too.
log('building…');
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
const { build } = await import('esbuild');
const outDir = join(repo, 'out/bench');
await build({
  entryPoints: selected.map((s) => join(repo, 'bench/scenarios', `${s.file}.ts`)),
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  ...commonOptions,
  // The peers are ESM-only packages with their own data files: load them from node_modules.
  external: ['alex', 'compromise'],
});

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadAverage: (await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' '),
  date: new Date().toISOString(),
};

function runScenario(s) {
  return new Promise((resolveRun) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', join(outDir, `${s.file}.cjs`)], {
      cwd: repo,
      env: { ...process.env, NA_BENCH_REPO: repo, NA_BENCH_QUICK: quick ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH-ROWS '));
      const seconds = (Date.now() - started) / 1000;
      if (code !== 0 || !line) {
        log(`scenario ${s.id} (${s.file}) failed with exit code ${code}:\n${out}`);
        resolveRun({ rows: [], error: `exit code ${code}`, seconds });
      } else resolveRun({ rows: JSON.parse(line.slice('BENCH-ROWS '.length)), seconds });
    });
  });
}

const results = [];
for (const s of selected) {
  log(`running ${s.id}: ${s.title}…`);
  const r = await runScenario(s);
  log(`  done in ${r.seconds.toFixed(0)} s`);
  results.push({ id: s.id, title: s.title, ...r });
}

function fmt(v, unit) {
  if (v === undefined || v === null || Number.isNaN(v)) return '';
  if (unit === 'ms') return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(v >= 10 ? 1 : 2)} ms`;
  if (unit === 's') return `${v.toFixed(2)} s`;
  if (unit === 'MB') return `${v.toFixed(0)} MB`;
  return String(v);
}
const header = ['scenario', 'measure', 'median', 'p95', 'baseline (median)', 'ratio', 'MB/s', 'target', 'met'];
const table = [header];
for (const r of results) {
  for (const row of r.rows) {
    table.push([
      row.scenario,
      row.what + (row.note ? ` (${row.note})` : ''),
      fmt(row.median, row.unit),
      fmt(row.p95, row.unit),
      row.baseline ? `${row.baseline.what} ${fmt(row.baseline.median, row.unit)}` : '',
      row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
      row.mbPerSecond === undefined ? '' : row.mbPerSecond.toFixed(2),
      row.target?.text ?? '',
      row.target ? (row.target.met ? 'yes' : 'NO') : '',
    ]);
  }
  if (r.error) table.push([`${r.id} ${r.title}`, `FAILED: ${r.error}`, '', '', '', '', '', '', 'NO']);
}
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const lines = table.map((row) => row.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ').trimEnd());
lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('-|-'));
log('');
log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}, ${machine.platform}; load average at start ${machine.loadAverage}`);
log(lines.join('\n'));

if (jsonFile) {
  const json = JSON.stringify({ machine, quick, scenarios: results }, null, 2);
  if (jsonOnly) process.stdout.write(json + '\n');
  else {
    mkdirSync(dirname(resolve(jsonFile)), { recursive: true });
    writeFileSync(jsonFile, json + '\n');
    log(`\nJSON written to ${jsonFile}`);
  }
}
const failed = results.some((r) => r.error);
process.exit(failed ? 1 : 0);
