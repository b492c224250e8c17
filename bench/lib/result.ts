// The figures a scenario reports. Every scenario is a separate node process that prints its rows as
// one JSON line prefixed with RESULT_PREFIX; bench/run.mjs collects them into the table.

export interface Row {
  /** Scenario letter and name, e.g. "a parse floor". */
  scenario: string;
  /** What was measured, e.g. "analyze, 1 MB article". */
  what: string;
  unit: 'ms' | 's' | 'MB';
  median: number;
  /** Omitted for one-shot measurements. */
  p95?: number;
  samples: number;
  /** The comparison measured in the same run (bare parse, 100-entity KB, single-threaded CLI, ours). */
  baseline?: { what: string; median: number };
  /** median / baseline median, or the median of per-round ratios where the rounds are paired (for peers: their time / ours). */
  ratio?: number;
  /** Throughput: MB (2^20 bytes of UTF-8, as the file is on disk) of article text per second. */
  mbPerSecond?: number;
  /** The target for this row, and whether this run met it. */
  target?: { text: string; met: boolean };
  note?: string;
}

export const RESULT_PREFIX = 'BENCH-ROWS ';

export function emit(rows: Row[]): void {
  process.stdout.write(RESULT_PREFIX + JSON.stringify(rows) + '\n');
}

/** MB per second for `bytes` bytes of text in `ms` milliseconds. */
export function mbps(bytes: number, ms: number): number {
  return bytes / (1024 * 1024) / (ms / 1000);
}
