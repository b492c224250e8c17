// A one-line progress bar on stderr for long runs in a terminal. Never drawn when stderr is not a
// terminal or in CI, so piped and logged output stays clean.
export interface Progress {
  update(done: number): void;
  finish(): void;
}

const NO_PROGRESS: Progress = { update() {}, finish() {} };

export interface ProgressTarget {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export function createProgress(stream: ProgressTarget, total: number, env: NodeJS.ProcessEnv): Progress {
  if (!stream.isTTY || env.CI || total < 2) return NO_PROGRESS;
  let last = 0;
  let drawn = false;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const filled = Math.round((done / total) * width);
    stream.write(`\r\x1b[2Kchecking [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    drawn = true;
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
