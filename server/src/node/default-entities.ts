// Finds and loads the bundled default knowledge base. The same module runs from source (tsx, tests)
// and bundled into dist/*.cjs, so the file is looked up relative to this module in both layouts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseKnowledgeBaseFile, type Entity, type KbDiagnostic } from '../analysis/index.js';

export const DEFAULT_ENTITIES_FILE = 'entities.default.yaml';

/** Candidate locations: next to the bundle (dist/), then server/data/ seen from server/src/node/. */
function candidates(): string[] {
  return [new URL(`./${DEFAULT_ENTITIES_FILE}`, import.meta.url), new URL(`../../data/${DEFAULT_ENTITIES_FILE}`, import.meta.url)].map((u) =>
    fileURLToPath(u),
  );
}

/** Absolute path of the bundled default KB, or undefined when the installation lacks it. */
export function defaultEntitiesPath(): string | undefined {
  return candidates().find((p) => existsSync(p));
}

export interface LoadedKbFile {
  path: string;
  uri: string;
  text: string;
  entities: Entity[];
  diagnostics: KbDiagnostic[];
  /** False when the file could not be read as YAML at all. */
  ok: boolean;
}

/** Reads and parses one KB file. Throws only when the file cannot be read (missing, unreadable). */
export function loadKbFile(path: string): LoadedKbFile {
  const raw = readFileSync(path, 'utf8');
  return parseKbText(path, raw);
}

/** Parses KB text already read from `path`. */
export function parseKbText(path: string, text: string): LoadedKbFile {
  const uri = pathToFileURL(path).href;
  const result = parseKnowledgeBaseFile({ uri, text });
  return { path, uri, text, entities: result.entities, diagnostics: result.diagnostics, ok: result.ok };
}

/** The bundled default KB, or undefined when it is missing from the installation. */
export function loadDefaultEntities(): LoadedKbFile | undefined {
  const path = defaultEntitiesPath();
  return path === undefined ? undefined : loadKbFile(path);
}
