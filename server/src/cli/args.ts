// Command-line parsing. Hand-written rather than util.parseArgs because `--max-warnings -1` must
// read `-1` as a value, which parseArgs rejects as ambiguous.
import type { Language } from '../analysis/index.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  command: 'check';
  format: OutputFormat;
  output: string | undefined;
  entities: string[];
  defaultEntities: boolean;
  language: Language | 'auto';
  /** -1: unlimited. */
  maxWarnings: number;
  /** undefined: automatic (workers for large runs). */
  jobs: number | undefined;
  maxFileSize: number;
  paths: string[];
}

export interface ExportOptions {
  command: 'export';
  file: string;
  output: string | undefined;
}

export type Command = CheckOptions | ExportOptions | { command: 'help' } | { command: 'version' };

/** A mistake in the command line: reported on stderr with exit code 2, never as a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const CHECK_VALUE_OPTIONS = new Set(['--format', '--output', '--entities', '--lang', '--max-warnings', '--jobs', '--max-file-size']);
const CHECK_FLAGS = new Set(['--no-default-entities']);

function integer(option: string, value: string, min: number): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`${option} expects a whole number, not "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${option} must be ${min} or more, not ${value}`);
  return n;
}

/** Splits `--opt=value` and `--opt value`; `--` ends the options. */
function* tokens(argv: readonly string[], valueOptions: ReadonlySet<string>): Generator<{ option: string; value?: string } | { positional: string }> {
  let i = 0;
  let optionsEnded = false;
  while (i < argv.length) {
    const arg = argv[i++]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      yield { positional: arg };
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      yield { option: arg.slice(0, eq), value: arg.slice(eq + 1) };
      continue;
    }
    if (valueOptions.has(arg)) {
      if (i >= argv.length) throw new UsageError(`${arg} needs a value`);
      yield { option: arg, value: argv[i++]! };
      continue;
    }
    yield { option: arg };
  }
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError('no command given; try "news-annotator check PATHS..." or "news-annotator --help"');
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help' };
  if (first === '--version' || first === '-v' || first === '-V') return { command: 'version' };
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help' };
  if (first === 'check') return parseCheck(rest);
  if (first === 'export') return parseExport(rest);
  throw new UsageError(`unknown command "${first}"; the commands are "check" and "export" (see --help)`);
}

function parseCheck(argv: readonly string[]): CheckOptions {
  const o: CheckOptions = {
    command: 'check',
    format: 'text',
    output: undefined,
    entities: [],
    defaultEntities: true,
    language: 'auto',
    maxWarnings: 0,
    jobs: undefined,
    maxFileSize: 5 * 1024 * 1024,
    paths: [],
  };
  for (const t of tokens(argv, CHECK_VALUE_OPTIONS)) {
    if ('positional' in t) {
      o.paths.push(t.positional);
      continue;
    }
    const { option, value } = t;
    if (CHECK_FLAGS.has(option)) {
      if (value !== undefined) throw new UsageError(`${option} takes no value`);
      o.defaultEntities = false;
      continue;
    }
    if (!CHECK_VALUE_OPTIONS.has(option)) throw new UsageError(`unknown option ${option} for "check" (see --help)`);
    if (value === undefined || value === '') throw new UsageError(`${option} needs a value`);
    switch (option) {
      case '--format':
        if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${value}"`);
        o.format = value;
        break;
      case '--output':
        o.output = value;
        break;
      case '--entities':
        o.entities.push(value);
        break;
      case '--lang':
        if (value !== 'auto' && value !== 'sv' && value !== 'en') throw new UsageError(`--lang must be auto, sv or en, not "${value}"`);
        o.language = value;
        break;
      case '--max-warnings':
        o.maxWarnings = integer(option, value, -1);
        break;
      case '--jobs':
        o.jobs = integer(option, value, 1);
        break;
      case '--max-file-size':
        o.maxFileSize = integer(option, value, 1);
        break;
    }
  }
  if (o.paths.length === 0) throw new UsageError('"check" needs at least one file, folder or glob to check');
  return o;
}

function parseExport(argv: readonly string[]): ExportOptions {
  let file: string | undefined;
  let output: string | undefined;
  for (const t of tokens(argv, new Set(['--output']))) {
    if ('positional' in t) {
      if (file !== undefined) throw new UsageError('"export" takes exactly one article');
      file = t.positional;
    } else if (t.option === '--output') {
      if (!t.value) throw new UsageError('--output needs a value');
      output = t.value;
    } else throw new UsageError(`unknown option ${t.option} for "export" (see --help)`);
  }
  if (file === undefined) throw new UsageError('"export" needs the article to export');
  return { command: 'export', file, output };
}

export const USAGE = `news-annotator — flags unsourced claims and finds organisations in news articles (Markdown).

Usage:
  news-annotator check [options] PATHS...   check articles (files, folders, globs)
  news-annotator export FILE [--output F]   print the article without annotation comments
  news-annotator --help | --version

Options for check:
  --format text|json|sarif   output format (default text)
  --output FILE              write the report to FILE instead of stdout (never an article)
  --entities FILE            an extra knowledge base (YAML); repeat for more
  --no-default-entities      do not load the bundled knowledge base
  --lang auto|sv|en          article language (default auto: front matter, then detection)
  --max-warnings N           exit 1 only with more than N warnings; -1 means no limit (default 0)
  --jobs N                   worker threads for runs of over 50 files (default: one per core
                             when the files hold over 1 MB; 1 = none)
  --max-file-size BYTES      skip larger files with a note (default 5242880)

Knowledge bases: besides the bundled one, every entities.yaml / entities.yml in an article's
folder and its parents (up to the current folder) applies to it; nearer files win.
Folders are searched for *.md and *.markdown, skipping node_modules, hidden folders and
README/CHANGELOG/LICENSE files.

Exit codes: 0 nothing at warning level or above (or within --max-warnings),
            1 errors, or more warnings than allowed,  2 usage or input error.
`;
