// Which files are articles and which are knowledge-base files, decided from the settings'
// globs relative to a workspace folder — the same globs the disk scan uses, so an article
// created later (a watched-file event) is classified exactly as the initial scan would have.
import picomatch from 'picomatch';
import type { Settings } from '../protocol.js';
import { basename, relativePath } from './uri.js';

export const KB_FILE_GLOBS = ['**/entities.yaml', '**/entities.yml'];
/** Never scanned for KB files, whatever the settings. */
export const KB_SCAN_EXCLUDE = ['**/node_modules/**'];

interface Compiled {
  key: string;
  include: picomatch.Matcher;
  exclude: picomatch.Matcher;
  extraKb: picomatch.Matcher | null;
}

const cache = new Map<string, Compiled>();

function compiled(settings: Settings): Compiled {
  const key = JSON.stringify([settings.articles, settings.exclude, settings.entityFiles]);
  let c = cache.get(key);
  if (!c) {
    c = {
      key,
      include: picomatch(settings.articles, { dot: false }),
      // dot: true so that `**/.*/**` excludes files in hidden folders.
      exclude: picomatch(settings.exclude.length > 0 ? settings.exclude : ['\0never'], { dot: true }),
      extraKb: settings.entityFiles.length > 0 ? picomatch(settings.entityFiles, { dot: true }) : null,
    };
    if (cache.size > 32) cache.clear();
    cache.set(key, c);
  }
  return c;
}

export function isKnowledgeBaseName(uri: string): boolean {
  const name = basename(uri).toLowerCase();
  return name === 'entities.yaml' || name === 'entities.yml';
}

/** True for a KB file: any entities.yaml/yml, or one of the folder's `entityFiles`. */
export function isKnowledgeBaseFile(uri: string, folder: string | null, settings: Settings): boolean {
  if (isKnowledgeBaseName(uri)) return true;
  if (folder === null) return false;
  const rel = relativePath(folder, uri);
  const c = compiled(settings);
  return rel !== null && c.extraKb !== null && c.extraKb(rel);
}

/**
 * True for an article of `folder`. A file outside every workspace folder (a single file opened on
 * its own) is an article when it is Markdown: nothing in the settings excludes it.
 */
export function isArticleFile(uri: string, folder: string | null, settings: Settings): boolean {
  if (isKnowledgeBaseName(uri)) return false;
  if (folder === null) return /\.(md|markdown)$/i.test(uri);
  const rel = relativePath(folder, uri);
  if (rel === null || rel === '') return false;
  const c = compiled(settings);
  return c.include(rel) && !c.exclude(rel);
}
