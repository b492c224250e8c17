// The diagnostics of an analysis as runs, one per top-level block, each a list the block made once
// and the distance the block has moved since. A one-character edit leaves all but one or two runs
// as they were, so the server converts and serialises only those (see features/diagnostics.ts);
// the flat, sorted `AnalysisResult.diagnostics` is their concatenation, moved.
import type { AnalysisResult, Diagnostic } from './types.js';

export interface DiagnosticRun {
  /** Sorted by position; offsets are where the block was when it made them. */
  diagnostics: ReadonlyArray<Diagnostic>;
  /** Add to every offset of `diagnostics` for the block's current place. */
  shift: number;
  /** Where the block starts now. */
  start: number;
}

// Kept beside the result rather than in it: the result stays plain data (JSON, structured clone).
const runsByResult = new WeakMap<AnalysisResult, ReadonlyArray<DiagnosticRun>>();

export function setDiagnosticRuns(result: AnalysisResult, runs: ReadonlyArray<DiagnosticRun>): void {
  runsByResult.set(result, runs);
}

/** The runs of an analysis, or undefined when it has none (skipped files, disable comments, a replaced list). */
export function diagnosticRuns(result: AnalysisResult): ReadonlyArray<DiagnosticRun> | undefined {
  return runsByResult.get(result);
}

/** Forgets the runs, e.g. when the flat list was replaced. */
export function dropDiagnosticRuns(result: AnalysisResult): void {
  runsByResult.delete(result);
}

/** A diagnostic moved by `d`, built with one literal of a fixed shape (this runs for thousands per edit). */
export function movedDiagnostic(x: Diagnostic, d: number): Diagnostic {
  return x.data === undefined
    ? { code: x.code, severity: x.severity, start: x.start + d, end: x.end + d, message: x.message }
    : { code: x.code, severity: x.severity, start: x.start + d, end: x.end + d, message: x.message, data: x.data };
}
