// Worker thread of the CLI (bundled to dist/cli-worker.cjs): builds the checker once from the
// setup it is given, so each worker loads the knowledge bases once, then checks batches of articles.
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleChecker } from './article-checker.js';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('cli-worker must run as a worker thread');
const checker = new ArticleChecker((workerData as WorkerInit).setup);

const encoder = new TextEncoder();

port.on('message', (msg: ToWorker) => {
  const moved: ArrayBuffer[] = [];
  const reports = msg.items.map((item) => {
    const report = checker.check(item);
    // A JSON run's text goes back as bytes of its own buffer, moved to the main thread uncopied.
    const f = report.formatted;
    if (f && typeof f.json === 'string') {
      const bytes = encoder.encode(f.json);
      // Moving a buffer detaches it here: only one the bytes fill alone (TextEncoder makes those).
      if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength) moved.push(bytes.buffer as ArrayBuffer);
      report.formatted = { json: bytes, totals: f.totals };
    }
    return { index: item.index, report };
  });
  port.postMessage({ type: 'results', reports } satisfies FromWorker, moved);
});
