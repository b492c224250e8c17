// The protocol suite runs the built server. `npm test` builds first; when the bundle is missing or
// older than the server sources (a developer running mocha alone), it is built here.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVER_BUNDLE } from './lsp-session.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureServerBuilt(): void {
  const stale = !existsSync(SERVER_BUNDLE) || statSync(SERVER_BUNDLE).mtimeMs < Math.max(newestMtime('server/src'), statSync('package.json').mtimeMs);
  if (stale) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

/** A throw-away copy of samples/ to use as the workspace folder (tests edit and delete files in it). */
export function sampleWorkspace(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'news-annotator-ls-'));
  cpSync('samples', dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
