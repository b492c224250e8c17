// Do rules written from one round's errors move the next, unseen round? The table behind docs/quality.md,
// "Rounds 14 and 15": each round scored with the rules before and after each round of rules, every set of
// rules read from its own commit (rules-at-commit.ts), so the figures stay the same as the rules move on.
//
//   npx tsx eval/rounds-before-after.ts     about half a minute; prints figures only (no corpus text)
import type { GoldSet } from './gold.js';
import { unsourcedCountsAt } from './rules-at-commit.js';
import { prf } from './span-scoring.js';

/** The rules compared, in the order they were written. */
const RULES: ReadonlyArray<{ name: string; commit: string }> = [
  { name: "session 4's rules", commit: '6e72fc1' },
  { name: "round 14's rules", commit: 'dda8de6' },
  { name: "round 15's rules", commit: '514934e' },
];
/** Each round, and the first rules written from its errors (those and later ones have seen it). */
const ROUNDS: ReadonlyArray<{ set: GoldSet; readBy: string }> = [
  { set: 'heldout13', readBy: 'dda8de6' },
  { set: 'heldout14', readBy: '514934e' },
  { set: 'heldout15', readBy: '' },
];

console.log(`| round | ${RULES.map((r) => `${r.name} (\`${r.commit}\`)`).join(' | ')} |`);
console.log(`| --- |${RULES.map(() => ' ---: |').join('')}`);
for (const round of ROUNDS) {
  const cells: string[] = [];
  let seen = false;
  let goldU = 0;
  for (const rules of RULES) {
    seen ||= rules.commit === round.readBy;
    const c = await unsourcedCountsAt(rules.commit, round.set);
    goldU = c.tp + c.fn;
    cells.push(`${prf(c).f1.toFixed(3)}${seen ? ' (seen)' : ''}`);
  }
  console.log(`| ${round.set} (${goldU} gold U) | ${cells.join(' | ')} |`);
}
