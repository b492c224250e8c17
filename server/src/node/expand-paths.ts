// Turns the paths a user gives (files, folders, globs) into the list of article files to check.
// Folders and globs skip what is never an article: node_modules, hidden folders and files, and
// the repository's own README/CHANGELOG/LICENSE. A file named explicitly is always checked.
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_GLOB = '**/*.{md,markdown}';
const IGNORE = ['**/node_modules/**'];
const NOT_ARTICLE = /^(readme|changelog|license|licence)(\.[^.]*)?$/i;

export function isRepositoryDoc(path: string): boolean {
  return NOT_ARTICLE.test(basename(path));
}

export interface ExpandedPaths {
  /** Absolute paths, in the order of the arguments, each argument's matches sorted, duplicates dropped. */
  files: string[];
  /** One message per argument that matched nothing. */
  problems: string[];
}

function statKind(path: string): 'file' | 'directory' | 'other' | undefined {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
  } catch {
    return undefined;
  }
}

function globArticles(patterns: string | string[], cwd: string): string[] {
  return globSync(patterns, { cwd, absolute: true, dot: false, ignore: IGNORE, followSymbolicLinks: true })
    .filter((p) => !isRepositoryDoc(p))
    .map((p) => resolve(p))
    .sort();
}

export function expandPaths(args: readonly string[], cwd: string = process.cwd()): ExpandedPaths {
  const seen = new Set<string>();
  const files: string[] = [];
  const problems: string[] = [];
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      files.push(p);
    }
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const kind = statKind(abs);
    if (kind === 'file') add(abs);
    else if (kind === 'directory') {
      const found = globArticles(ARTICLE_GLOB, abs);
      if (found.length === 0) problems.push(`${arg}: no Markdown articles (*.md, *.markdown) in this folder`);
      found.forEach(add);
    } else if (kind === 'other') problems.push(`${arg}: not a file or a folder`);
    else if (isDynamicPattern(arg)) {
      // Glob syntax uses forward slashes; on Windows a backslash in a path is a separator, not an escape.
      const found = globArticles(process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg, cwd);
      if (found.length === 0) problems.push(`${arg}: no files match this pattern`);
      found.forEach(add);
    } else problems.push(`${arg}: no such file or folder`);
  }
  return { files, problems };
}
