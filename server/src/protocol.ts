// Custom requests between the VS Code client and news-annotator-ls, on top of standard LSP.
// This file holds types and method names only, so the client bundle can import it without
// pulling in the analysis.

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export const DocumentAnnotationsRequest = 'newsAnnotator/documentAnnotations';
export interface DocumentAnnotationsParams {
  uri: string;
}
export interface AnnotatedMention {
  range: LspRange;
  text: string;
  /** Entity id, null for an unknown organisation. */
  entity: string | null;
  /** Display name of the entity (or the text for an unknown one). */
  name: string;
  kind: string;
}
export type ClaimStatus = 'sourced' | 'unsourced' | 'verified';
export interface AnnotatedClaim {
  range: LspRange;
  text: string;
  reasons: string[];
  status: ClaimStatus;
}
export interface DocumentAnnotations {
  uri: string;
  version: number | null;
  language: string;
  mentions: AnnotatedMention[];
  claims: AnnotatedClaim[];
}
/** Result: DocumentAnnotations, or null for a document the server does not hold. */

export const ExportCleanRequest = 'newsAnnotator/exportClean';
export interface ExportCleanParams {
  uri: string;
}
export interface ExportCleanResult {
  text: string;
}

export const KnowledgeBaseFilesRequest = 'newsAnnotator/knowledgeBaseFiles';
/** Result: the uris of the KB files in use (workspace files first, the bundled default last). */
export interface KnowledgeBaseFilesResult {
  uris: string[];
}

/** Server-side commands (workspace/executeCommand). */
export const ServerCommands = {
  /** args: [{ uri: articleUri, name: string, kind: 'company' | 'regulator' | ... }] — appends to the workspace entities.yaml. */
  addEntity: 'newsAnnotator.server.addEntity',
  /** args: [] — re-checks every article of the workspace and refreshes diagnostics. */
  checkAll: 'newsAnnotator.server.checkAll',
} as const;

export interface AddEntityArgs {
  uri: string;
  name: string;
  kind: string;
}

/** Settings read through workspace/configuration under the section `newsAnnotator`. */
export interface Settings {
  /** Globs of article files, relative to each workspace folder. */
  articles: string[];
  /** Globs of article paths to skip. */
  exclude: string[];
  /** Extra KB files (workspace-relative paths), besides every entities.yaml/entities.yml found. */
  entityFiles: string[];
  useDefaultEntities: boolean;
  language: 'auto' | 'sv' | 'en';
  requireCitation: boolean;
  maxFileSize: number;
  /** Rule code → 'off' | 'error' | 'warning' | 'information' | 'hint'. */
  rules: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  articles: ['**/*.md'],
  exclude: ['**/node_modules/**', '**/.*/**', '**/README.md', '**/CHANGELOG.md', '**/LICENSE.md', 'docs/**'],
  entityFiles: [],
  useDefaultEntities: true,
  language: 'auto',
  requireCitation: false,
  maxFileSize: 5 * 1024 * 1024,
  rules: {},
};

/**
 * Semantic token legend of the server (order matters: indexes are sent on the wire). The client
 * declares these custom types under `contributes.semanticTokenTypes` with a superType each.
 */
export const SEMANTIC_TOKEN_TYPES = ['company', 'regulator', 'organisation', 'person', 'product', 'place'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['unknown'] as const;
