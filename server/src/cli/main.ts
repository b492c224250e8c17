// Entry point of the `news-annotator` command (bundled to dist/cli.cjs).
import { runCli } from './cli.js';

// `news-annotator check … | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  // exitCode rather than exit(): a large report piped to another program is flushed first.
  process.exitCode = code;
});
