// One spelling per file URI. Clients percent-encode paths differently (VS Code writes `c%3A`, Node
// `c:`) and Windows drive letters come in either case, so every URI that enters the server is
// canonicalised before it is used as a key, and URIs that are prefixes of each other (a folder and
// its files) compare reliably.
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href.replace(/^file:\/\/\/([A-Z]):/, (_m, d: string) => `file:///${d.toLowerCase()}:`);
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return canonicalUri(pathToFileURL(p).href);
}

/** True when `uri` is `folder` itself or lies below it. */
export function isInside(uri: string, folder: string): boolean {
  const prefix = folder.endsWith('/') ? folder : folder + '/';
  return uri.startsWith(prefix);
}

/** The path of `uri` relative to `folder`, with forward slashes (for glob matching). */
export function relativePath(folder: string, uri: string): string | null {
  const f = uriToPath(folder);
  const u = uriToPath(uri);
  if (f === null || u === null) return null;
  const rel = path.relative(f, u);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

export function basename(uri: string): string {
  const i = uri.lastIndexOf('/');
  return decodeURIComponent(uri.slice(i + 1));
}

/** The directory URI holding `uri`. */
export function dirname(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i > 'file://'.length ? uri.slice(0, i) : uri;
}

export function joinUri(folder: string, relative: string): string {
  const base = uriToPath(folder);
  if (base === null) return folder.replace(/\/$/, '') + '/' + relative;
  return pathToUri(path.join(base, relative));
}
