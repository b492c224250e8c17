#!/usr/bin/env node
// A stand-in for the VS Code executable, for machines that cannot download VS Code.
//
// @vscode/test-electron's runTests({ vscodeExecutablePath }) spawns this file with the arguments it
// would give desktop VS Code (--extensionDevelopmentPath=…, --extensionTestsPath=…, a folder) and
// turns our exit code into pass/fail. We run the same tests in VS Code's server build instead:
// code-server (installed by install-vscode-offline.sh) serves the workbench, headless Debian
// Chromium (driven by playwright-core) loads it with a test payload, the tests run in the server's
// Node extension host, and the workbench reports mocha's output and exit code through
// window.codeAutomationLog / window.codeAutomationExit, which only exist because we expose them.
//
// With NEWS_ANNOTATOR_SCREENSHOT=<file.png> no tests run: the workbench opens with the extension,
// the seed article, the Problems panel and a hover card, and a screenshot is written to that file.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const CHROMIUM = process.env.NEWS_ANNOTATOR_CHROMIUM ?? '/usr/bin/chromium';
// The whole run, from starting code-server to the last test, must end within this.
const RUN_TIMEOUT_MS = Number(process.env.NEWS_ANNOTATOR_E2E_TIMEOUT_MS ?? 200_000);
const verbose = process.env.NEWS_ANNOTATOR_E2E_VERBOSE === '1';
// Prefix by which the suite's own output is told apart from the workbench's log (see suite/index.ts).
const LOG_MARKER = '\u2063e2e\u2063';

function log(message) {
  process.stderr.write(`offline-code: ${message}\n`);
}

// --- arguments, as @vscode/test-electron passes them -------------------------------------------
let developmentPath;
let testsPath;
let folder;
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('--extensionDevelopmentPath=')) {
    // Only one development path is honoured by the web workbench; the first one is ours.
    developmentPath ??= arg.slice('--extensionDevelopmentPath='.length);
  } else if (arg.startsWith('--extensionTestsPath=')) {
    testsPath = arg.slice('--extensionTestsPath='.length);
  } else if (!arg.startsWith('-')) {
    folder = arg;
  }
  // Everything else (--user-data-dir, --extensions-dir, --no-sandbox, …) is meant for desktop
  // VS Code; this launcher always uses fresh directories of its own.
}
const screenshotFile = process.env.NEWS_ANNOTATOR_SCREENSHOT_FILE;
if (!developmentPath || (!testsPath && !screenshotFile) || !folder) {
  log('usage: offline-code.mjs <folder> --extensionDevelopmentPath=<dir> --extensionTestsPath=<file>');
  process.exit(2);
}

const install = process.env.NEWS_ANNOTATOR_VSCODE_OFFLINE_DIR;
if (!install) {
  log('NEWS_ANNOTATOR_VSCODE_OFFLINE_DIR is not set; run through test/e2e/run.mjs');
  process.exit(2);
}
const node24 = join(install, 'node/bin/node');
const entry = join(install, 'code-server/node_modules/code-server/out/node/entry.js');
for (const [what, file] of [['Node 24', node24], ['code-server', entry], ['Chromium', CHROMIUM]]) {
  if (!existsSync(file)) {
    log(`${what} not found at ${file}${what === 'Chromium' ? ' (run: bash .ci/e2e-setup.sh)' : ''}`);
    process.exit(2);
  }
}

// --- a private world: temp dir, profile, settings ---------------------------------------------
// code-server leaves sockets in TMPDIR and Chromium its profile; everything goes in one folder
// that is removed on exit, so two runs side by side never see each other.
const scratch = mkdtempSync(join(tmpdir(), 'news-annotator-e2e-'));
process.env.TMPDIR = scratch;
const userDataDir = join(scratch, 'user-data');
const extensionsDir = join(scratch, 'extensions');
const configFile = join(scratch, 'code-server.yaml');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
mkdirSync(extensionsDir);
writeFileSync(configFile, 'auth: none\n');
writeFileSync(
  join(userDataDir, 'User', 'settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'workbench.colorTheme': 'Default Dark+',
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
      'git.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'editor.minimap.enabled': false,
      'editor.hover.delay': 200,
      'window.zoomLevel': 0,
    },
    null,
    2,
  ),
);

const children = new Set();
let browser;
let exiting = false;

async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  clearTimeout(watchdog);
  try {
    await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 5000))]);
  } catch {
    // The browser may already be gone; the process-group kill below covers it.
  }
  for (const child of children) killGroup(child);
  // Give code-server a moment to let go of its files before the folder goes.
  await new Promise((r) => setTimeout(r, 300));
  try {
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    log(`could not remove ${scratch}: ${error.message}`);
  }
  process.exit(code);
}

function killGroup(child) {
  // The whole group, even when code-server itself is gone: its extension host may not be.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

const watchdog = setTimeout(() => {
  log(`TIMEOUT: the run did not finish within ${RUN_TIMEOUT_MS / 1000}s`);
  void shutdown(124);
}, RUN_TIMEOUT_MS);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`received ${signal}`);
    void shutdown(130);
  });
}

function playwrightVersion() {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules/playwright-core/package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForServer(port, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('code-server did not answer within 60s');
}

async function main() {
  const started = Date.now();
  const port = await freePort();
  const serverLog = [];
  const server = spawn(
    node24,
    [
      entry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--config', configFile,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      // Without this the released workbench ignores the test payload and just sits there.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      cwd: scratch,
      detached: true, // its own process group, so the extension host and server die with it
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TMPDIR: scratch,
        XDG_CONFIG_HOME: join(scratch, 'xdg-config'),
        XDG_DATA_HOME: join(scratch, 'xdg-data'),
        XDG_CACHE_HOME: join(scratch, 'xdg-cache'),
        EXTENSIONS_GALLERY: '{}', // no marketplace calls
      },
    },
  );
  children.add(server);
  for (const stream of [server.stdout, server.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
      serverLog.push(text);
      if (verbose) process.stderr.write(text.replace(/^/gm, '[code-server] '));
    });
  }
  server.on('exit', (code, signal) => {
    if (!exiting) {
      log(`code-server exited early (${code ?? signal}); its output:\n${serverLog.join('')}`);
      void shutdown(1);
    }
  });
  await waitForServer(port, server);
  if (verbose) log(`code-server ready on port ${port} after ${Date.now() - started}ms`);

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    args: [
      '--no-sandbox', // we run as root in CI containers
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (verbose) log(`Chromium ${browser.version()} driven by playwright-core ${playwrightVersion()}`);
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();

  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  // The workbench forwards every log line through codeAutomationLog, its own and the extension
  // host's console (mocha's reporter) alike. The suite prefixes its lines with LOG_MARKER; the
  // rest is printed only in verbose mode — or at the end, if no marked line ever arrived (then
  // something went wrong before the suite ran, and the workbench's log is what explains it).
  const unmarked = [];
  let sawMarked = false;
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? format(...message) : String(message);
    const toStderr = level === 'error' || level === 'warn';
    if (text.startsWith(LOG_MARKER)) {
      sawMarked = true;
      (toStderr ? process.stderr : process.stdout).write(`${text.slice(LOG_MARKER.length)}\n`);
    } else if (verbose) {
      process.stderr.write(`[workbench ${level}] ${text}\n`);
    } else {
      unmarked.push(`[workbench ${level}] ${text}`);
    }
  });
  const dumpUnmarked = () => {
    if (!sawMarked && !verbose && unmarked.length > 0) {
      log(`the suite printed nothing; the workbench's log follows:\n${unmarked.join('\n')}`);
    }
  };
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (Array.isArray(logs) && process.env.NEWS_ANNOTATOR_E2E_LOGS) {
      // Keep the workbench's logs when asked (useful when the extension host misbehaves).
      for (const { relativePath, contents } of logs) {
        const file = join(process.env.NEWS_ANNOTATOR_E2E_LOGS, relativePath);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, contents);
      }
    }
    resolveExit(Number(code));
  });
  if (verbose) {
    page.on('console', (m) => {
      if (m.type() === 'error') process.stderr.write(`[browser error] ${m.text()}\n`);
    });
  }
  page.on('pageerror', (error) => log(`page error: ${error.message}`));

  const authority = `127.0.0.1:${port}`;
  const remote = (path) => `vscode-remote://${authority}${resolve(path)}`;
  const payload = [['extensionDevelopmentPath', remote(developmentPath)]];
  if (!screenshotFile) {
    payload.push(['extensionTestsPath', remote(testsPath)]);
    const testEnv = JSON.parse(process.env.NEWS_ANNOTATOR_E2E_EXTENSION_ENV ?? '{}');
    testEnv.NEWS_ANNOTATOR_E2E_LOG_MARKER = LOG_MARKER;
    payload.push(['extensionEnvironment', JSON.stringify(testEnv)]);
  }
  const url =
    `http://${authority}/?folder=${encodeURIComponent(resolve(folder))}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  if (screenshotFile) {
    const { takeScreenshot } = await import('./screenshot.mjs');
    await takeScreenshot(page, screenshotFile, log, join(root, 'out/e2e/screenshot-failure.png'));
    return 0;
  }
  const code = await exited;
  dumpUnmarked();
  if (verbose) log(`tests finished with exit code ${code} after ${Date.now() - started}ms`);
  return code;
}

main().then(
  (code) => shutdown(code),
  (error) => {
    log(`FAILED: ${error.stack ?? error}`);
    void shutdown(1);
  },
);
