// Finds the workspace knowledge-base files that apply to an article: every entities.yaml /
// entities.yml in the article's folder and its ancestors, up to a stop folder (the working
// directory or workspace root). Nearer files come later so that their entries win, like cascading
// configuration files.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute, sep } from 'node:path';

export const ENTITY_FILE_NAMES: readonly string[] = ['entities.yaml', 'entities.yml'];

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Caches per folder, so checking thousands of articles stats each folder once. */
export class EntityFileFinder {
  private readonly inFolder = new Map<string, string[]>();
  private readonly forFolder = new Map<string, string[]>();
  private readonly stopDir: string;

  constructor(stopDir: string) {
    this.stopDir = resolve(stopDir);
  }

  private filesIn(dir: string): string[] {
    let files = this.inFolder.get(dir);
    if (!files) {
      files = ENTITY_FILE_NAMES.map((n) => join(dir, n)).filter(isFile);
      this.inFolder.set(dir, files);
    }
    return files;
  }

  /** KB files for an article, outermost first; walks to the stop folder, or to the root for an article outside it. */
  forArticle(articlePath: string): string[] {
    return this.forDirectory(dirname(resolve(articlePath)));
  }

  forDirectory(dir: string): string[] {
    const cached = this.forFolder.get(dir);
    if (cached) return cached;
    const parent = dirname(dir);
    // Inside the stop folder the walk ends there; outside it, at the file-system root.
    const result = dir === this.stopDir || parent === dir ? this.filesIn(dir) : [...this.forDirectory(parent), ...this.filesIn(dir)];
    this.forFolder.set(dir, result);
    return result;
  }
}

/** Every KB file that applies to at least one of the articles, outermost first. */
export function findEntityFiles(articlePaths: Iterable<string>, stopDir: string = process.cwd()): string[] {
  const finder = new EntityFileFinder(stopDir);
  const all = new Set<string>();
  for (const p of articlePaths) for (const f of finder.forArticle(p)) all.add(f);
  return [...all];
}
