// esbuild options shared by the product build (scripts/build.mjs) and the benchmark's bundles
// (bench/run.mjs). The unified packages are ESM-only while VS Code loads extensions as CommonJS, so
// everything is bundled to .cjs.
export const commonOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // import.meta.url is used by a few ESM deps; give the CJS bundle an equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
