// Entry point of the `news-annotator` command (bundled to dist/cli.cjs).
import { runCli } from './cli.js';

void runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  // exitCode rather than exit(): a large report piped to another program is flushed first.
  process.exitCode = code;
});
