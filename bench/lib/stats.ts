// Summaries of timing samples. Percentiles use the nearest-rank method, so a p95 of 200 samples is
// the 190th fastest: one slow outlier in twenty is allowed, two are not.
import { seededRandom } from '../../test/support/seeded-random.js';

export function percentile(samples: ReadonlyArray<number>, p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function median(samples: ReadonlyArray<number>): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, p95 and count of timing samples, as a row reports them. */
export function summary(samples: ReadonlyArray<number>): { median: number; p95: number; samples: number } {
  return { median: median(samples), p95: percentile(samples, 95), samples: samples.length };
}

export function now(): number {
  return performance.now();
}

/** Milliseconds taken by `fn`. */
export function time(fn: () => unknown): number {
  const t = now();
  fn();
  return now() - t;
}

/** Deterministic pseudo-random numbers, so every run edits the same places: the tests' generator. */
export const rng = seededRandom;

/** Runs a full garbage collection when node was started with --expose-gc, so one run's garbage is not billed to the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
