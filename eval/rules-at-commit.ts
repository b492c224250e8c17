// The claim rules of an earlier commit, run on today's gold: how a round scored at its first look, or
// with the rules before or after a change, stays reproducible after the rules have moved on. The
// commit is checked out in a temporary git worktree that shares this checkout's node_modules, its
// analysis core and default KB are imported from there, and the worktree is removed afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { predictedLabel } from './claims-eval.js';
import { loadGold, readAnnotated, ROOT, type ClaimGoldArticle, type GoldSet } from './gold.js';
import { pairCounts, type Counts, type SentencePair } from './span-scoring.js';

/**
 * The commit whose rules gave each blind Swedish round its first look (docs/quality.md, "The checks"): the
 * rules in force when the round was scored once. Round 14 was scored with round 14's rules, written before it.
 */
export const FIRST_LOOK_COMMITS: Readonly<Partial<Record<GoldSet, string>>> = {
  heldout6: '24f9d47',
  heldout7: '2e72d6d',
  heldout8: '6b870dc',
  heldout9: '47dfdd4',
  heldout10: '9d48629',
  heldout11: '169dfcb',
  heldout12: 'c7d7141',
  heldout13: '6e72fc1',
  heldout14: 'dda8de6',
  heldout15: '514934e',
};

/** `set` with the commit of its first look. */
export function firstLook(set: GoldSet): { set: GoldSet; commit: string } {
  const commit = FIRST_LOOK_COMMITS[set];
  if (!commit) throw new Error(`${set} has no recorded first look`);
  return { set, commit };
}

/** The part of an old commit's analysis these checks read; every commit since the claims gold returns these fields. */
export interface OldAnalysis {
  claims: Array<{ start: number; end: number; reasons: string[]; sourced: boolean; verified: boolean }>;
  diagnostics: Array<{ start: number; end: number; code: string }>;
}
interface OldCore {
  analyze(text: string, kb: unknown, options: { language: 'auto' }): OldAnalysis;
}
interface OldKb {
  defaultKnowledgeBase(): unknown;
}

/** What `visit` sees of one gold article: its gold, its text and the old commit's analysis of it. */
export interface AnalysedArticle {
  gold: ClaimGoldArticle;
  text: string;
  result: OldAnalysis;
}

/** The analysis of `commit`, as `use` sees it: text in, that commit's analysis (default KB, language detected) out. */
export type AnalyseText = (text: string) => OldAnalysis;

/** Checks `commit` out in a temporary worktree and hands `use` its analysis; the worktree is removed afterwards. */
export async function withRulesAt<T>(commit: string, use: (analyse: AnalyseText) => T): Promise<T> {
  if (!existsSync(join(ROOT, '.git'))) throw new Error('needs a git checkout: the rules are read from old commits');
  const dir = join(mkdtempSync(join(tmpdir(), 'rules-at-')), commit);
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const core = (await import(join(dir, 'server', 'src', 'analysis', 'index.ts'))) as OldCore;
    const kb = ((await import(join(dir, 'eval', 'org-predictions.ts'))) as OldKb).defaultKnowledgeBase();
    return use((text) => core.analyze(text, kb, { language: 'auto' }));
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

/** Runs the rules of `commit` on every claims article of `set` (as a user runs it: the language detected). */
export function analyseAt<T>(commit: string, set: GoldSet, visit: (a: AnalysedArticle) => T[]): Promise<T[]> {
  return withRulesAt(commit, (analyse) => {
    const out: T[] = [];
    for (const gold of loadGold(set).claims) {
      const text = readAnnotated(gold.article, gold.sha256);
      out.push(...visit({ gold, text, result: analyse(text) }));
    }
    return out;
  });
}

/** Sentence counts of the unsourced-claim finding of `commit` on `set`, scored as `npm run eval` scores it. */
export async function unsourcedCountsAt(commit: string, set: GoldSet): Promise<Counts> {
  const pairs = await analyseAt(commit, set, ({ gold, result }) =>
    gold.sentences.map(([start, end, label]): SentencePair => [label === 'U', predictedLabel(result, start, end) === 'U']),
  );
  return pairCounts(pairs);
}
