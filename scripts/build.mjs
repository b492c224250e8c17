// Bundles the entry points (CLI, server, CLI worker, client) and puts the default KB beside them.
import { build } from 'esbuild';
import { commonOptions as common } from './esbuild-options.mjs';

const watch = process.argv.includes('--watch');
const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node\n' + common.banner.js } },
  { entryPoints: ['server/src/server-main.ts'], outfile: 'dist/server.cjs', banner: { js: '#!/usr/bin/env node\n' + common.banner.js } },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.cjs' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] },
];
const { existsSync } = await import('node:fs');
await Promise.all(
  entries
    .filter((e) => existsSync(e.entryPoints[0]))
    .map((e) => build({ ...common, ...e, banner: e.banner ?? common.banner })),
);
// The bundled default knowledge base sits next to the bundles that load it (server/src/node/default-entities.ts).
const { copyFileSync, mkdirSync } = await import('node:fs');
if (existsSync('server/data/entities.default.yaml')) {
  mkdirSync('dist', { recursive: true });
  copyFileSync('server/data/entities.default.yaml', 'dist/entities.default.yaml');
}
if (watch) console.log('watch mode is not implemented; run npm run build again');
