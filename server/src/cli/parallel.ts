// Spreads a large run over worker threads. Batches go to whichever worker is free; results are put
// back in the order of the input, so the output is the same as a single-threaded run. A worker that
// dies leaves its batch to the main thread: a crash in a thread never loses an article's result.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArticleChecker, type CheckItem, type CheckSetup } from './article-checker.js';
import type { FileReport } from './file-report.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;

/**
 * Without an explicit --jobs, workers start only for this much text too: each worker loads the
 * bundle and the knowledge bases (about 0.3 s here), which a small run (the 60-article corpus,
 * 110 KB) never wins back.
 */
export const AUTO_PARALLEL_BYTES = 1024 * 1024;

/** True when the files hold at least `bytes` in all; stops statting once there. */
export function totalSizeAtLeast(paths: readonly string[], bytes: number): boolean {
  let total = 0;
  for (const p of paths) {
    try {
      total += statSync(p).size;
    } catch {
      // Unreadable files are reported when they are checked.
    }
    if (total >= bytes) return true;
  }
  return false;
}

/** The worker script next to this module: dist/cli-worker.cjs when bundled, worker.ts under tsx. */
export function workerScript(): string | undefined {
  const bundled = import.meta.url.endsWith('.cjs');
  const path = fileURLToPath(new URL(bundled ? './cli-worker.cjs' : './worker.ts', import.meta.url));
  return existsSync(path) ? path : undefined;
}

/**
 * Starts a worker on the script. From the sources (tests, `tsx server/src/cli/main.ts`), Node 20
 * does not pass tsx's loader hooks on to worker threads, so the worker registers tsx itself first.
 */
function startWorker(script: string, init: WorkerInit): Worker {
  if (script.endsWith('.cjs') || script.endsWith('.js')) return new Worker(script, { workerData: init });
  // The ESM build of tsx's API, next to the CommonJS one that require.resolve finds.
  const tsxApi = join(dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs');
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(script).href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: init });
}

export interface ParallelRun {
  reports: FileReport[];
  /** How many articles the workers checked; the rest fell back to the main thread. */
  checkedByWorkers: number;
}

/**
 * Checks the items on `workerCount` threads. `onReport` hears of each report as it comes, in no
 * particular order (workers finish batches when they do); the result has them in item order.
 */
export async function checkInWorkers(
  setup: CheckSetup,
  items: readonly CheckItem[],
  workerCount: number,
  onProgress: (done: number) => void,
  onWarning: (message: string) => void,
  onReport?: (index: number, report: FileReport) => void,
): Promise<ParallelRun> {
  const script = workerScript();
  const reports: Array<FileReport | undefined> = new Array(items.length);
  let done = 0;
  if (script) {
    const batchSize = Math.max(1, Math.min(25, Math.ceil(items.length / (workerCount * 8))));
    const batches: CheckItem[][] = [];
    for (let i = 0; i < items.length; i += batchSize) batches.push(items.slice(i, i + batchSize));
    let next = 0;
    const init: WorkerInit = { setup };
    const runWorker = () =>
      new Promise<void>((resolve) => {
        const worker = startWorker(script, init);
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          void worker.terminate().finally(resolve);
        };
        // Two batches in flight per worker, so a worker never waits for the main thread between batches.
        let inFlight = 0;
        const send = () => {
          if (next >= batches.length) return;
          worker.postMessage({ type: 'batch', items: batches[next++]! } satisfies ToWorker);
          inFlight++;
        };
        worker.on('message', (msg: FromWorker) => {
          inFlight--;
          for (const { index, report } of msg.reports) {
            reports[index] = report;
            done++;
            onReport?.(index, report);
          }
          onProgress(done);
          send();
          if (inFlight === 0) finish();
        });
        worker.on('error', (err) => {
          onWarning(`a worker thread failed (${err.message}); its articles are checked on the main thread`);
          finish();
        });
        worker.on('exit', () => {
          finished = true;
          resolve();
        });
        send();
        send();
        if (inFlight === 0) finish();
      });
    await Promise.all(Array.from({ length: workerCount }, runWorker));
  }
  const checkedByWorkers = done;
  // Whatever no worker delivered (no worker script, a crashed worker) is checked here.
  let fallback: ArticleChecker | undefined;
  for (let i = 0; i < items.length; i++) {
    if (reports[i]) continue;
    fallback ??= new ArticleChecker(setup);
    reports[i] = fallback.check(items[i]!);
    onReport?.(i, reports[i]!);
    onProgress(++done);
  }
  return { reports: reports as FileReport[], checkedByWorkers };
}
