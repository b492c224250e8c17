// File-system helpers shared by the CLI and the language server. The analysis core does no IO;
// everything that touches the disk on its behalf lives here.
export * from './article-file.js';
export * from './default-entities.js';
export * from './entity-files.js';
export * from './expand-paths.js';
