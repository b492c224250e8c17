// Worker thread of the CLI (bundled to dist/cli-worker.cjs): builds the checker once from the
// setup it is given, so each worker loads the knowledge bases once, then checks batches of articles.
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleChecker } from './article-checker.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('cli-worker must run as a worker thread');
const checker = new ArticleChecker((workerData as WorkerInit).setup);

port.on('message', (msg: ToWorker) => {
  const reports = msg.items.map((item) => ({ index: item.index, report: checker.check(item) }));
  port.postMessage({ type: 'results', reports } satisfies FromWorker);
});
