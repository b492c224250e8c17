// Entry point VS Code calls in the extension host (extensionTestsPath): runs every bundled
// *.test.cjs next to this file with mocha and rejects when any test fails, which makes VS Code —
// desktop or the server build — exit non-zero.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Log } from './output.js';

// This file is bundled to CommonJS (out/e2e/index.cjs), where __dirname exists; the project's
// tsconfig type-checks it as an ES module, which does not declare it.
declare const __dirname: string;

export async function run(): Promise<void> {
  // Mocha's reporters print through their own reference to console.log; route it through `marked`.
  const base = Mocha.reporters.Base as unknown as { consoleLog: Log };
  const saved = base.consoleLog;
  base.consoleLog = marked(saved);
  try {
    await runMocha();
  } finally {
    base.consoleLog = saved;
  }
}

async function runMocha(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false, // the output goes through the workbench's log, not a terminal
    timeout: 60_000, // the language server starts cold inside the test
  });
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.cjs'))
    .sort();
  for (const f of files) mocha.addFile(join(__dirname, f));
  if (files.length === 0) throw new Error(`no *.test.cjs files in ${__dirname}`);

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} e2e test(s) failed`);
}
