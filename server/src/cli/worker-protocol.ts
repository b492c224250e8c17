// Messages between the CLI's main thread and its worker threads.
import type { CheckItem, CheckSetup } from './article-checker.js';
import type { FileReport } from './file-report.js';

export interface WorkerInit {
  setup: CheckSetup;
}

export type ToWorker = { type: 'batch'; items: CheckItem[] };

export type FromWorker = { type: 'results'; reports: Array<{ index: number; report: FileReport }> };
