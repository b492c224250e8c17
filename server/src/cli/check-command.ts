// `news-annotator check`: resolve the inputs, load the knowledge bases, check every article
// (on worker threads for large runs), write the report and return the exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, relative, resolve, sep, isAbsolute } from 'node:path';
import { EntityFileFinder, expandPaths, loadDefaultEntities } from '../node/index.js';
import { ArticleChecker, type CheckItem, type CheckSetup, type KbText } from './article-checker.js';
import { UsageError, type CheckOptions } from './args.js';
import { knowledgeBaseReport, type FileReport } from './file-report.js';
import { formatJson, jsonChunks } from './format-json.js';
import { JsonReportFile } from './json-report-file.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import type { CliIo } from './io.js';
import { AUTO_PARALLEL_BYTES, PARALLEL_THRESHOLD, checkInWorkers, totalSizeAtLeast } from './parallel.js';
import { createProgress } from './progress.js';
import { exitCodeFor } from './totals.js';

/** Relative to the working directory with `/`, or absolute when outside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs;
  return rel.split(sep).join('/');
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a folder' : e.code === 'EACCES' ? 'permission denied' : e.message;
    throw new UsageError(`${what}: cannot read ${path}: ${why}`);
  }
}

const ARTICLE_OR_KB = new Set(['.md', '.markdown', '.yaml', '.yml']);

export async function runCheck(o: CheckOptions, io: CliIo): Promise<number> {
  const cwd = io.cwd;
  const explicitKb = o.entities.map((p) => resolve(cwd, p));
  const explicitKbText = new Map(explicitKb.map((p, i) => [p, readText(p, `--entities ${o.entities[i]}`)]));

  const { files, problems } = expandPaths(o.paths, cwd);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  if (files.length === 0) throw new UsageError('no articles to check');

  let outputPath: string | undefined;
  if (o.output !== undefined) {
    outputPath = resolve(cwd, o.output);
    // The CLI never writes articles or knowledge bases, even by a slip of the command line.
    if (files.includes(outputPath) || explicitKb.includes(outputPath) || ARTICLE_OR_KB.has(extname(outputPath).toLowerCase())) {
      throw new UsageError(`--output ${o.output}: refusing to write a report over an article or knowledge base; choose a .txt, .json or .sarif file`);
    }
  }

  let defaultKb: KbText | null = null;
  if (o.defaultEntities) {
    const loaded = loadDefaultEntities();
    if (loaded) defaultKb = { path: loaded.path, text: loaded.text };
    else io.stderr.write('news-annotator: warning: the bundled knowledge base (entities.default.yaml) is missing from this installation; checking without it.\n');
  }

  // Knowledge bases per article: the discovered files of its folder and parents, then --entities files.
  const finder = new EntityFileFinder(cwd);
  const kbIndex = new Map<string, number>();
  const kbFiles: KbText[] = [];
  const unreadableKb = new Set<string>();
  const indexOfKb = (path: string): number | undefined => {
    let i = kbIndex.get(path);
    if (i !== undefined) return i;
    if (unreadableKb.has(path)) return undefined;
    let text = explicitKbText.get(path);
    if (text === undefined) {
      try {
        text = readFileSync(path, 'utf8');
      } catch (err) {
        unreadableKb.add(path);
        io.stderr.write(`news-annotator: warning: cannot read knowledge base ${displayPath(path, cwd)} (${(err as Error).message}); going on without it.\n`);
        return undefined;
      }
    }
    i = kbFiles.length;
    kbFiles.push({ path, text });
    kbIndex.set(path, i);
    return i;
  };
  const setIndex = new Map<string, number>();
  const kbSets: number[][] = [];
  const items: CheckItem[] = files.map((path, index) => {
    const chain = [...finder.forArticle(path).filter((p) => !explicitKb.includes(p)), ...explicitKb];
    const set = chain.map(indexOfKb).filter((i): i is number => i !== undefined);
    const key = set.join(',');
    let kbSet = setIndex.get(key);
    if (kbSet === undefined) {
      kbSet = kbSets.length;
      kbSets.push(set);
      setIndex.set(key, kbSet);
    }
    return { index, path, display: displayPath(path, cwd), kbSet };
  });
  // An --entities file applies even when no article of the run reaches it by discovery.
  explicitKb.forEach(indexOfKb);

  const setup: CheckSetup = { defaultKb, kbFiles, kbSets, language: o.language, maxFileSize: o.maxFileSize, json: o.format === 'json' };
  const checker = new ArticleChecker(setup);

  const jobs = o.jobs ?? availableParallelism();
  const workers = Math.min(jobs, Math.ceil(items.length / 10));
  const progress = createProgress(io.stderr, items.length, io.env);
  const parallel = items.length > PARALLEL_THRESHOLD && workers > 1 && (o.jobs !== undefined || totalSizeAtLeast(files, AUTO_PARALLEL_BYTES));
  // Workers start before the main thread reads the knowledge bases for their own report, so that
  // loading the bundle in each worker overlaps it. Their messages are handled only once this
  // thread awaits them: the KB warnings below still come first on stderr.
  // A JSON report file of a parallel run is written while the workers check (json-report-file.ts):
  // each article as soon as every article before it is in, after the knowledge bases' reports.
  let reportFile: JsonReportFile | undefined;
  const arrived: Array<FileReport | undefined> = new Array(items.length);
  let written = 0;
  const writeArrived = () => {
    if (!reportFile) return;
    while (written < arrived.length && arrived[written] !== undefined) {
      reportFile.add(arrived[written]!);
      arrived[written++] = undefined;
    }
  };
  const onReport =
    outputPath && o.format === 'json'
      ? (index: number, report: FileReport) => {
          arrived[index] = report;
          if (index === written) writeArrived();
        }
      : undefined;
  const inWorkers = parallel ? checkInWorkers(setup, items, workers, (d) => progress.update(d), (m) => io.stderr.write(`news-annotator: warning: ${m}\n`), onReport) : undefined;

  // Problems in the knowledge bases: reported as findings of the KB file, and on stderr; never fatal.
  const kbReports: FileReport[] = [];
  const defaultFile = checker.defaultKbFile();
  for (const file of [...(defaultFile ? [defaultFile] : []), ...kbFiles.map((_, i) => checker.kbFile(i))]) {
    if (file.diagnostics.length === 0) continue;
    const display = displayPath(file.path, cwd);
    kbReports.push(knowledgeBaseReport(display, file.path, file.text, file.diagnostics));
    const report = kbReports[kbReports.length - 1]!;
    const first = report.diagnostics[0]!;
    const n = report.diagnostics.length;
    io.stderr.write(
      `news-annotator: knowledge base ${display} has ${n} problem${n === 1 ? '' : 's'} (first, line ${first.range.start.line + 1}: ${first.message.replace(/\s+/g, ' ')}); ` +
        `${file.ok ? 'entries with errors are left out' : 'its entries are not used'}, and the check goes on.\n`,
    );
  }

  let articleReports: FileReport[];
  if (inWorkers) {
    // Worker messages are handled only from the await below; what came before (all of it, when
    // there is no worker script and this thread checked every article) waits in `arrived`.
    if (onReport && outputPath) {
      reportFile = new JsonReportFile(outputPath);
      for (const r of kbReports) reportFile.add(r);
    }
    articleReports = (await inWorkers).reports;
  } else {
    articleReports = items.map((item, i) => {
      const r = checker.check(item);
      progress.update(i + 1);
      return r;
    });
  }
  progress.finish();

  for (const r of articleReports) if (r.readError) io.stderr.write(`news-annotator: error: ${r.readError}\n`);
  const reports = [...kbReports, ...articleReports];
  if (reportFile) {
    writeArrived();
    try {
      reportFile.finish();
    } catch (err) {
      throw new UsageError(`--output ${o.output}: cannot write: ${(err as Error).message}`);
    }
  } else if (outputPath) {
    // A JSON report file is written from its pieces: files formatted on worker threads are UTF-8 already.
    const out =
      o.format === 'json'
        ? Buffer.concat(jsonChunks(reports).map((c) => (typeof c === 'string' ? Buffer.from(c) : c)))
        : o.format === 'sarif'
          ? formatSarif(reports, cwd)
          : formatText(reports, o.maxWarnings);
    try {
      writeFileSync(outputPath, out);
    } catch (err) {
      throw new UsageError(`--output ${o.output}: cannot write: ${(err as Error).message}`);
    }
  } else {
    io.stdout.write(o.format === 'json' ? formatJson(reports) : o.format === 'sarif' ? formatSarif(reports, cwd) : formatText(reports, o.maxWarnings));
  }
  return exitCodeFor(reports, o.maxWarnings);
}
