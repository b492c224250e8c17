// The CLI as a function of its arguments and surroundings, returning the exit code. Usage and
// input errors become one clear line on stderr and exit code 2; nothing prints a stack trace.
import { USAGE, UsageError, parseArgs } from './args.js';
import { runCheck } from './check-command.js';
import { runExport } from './export-command.js';
import type { CliIo } from './io.js';
import { VERSION } from './package-info.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.command) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'export':
        return runExport(cmd, io);
      case 'check':
        return await runCheck(cmd, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(err.message.split('\n').map((l) => `news-annotator: ${l}\n`).join(''));
      if (err.message.startsWith('no command') || err.message.startsWith('unknown')) io.stderr.write('Run "news-annotator --help" for usage.\n');
      return 2;
    }
    // A bug of ours: say so plainly, keep the detail short, and still exit with the input-error code.
    io.stderr.write(`news-annotator: internal error: ${(err as Error)?.message ?? String(err)}\nPlease report this with the command line that caused it.\n`);
    return 2;
  }
}
