// No catastrophic backtracking: every regular expression of the analysis (the lexicon's patterns,
// found by walking LEXICONS, and every regex literal in server/src/analysis, found with the TypeScript
// parser) and the whole analysis get adversarial inputs of 100 KB. The bound — 2 s per 100 KB — is
// some 20 times what a linear scan needs even on a loaded machine; only super-linear behaviour
// exceeds it, so this is not a timing test. KB patterns are no regular expressions at all (words
// with an optional trailing `*`, compiled into a token trie): a stress KB checks that too.
// The measurements run in a child process so that a catastrophic case is killed by a watchdog and
// named, instead of hanging the test run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze, KnowledgeBase } from '../../server/src/analysis/index.js';
import { recordFigure, ROOT } from './helpers.js';

const BOUND_MS_PER_100KB = 2000;
const WATCHDOG_MS = 8 * 60 * 1000;

interface Row {
  kind: string;
  [k: string]: unknown;
}

describe('reliability: no catastrophic backtracking on adversarial 100 KB inputs', function () {
  this.timeout(WATCHDOG_MS + 30000);
  let rows: Row[] = [];
  let killed: string | null = null;

  before(() => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'reliability', 'adversarial-runner.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: WATCHDOG_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    rows = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row);
    const last = rows[rows.length - 1];
    if (last?.kind !== 'done') {
      const begin = [...rows].reverse().find((x) => x.kind === 'begin');
      killed = `the runner did not finish (${r.signal ?? `exit ${r.status}`}${r.error ? `, ${r.error.message}` : ''}); last started: ${String(begin?.what ?? 'nothing')}\n${r.stderr.slice(-2000)}`;
    }
  });

  /**
   * The bound per 100 KB: 2 s, or 15 times what 100 KB of ordinary prose took in the same run when
   * the machine is so busy that this is more. Linear inputs stay within a few times the reference;
   * catastrophic ones take tens of seconds.
   */
  const bound = () => {
    const ref = rows.find((x) => x.kind === 'reference');
    return Math.max(BOUND_MS_PER_100KB, ref ? (15 * (ref.ms as number) * 100 * 1024) / (ref.chars as number) : 0);
  };
  const overBound = (kinds: string[]) =>
    rows
      .filter((x) => kinds.includes(x.kind) && (x.ms as number) > (bound() * (x.chars as number)) / (100 * 1024))
      .map((x) => `${String(x.where ?? x.language ?? '')} on "${String(x.input)}": ${(x.ms as number).toFixed(0)} ms for ${String(x.chars)} chars`);

  it('runs to the end (a catastrophic case would be killed by the watchdog and named here)', () => {
    assert.equal(killed, null, killed ?? '');
  });

  it('finds the patterns it must test: the lexicon (programmatically) and the analysis regex literals', () => {
    const inv = rows.find((x) => x.kind === 'inventory');
    assert.ok(inv, 'no inventory line');
    assert.ok((inv.lexicon as number) >= 14, `only ${String(inv.lexicon)} lexicon patterns found`);
    assert.ok((inv.literals as number) >= 20, `only ${String(inv.literals)} regex literals found`);
    // A RegExp built from a non-literal string cannot be tested from here; the only ones allowed are
    // those built from the lexicon (covered by walking LEXICONS). A new one must be covered too.
    const allowed = /^server\/src\/analysis\/(claim-lexicon|attribution)\.ts:/;
    const stray = (inv.dynamic as string[]).filter((w) => !allowed.test(w));
    assert.deepEqual(stray, [], 'dynamic RegExp constructions this suite does not cover');
    const errors = rows.filter((x) => x.kind === 'error');
    assert.deepEqual(errors, [], 'patterns that could not be rebuilt from their source');
    const regexRows = rows.filter((x) => x.kind === 'regex');
    recordFigure('backtracking: patterns × inputs scanned (regex level)', `${new Set(regexRows.map((x) => x.where)).size} patterns, ${regexRows.length} scans of ~100 KB`);
  });

  it('every pattern scans each adversarial input within 2 s per 100 KB (more only on a busy machine)', () => {
    assert.deepEqual(overBound(['regex']), []);
    const worst = rows.filter((x) => x.kind === 'regex').sort((a, b) => (b.ms as number) - (a.ms as number))[0];
    if (worst) recordFigure('backtracking: slowest pattern scan', `${(worst.ms as number).toFixed(0)} ms (${String(worst.where)} on "${String(worst.input)}")`);
  });

  it('every analysis of an adversarial document, in both languages, stays within 2 s per 100 KB (more only on a busy machine)', () => {
    const analyses = rows.filter((x) => x.kind === 'analysis');
    assert.ok(analyses.length >= 100, `only ${analyses.length} analyses ran`);
    assert.deepEqual(overBound(['analysis']), []);
    const worst = [...analyses].sort((a, b) => (b.ms as number) - (a.ms as number))[0]!;
    recordFigure('backtracking: adversarial documents analysed', analyses.length);
    const ref = rows.find((x) => x.kind === 'reference');
    if (ref) recordFigure('backtracking: 100 KB of ordinary prose analysed in (reference) / bound per 100 KB', `${(ref.ms as number).toFixed(0)} ms / ${bound().toFixed(0)} ms`);
    recordFigure('backtracking: slowest adversarial analysis', `${(worst.ms as number).toFixed(0)} ms for ${String(worst.chars)} chars ("${String(worst.input)}", ${String(worst.language)})`);
  });

  it('KB patterns are matched by the trie in linear time, whatever the KB, and a regex in a pattern is refused', () => {
    assert.deepEqual(overBound(['kb-analysis']), []);
    assert.equal(rows.filter((x) => x.kind === 'kb-analysis').length, 6);
    const refused = rows.find((x) => x.kind === 'kb-regex-refused');
    const diags = (refused?.diagnostics ?? []) as Array<{ line: number; message: string }>;
    assert.ok(
      diags.some((d) => d.line === 3 && /not valid/.test(d.message)),
      `the pattern "(a+)+$" was not refused: ${JSON.stringify(diags)}`,
    );
    const compile = rows.find((x) => x.kind === 'kb-compile');
    if (compile) recordFigure('backtracking: 20,002-entity stress KB compiled', `${(compile.ms as number).toFixed(0)} ms`);
  });
});

// Known limits of the Markdown parser (micromark, upstream, not our code): some inline constructs
// take quadratic time in their count, far over the bound above. Not fixable with a small change here
// (it needs a pre-pass that understands inline Markdown, or parsing off the main thread with a
// deadline); recorded in docs/reliability.md. Measured on this kind of machine:
//   `<!--` repeated inside a paragraph, never closed: 25 KB 1.7 s (100 KB ≈ 30 s)
//   nested emphasis `*a *a … a* a*`: 12 KB 4 s, 60 KB 94 s and then a stack overflow (analysis-failed)
//   nested links `[a [a … ](u)](u)`: 70 KB 22 s
describe('reliability: Markdown parser worst cases (upstream micromark)', () => {
  console.warn(
    '\n  !!! SKIPPED: Markdown parser worst cases. micromark takes quadratic time on unclosed inline `<!--` runs, ' +
      'deeply nested emphasis and nested links (100 KB ≈ 30–100 s); no small fix in this repository. See docs/reliability.md. !!!\n',
  );
  // Enable once the parser, or a pre-pass, bounds these cases.
  it.skip('parses unclosed inline comments, nested emphasis and nested links of 100 KB within 2 s', () => {
    const n = 100 * 1024;
    const docs = {
      'inline <!--': 'Text ' + '<!--'.repeat(n / 4),
      'nested emphasis': '*a '.repeat(n / 6) + 'x' + ' a*'.repeat(n / 6),
      'nested links': '[a '.repeat(n / 7) + 'x' + '](u)'.repeat(n / 7),
    };
    for (const [name, text] of Object.entries(docs)) {
      const t = performance.now();
      const r = analyze(text, KnowledgeBase.empty());
      const ms = performance.now() - t;
      assert.ok(ms < BOUND_MS_PER_100KB, `${name}: ${ms.toFixed(0)} ms`);
      assert.ok(!r.diagnostics.some((d) => d.code === 'analysis-failed'), `${name}: the analysis failed`);
    }
  });
});
