// Output from the suite. In VS Code's server build the extension host's console reaches the
// launcher (test/e2e/offline-code.mjs) mixed with the workbench's own log lines, so the suite's
// lines carry a prefix the launcher recognises and strips. The extension host's `console` cannot be
// wrapped (VS Code defines its methods with a no-op setter), hence these helpers.
import { format } from 'node:util';

const marker = process.env.NEWS_ANNOTATOR_E2E_LOG_MARKER ?? '';

export type Log = (...args: unknown[]) => void;

/** `log` with the marker put in front of its formatted line. */
export function marked(log: Log): Log {
  return marker ? (...args: unknown[]) => log(marker + format(...args)) : log;
}

/** console.log for the suite's own lines. */
export const say: Log = marked((...args) => console.log(...args));

/** console.warn for the suite's own lines (skips, notes). */
export const warn: Log = marked((...args) => console.warn(...args));
