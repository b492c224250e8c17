// Spreads a large run over worker threads. Batches go to whichever worker is free; results are put
// back in the order of the input, so the output is the same as a single-threaded run. A worker that
// dies leaves its batch to the main thread: a crash in a thread never loses an article's result.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ArticleChecker, type CheckItem, type CheckSetup } from './article-checker.js';
import type { FileReport } from './file-report.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;

/** The worker script next to this module: dist/cli-worker.cjs when bundled, worker.ts under tsx. */
export function workerScript(): string | undefined {
  const bundled = import.meta.url.endsWith('.cjs');
  const path = fileURLToPath(new URL(bundled ? './cli-worker.cjs' : './worker.ts', import.meta.url));
  return existsSync(path) ? path : undefined;
}

export async function checkInWorkers(
  setup: CheckSetup,
  items: readonly CheckItem[],
  workerCount: number,
  onProgress: (done: number) => void,
  onWarning: (message: string) => void,
): Promise<FileReport[]> {
  const script = workerScript();
  const reports: Array<FileReport | undefined> = new Array(items.length);
  let done = 0;
  if (script) {
    const batchSize = Math.max(1, Math.min(50, Math.ceil(items.length / (workerCount * 8))));
    const batches: CheckItem[][] = [];
    for (let i = 0; i < items.length; i += batchSize) batches.push(items.slice(i, i + batchSize));
    let next = 0;
    const init: WorkerInit = { setup };
    const runWorker = () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(script, { workerData: init });
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          void worker.terminate().finally(resolve);
        };
        const send = () => {
          if (next >= batches.length) return finish();
          worker.postMessage({ type: 'batch', items: batches[next++]! } satisfies ToWorker);
        };
        worker.on('message', (msg: FromWorker) => {
          for (const { index, report } of msg.reports) {
            reports[index] = report;
            done++;
          }
          onProgress(done);
          send();
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
      });
    await Promise.all(Array.from({ length: workerCount }, runWorker));
  }
  // Whatever no worker delivered (no worker script, a crashed worker) is checked here.
  let fallback: ArticleChecker | undefined;
  for (let i = 0; i < items.length; i++) {
    if (reports[i]) continue;
    fallback ??= new ArticleChecker(setup);
    reports[i] = fallback.check(items[i]!);
    onProgress(++done);
  }
  return reports as FileReport[];
}
