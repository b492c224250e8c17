// Summaries of timing samples. Percentiles use the nearest-rank method, so a p95 of 200 samples is
// the 190th fastest: one slow outlier in twenty is allowed, two are not.

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

export function now(): number {
  return performance.now();
}

/** Milliseconds taken by `fn`. */
export function time(fn: () => unknown): number {
  const t = now();
  fn();
  return now() - t;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run edits the same places. */
export function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs a full garbage collection when node was started with --expose-gc, so one run's garbage is not billed to the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
