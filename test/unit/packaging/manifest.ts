// The extension manifest (package.json) as the packaging tests read it.
import { readFileSync } from 'node:fs';

export interface ContributedSetting {
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  default?: unknown;
  enum?: unknown[];
  enumDescriptions?: string[];
  scope?: string;
  restricted?: boolean;
  properties?: Record<string, ContributedSetting>;
  additionalProperties?: boolean;
}

export interface Manifest {
  main?: string;
  icon?: string;
  repository?: { url?: string };
  engines?: { vscode?: string };
  activationEvents?: string[];
  capabilities?: {
    untrustedWorkspaces?: { supported?: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported?: boolean | 'limited'; description?: string };
  };
  contributes?: {
    configuration?: { title?: string; properties?: Record<string, ContributedSetting> };
    commands?: { command: string; title?: string; category?: string }[];
    menus?: Record<string, { command?: string; when?: string }[]>;
    views?: Record<string, { id: string; name?: string }[]>;
    semanticTokenTypes?: { id: string; superType?: string; description?: string }[];
    semanticTokenModifiers?: { id: string; description?: string }[];
    semanticTokenScopes?: { language?: string; scopes: Record<string, string[]> }[];
    grammars?: { scopeName: string; path: string; injectTo?: string[]; language?: string }[];
    yamlValidation?: { fileMatch: string | string[]; url: string }[];
  };
}

export function readManifest(): Manifest {
  // JSON.parse gives `any`; the interface above names only the fields the tests look at.
  return JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
}
